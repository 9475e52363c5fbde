package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.budgetworkbench.model.IndicatorValue;

/** 文本规整: the text readings every recogniser shares (printed labels vary in spacing and brackets). */
final class Texts {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    /** 一、 / （一） / 廿一、 / 1. / 1、 / (1) in front of a label */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(\\([一二三四五六七八九十廿百零〇]+\\)[、.．]?|[一二三四五六七八九十廿百零〇]+[、.．]|\\([0-9]+\\)|[0-9]+[)、.．])");
    private static final Pattern ELLIPSIS = Pattern.compile("^[.。…·、\\-—_\\s]*$");
    private static final Pattern NUMBERING_ONLY = Pattern.compile("^[0-9一二三四五六七八九十]{1,2}\\s*[.．、]?$");
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|小计)$");

    private Texts() {
    }

    /** Whitespace removed: the form rows are named by in extract@1. */
    static String compact(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll("");
    }

    /** Whitespace removed, brackets and quotes folded to ASCII, for comparing words. */
    static String fold(String s) {
        return compact(s).replace('（', '(').replace('）', ')').replace('“', '"').replace('”', '"')
                .replace('：', ':').replace('，', ',');
    }

    /** {@link #fold} and the leading numbering dropped: "（一）一般公共服务支出" → "一般公共服务支出". */
    static String label(String s) {
        String f = fold(s);
        String stripped = NUMBERING.matcher(f).replaceFirst("");
        return stripped.isEmpty() ? f : stripped;
    }

    /** 合计 / 总计 / 小计, however spaced. */
    static boolean isTotalWord(String s) {
        return TOTAL.matcher(fold(s)).matches();
    }

    /** "……", "..." or "—" stand for nothing. */
    static boolean isPlaceholder(String s) {
        return s == null || ELLIPSIS.matcher(s).matches();
    }

    /** "3." or "4、" alone: an empty numbered line of a form. */
    static boolean isNumberingOnly(String s) {
        return s != null && NUMBERING_ONLY.matcher(s.strip()).matches();
    }

    /** Null for blank text, else the text stripped. */
    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A target value as the analyst reads it: a quantified value loses the spaces inside it (≤ 501.6万元 →
     * ≤501.6万元); a qualitative one is kept as printed. Blank gives null.
     */
    static String value(String printed) {
        String s = orNull(printed);
        if (s == null) {
            return null;
        }
        String compact = compact(s);
        return IndicatorValue.parse(compact).isQuantified() ? compact : s;
    }

    /**
     * A cell's text as the form prints it for a value: a number stored with a decimal format (20 shown as 20.00)
     * is given as the number itself; a percentage keeps its displayed text (100%).
     */
    static String cellText(org.budgetworkbench.core.read.Grid g, int row, int col) {
        if (col < 0) {
            return null;
        }
        String t = g.text(row, col);
        Double n = g.number(row, col);
        if (n == null || t.contains("%") || t.contains("％") || n.isInfinite() || n.isNaN()) {
            return t;
        }
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }

    /** A printed amount (1,548.12 / 20 / -), or the stored number; null when neither is there. */
    static BigDecimal amount(String printed, Double stored) {
        String s = compact(printed).replace(",", "").replace("，", "").replace("万元", "").replace("元", "");
        if (!s.isEmpty()) {
            boolean percent = s.endsWith("%") || s.endsWith("％");
            String digits = percent ? s.substring(0, s.length() - 1) : s;
            try {
                BigDecimal v = new BigDecimal(digits);
                return percent ? v.movePointLeft(2).stripTrailingZeros() : v;
            } catch (NumberFormatException e) {
                // fall through to the stored number
            }
        }
        return stored == null ? null : BigDecimal.valueOf(stored);
    }
}
