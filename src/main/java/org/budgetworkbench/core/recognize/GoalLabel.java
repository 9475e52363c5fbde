package org.budgetworkbench.core.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.model.TargetPeriod;

/**
 * The name of a goal block as the form prints it (目标标签): 长期目标1:, 年度绩效目标2, 年度目标 3：, 年度目标二,
 * 年度目标2（30分）：保障运转. The label keeps the printed words without spaces, weight and colon; the period is the
 * one it names (null for a bare 目标1, whose period comes from the section); a weight and the goal's text may
 * follow in the same cell.
 */
record GoalLabel(String label, TargetPeriod period, int number, Integer weight, String text) {

    private static final String NUMBER = "([0-9]{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String WEIGHT = "(?:[（(]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*[)）])?";
    /** 长期/年度 goals may carry their text in the same cell. */
    private static final Pattern NAMED = Pattern.compile(
            "^((长期|年度)(?:绩效)?目标)\\s*" + NUMBER + "\\s*" + WEIGHT + "\\s*(?:[:：]\\s*(.*))?$", Pattern.DOTALL);
    /** A bare 目标1 is a label only on its own (目标1：… inside a text is a sentence). */
    private static final Pattern BARE = Pattern.compile("^(目标)\\s*" + NUMBER + "\\s*" + WEIGHT + "\\s*[:：]?$");

    /** The goal label a cell holds, or null. */
    static GoalLabel parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        Matcher m = NAMED.matcher(s);
        if (m.matches()) {
            TargetPeriod period = "长期".equals(m.group(2)) ? TargetPeriod.LONG_TERM : TargetPeriod.ANNUAL;
            int n = number(m.group(3));
            return new GoalLabel(m.group(1) + n, period, n, weight(m.group(4)), Texts.orNull(m.group(5)));
        }
        Matcher b = BARE.matcher(s);
        if (b.matches()) {
            int n = number(b.group(2));
            return new GoalLabel("目标" + n, null, n, weight(b.group(3)), null);
        }
        return null;
    }

    private static Integer weight(String printed) {
        return printed == null ? null : (int) Double.parseDouble(printed);
    }

    private static int number(String printed) {
        if (Character.isDigit(printed.charAt(0))) {
            return Integer.parseInt(printed);
        }
        String digits = "一二三四五六七八九";
        if (printed.equals("十")) {
            return 10;
        }
        if (printed.length() == 1) {
            return digits.indexOf(printed.charAt(0)) + 1;
        }
        int tens = printed.charAt(0) == '十' ? 1 : digits.indexOf(printed.charAt(0)) + 1;
        char last = printed.charAt(printed.length() - 1);
        return tens * 10 + (last == '十' ? 0 : digits.indexOf(last) + 1);
    }
}
