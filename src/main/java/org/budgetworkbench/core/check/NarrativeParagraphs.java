package org.budgetworkbench.core.check;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.NarrativeSection;

/**
 * A section's paragraphs as the writer made them (自然段): a paragraph the reading closed inside a sentence — it ends
 * on a comma or an enumeration mark, or the next one opens with the mark or unit that carries its last clause on
 * ("（项）" / "。", "2255.84" / "万元，…") — is joined with the next. A PDF line that ended there, or a workbook
 * cell broken by hand, does not cut a figure from its sentence, its subject or the total its paragraph opens with.
 */
public final class NarrativeParagraphs {
    private static final String OPEN_ENDS = "，,、";
    private static final String CONTINUING_STARTS = "，,、。；;：:）)%％";

    private NarrativeParagraphs() {
    }

    public static List<String> of(NarrativeSection s) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String p : s.paragraphs()) {
            String t = p.strip();
            if (current != null && continues(current, t)) {
                current.append(t);
                continue;
            }
            if (current != null) {
                out.add(current.toString());
            }
            current = new StringBuilder(t);
        }
        if (current != null) {
            out.add(current.toString());
        }
        return List.copyOf(out);
    }

    /** Does {@code next} carry on the sentence {@code before} left open? */
    static boolean continues(CharSequence before, String next) {
        if (before.length() == 0 || next.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        return OPEN_ENDS.indexOf(last) >= 0 || CONTINUING_STARTS.indexOf(next.charAt(0)) >= 0
                || Character.isDigit(last) && (next.startsWith("万") || next.startsWith("亿元") || next.startsWith("元"));
    }
}
