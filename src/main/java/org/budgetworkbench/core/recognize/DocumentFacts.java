package org.budgetworkbench.core.recognize;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.model.DocumentKind;

/**
 * 文档要素: department, fiscal year and kind (预算/决算) gathered as votes from captions (部门/单位：…),
 * titles (2024年度…决算表) and sheet names; the most frequent answer wins, stronger sources first.
 */
final class DocumentFacts {
    private static final Pattern DEPARTMENT = Pattern.compile(
            "^(?:部门/单位|部门\\(单位\\)|单位\\(部门\\)|预算单位|编制部门|编制单位|部门|单位)(?:名称)?:(.+)$");
    private static final Pattern MONEY_UNIT = Pattern.compile("(金额)?单位:?(万元|元|千元|亿元)$");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年(?!\\d{1,2}月)");

    private final Map<String, Integer> departments = new LinkedHashMap<>();
    private final Map<Integer, Integer> strongYears = new LinkedHashMap<>();
    private final Map<Integer, Integer> weakYears = new LinkedHashMap<>();
    private int finalVotes;
    private int budgetVotes;
    private int weakFinalVotes;
    private int weakBudgetVotes;

    /** A caption of a recognised table (部门/单位：武汉市…). */
    void caption(String caption) {
        String department = department(caption);
        if (department != null) {
            departments.merge(department, 1, Integer::sum);
        }
    }

    /** The printed department in a caption, or null when the caption names none. */
    static String department(String caption) {
        String f = Texts.fold(caption);
        Matcher m = DEPARTMENT.matcher(f);
        if (!m.matches()) {
            return null;
        }
        String v = MONEY_UNIT.matcher(m.group(1)).replaceFirst("");
        return v.isEmpty() || v.matches("(万元|元|千元|亿元)") ? null : v;
    }

    /** A recognised table's title: year and kind. */
    void title(String title) {
        years(title, strongYears);
        DocumentKind k = TableKindWords.of(title);
        if (k == DocumentKind.FINAL) {
            finalVotes++;
        } else if (k == DocumentKind.BUDGET) {
            budgetVotes++;
        }
    }

    /** A sheet name, an unrecognised region's title or text: weaker evidence. */
    void weak(String text) {
        years(text, weakYears);
        DocumentKind k = TableKindWords.of(text);
        if (k == DocumentKind.FINAL) {
            weakFinalVotes++;
        } else if (k == DocumentKind.BUDGET) {
            weakBudgetVotes++;
        }
    }

    private static void years(String text, Map<Integer, Integer> votes) {
        Matcher m = YEAR.matcher(Texts.fold(text));
        while (m.find()) {
            votes.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
    }

    String department() {
        return best(departments.entrySet());
    }

    /** The fiscal year, or 0 when nothing printed one. */
    int year() {
        Integer y = best(strongYears.entrySet());
        if (y == null) {
            y = best(weakYears.entrySet());
        }
        return y == null ? 0 : y;
    }

    DocumentKind kind() {
        if (finalVotes != budgetVotes) {
            return finalVotes > budgetVotes ? DocumentKind.FINAL : DocumentKind.BUDGET;
        }
        return weakFinalVotes > weakBudgetVotes ? DocumentKind.FINAL : DocumentKind.BUDGET;
    }

    private static <T> T best(Collection<Map.Entry<T, Integer>> votes) {
        T best = null;
        int n = 0;
        for (Map.Entry<T, Integer> e : votes) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
