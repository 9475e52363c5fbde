package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.budgetworkbench.model.IndicatorValue;

/** Small readings of printed cell text shared by the form readers (单元格文字). */
final class Texts {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern ELLIPSIS = Pattern.compile("^[.。…·、\\-—_\\s]*$");
    private static final Pattern NUMBERING_ONLY = Pattern.compile("^[0-9一二三四五六七八九十]{1,2}\\s*[.．、]?$");

    private Texts() {
    }

    /** All whitespace removed (for matching labels and titles). */
    static String squeeze(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll("");
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
        String compact = squeeze(s);
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
        String s = squeeze(printed).replace(",", "").replace("，", "").replace("万元", "").replace("元", "");
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
