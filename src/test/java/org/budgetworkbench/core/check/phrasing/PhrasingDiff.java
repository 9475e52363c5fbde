package org.budgetworkbench.core.check.phrasing;

import java.util.ArrayList;
import java.util.List;

/** The findings one phrasing lost and gained against another, one per line (改写前后差异). */
final class PhrasingDiff {
    private PhrasingDiff() {
    }

    static String show(List<String> was, List<String> now) {
        List<String> lost = new ArrayList<>(was);
        now.forEach(lost::remove);
        List<String> gained = new ArrayList<>(now);
        was.forEach(gained::remove);
        StringBuilder b = new StringBuilder();
        lost.forEach(l -> b.append("  - ").append(l).append('\n'));
        gained.forEach(g -> b.append("  + ").append(g).append('\n'));
        return b.toString();
    }
}
