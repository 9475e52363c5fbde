package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * The department's name written otherwise than on the cover (单位名称前后不一致) in the running text: a near copy
 * of the name — one character changed ("规划与自然资源局" for 规划和自然资源局) — a note. A title of this very
 * disclosure printed as a line of the text ("上海市规划和自然资源局 2024 年度部门决算表") is
 * {@link TitleNamesOwnDepartment}'s, which owns every title, so that one misprinted title gives one finding. A
 * name that differs in its last characters is another body (区税务局 beside 区财政局) and is left alone.
 */
public final class DepartmentNameVariant implements Rule {
    private static final Pattern TITLE = Pattern.compile("^\\s*(?:\\d{4}\\s*年度?)?\\s*(?:区级|市级)?(?:部门|单位)(?:预算|决算)");

    @Override
    public String id() {
        return "text.department_name";
    }

    /**
     * A near copy of the department's name in the running text: {@code title} when a title's words follow it
     * (X 2024 年度部门决算表 printed as a line of the text), which is {@link TitleNamesOwnDepartment}'s to judge.
     */
    record Occurrence(String heading, String sentence, String variant, String name, boolean title,
                      boolean substitution) {
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Occurrence o : occurrences(doc)) {
            // a title line belongs to text.title_department: one misprinted title is one finding, not one per rule
            if (o.title() || !o.substitution()) {
                continue; // a shorter name may be another body (the municipal bureau) spoken of in passing
            }
            out.add(new Finding(id(), FindingKind.OTHER, Severity.INFO, FindingPlace.text(o.heading(), o.sentence()),
                    o.variant(), o.name(), "单位名称“" + o.variant() + "”与封面“" + o.name() + "”不一致"));
        }
        return out;
    }

    /** Every near copy of the department's name in the running text, in reading order. */
    static List<Occurrence> occurrences(Document doc) {
        String name = doc.department() == null ? "" : doc.department().replaceAll("\\s+", "");
        List<Occurrence> out = new ArrayList<>();
        if (name.length() < 5) {
            return out; // no name to hold the text to (never guessed here)
        }
        String head = name.substring(0, 2);
        String tail = name.substring(name.length() - 2);
        for (NarrativeText.Section s : NarrativeText.of(doc)) {
            String t = s.text();
            Set<String> seen = new LinkedHashSet<>();
            for (int i = t.indexOf(head); i >= 0; i = t.indexOf(head, i + 1)) {
                String variant = variantAt(t, i, name, tail);
                if (variant == null || !seen.add(variant + i)) {
                    continue;
                }
                boolean title = TITLE.matcher(t.substring(i + variant.length())).find() && opensTitleLine(s, i);
                out.add(new Occurrence(s.heading(), s.sentence(i), variant, name, title,
                        variant.length() == name.length()));
            }
        }
        return out;
    }

    /**
     * Whether the name at {@code i} opens a line that is a title: the start of its paragraph (after a 第N部分 at
     * most), in a paragraph with no sentence punctuation. "贯彻执行上海市规划和自然资源局2024年度部门决算工作的部署。"
     * names the superior bureau in a sentence and is no title.
     */
    private static boolean opensTitleLine(NarrativeText.Section s, int i) {
        int start = 0;
        int end = s.text().length();
        for (int k = 0; k < s.starts().size(); k++) {
            if (s.starts().get(k) <= i) {
                start = s.starts().get(k);
                end = k + 1 < s.starts().size() ? s.starts().get(k + 1) : s.text().length();
            }
        }
        String before = s.text().substring(start, i).replaceAll("\\s+", "");
        return PART_PREFIX.matcher(before).matches() && !SENTENCE_MARK.matcher(s.text().substring(start, end)).find();
    }

    private static final Pattern PART_PREFIX = Pattern.compile("(第[一二三四五六七八九十0-9]+部分)?");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。；;，,！？]");

    /** The near copy of {@code name} starting at {@code i}, or null: the shortest span ending in the name's tail. */
    private static String variantAt(String t, int i, String name, String tail) {
        for (int len = Math.max(tail.length() + 2, name.length() - 4); len <= name.length() + 3; len++) {
            if (i + len > t.length()) {
                return null;
            }
            String cand = t.substring(i, i + len);
            if (!cand.endsWith(tail)) {
                continue;
            }
            if (cand.equals(name)) {
                return null;
            }
            int d = distance(cand, name);
            // one character changed is a slip (与 for 和); more changed at the same length is another name (a 加挂牌子)
            int limit = len == name.length() ? 1 : 3;
            return d >= 1 && d <= limit && d * 4 <= name.length() ? cand : null;
        }
        return null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] x = prev;
            prev = cur;
            cur = x;
        }
        return prev[b.length()];
    }
}
