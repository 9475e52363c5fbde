package org.budgetworkbench.ui.targets;

import java.util.List;
import java.util.Objects;
import org.budgetworkbench.core.check.IndicatorLevels;
import org.budgetworkbench.model.Indicator;

/**
 * Where a new indicator goes in its goal's list (新指标的位置): under its 一级指标 — after the last indicator of its
 * 二级, else after the last of its 一级, else where its 一级 stands in the standard order (产出, 效益, 满意度, 成本)
 * among the 一级 the goal already has. A form printed with older level names (产出, 效益) is matched through the
 * standard hierarchy, so the new line still joins its block.
 */
final class DraftPlacement {
    private DraftPlacement() {
    }

    /** The index the new indicator takes in {@code stored} (the goal's indicators without it). */
    static int at(List<Indicator> stored, String level1, String level2) {
        String l1 = standard1(level1);
        int lastOfLevel2 = -1;
        int lastOfLevel1 = -1;
        for (int i = 0; i < stored.size(); i++) {
            Indicator ind = stored.get(i);
            if (Objects.equals(standard1(ind.level1()), l1)) {
                lastOfLevel1 = i;
                if (same(ind.level2(), level2)) {
                    lastOfLevel2 = i;
                }
            }
        }
        if (lastOfLevel2 >= 0) {
            return lastOfLevel2 + 1;
        }
        if (lastOfLevel1 >= 0) {
            return lastOfLevel1 + 1;
        }
        List<String> order = IndicatorLevelChoices.level1();
        int rank = order.indexOf(l1);
        for (int i = 0; i < stored.size(); i++) {
            int other = order.indexOf(standard1(stored.get(i).level1()));
            if (rank >= 0 && other > rank) {
                return i; // before the first block of a 一级 that comes after it
            }
        }
        return stored.size();
    }

    /** The standard 一级 a printed name stands for (产出 → 产出指标), or the name as printed. */
    private static String standard1(String printed) {
        if (printed == null) {
            return null;
        }
        String s = printed.strip();
        if (IndicatorLevelChoices.level1().contains(s)) {
            return s;
        }
        String mapped = IndicatorLevels.level1(s);
        return mapped == null ? s : mapped;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equals(b.strip());
    }
}
