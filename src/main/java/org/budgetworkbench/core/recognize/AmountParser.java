package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;

/**
 * 金额解析: the amount in a cell, in 万元. A stored number is taken as is (never the rounded display text);
 * printed text may carry thousand separators; blank, "-" and "—" are blank. Floating noise
 * (97.73999999999999) is rounded away at 6 decimals.
 */
final class AmountParser {
    static final BigDecimal YUAN_TO_WAN = new BigDecimal("0.0001");
    private static final Pattern AMOUNT = Pattern.compile("^[-+]?\\d+(\\.\\d+)?$");
    private static final Pattern BLANK = Pattern.compile("^[-—－–_/]*$");

    private AmountParser() {
    }

    /** True when the cell holds a figure (a number or amount-like text). */
    static boolean isAmount(Grid g, int r, int c) {
        if (g.number(r, c) != null) {
            return true;
        }
        String t = cleaned(g.text(r, c));
        return !t.isEmpty() && AMOUNT.matcher(t).matches();
    }

    /** "-" or "—": printed for nothing (a zero or a blank). */
    static boolean isBlankMark(String text) {
        String t = cleaned(text);
        return !t.isEmpty() && BLANK.matcher(t).matches();
    }

    /** The amount in 万元 after scaling by {@code scale} (1, or 0.0001 for a table printed in 元), or null. */
    static BigDecimal parse(Grid g, int r, int c, BigDecimal scale) {
        Double n = g.number(r, c);
        BigDecimal v;
        if (n != null) {
            if (n.isNaN() || n.isInfinite()) {
                return null;
            }
            v = BigDecimal.valueOf(n);
        } else {
            String t = cleaned(g.text(r, c));
            if (BLANK.matcher(t).matches() || !AMOUNT.matcher(t).matches()) {
                return null;
            }
            v = new BigDecimal(t);
        }
        return tidy(v.multiply(scale));
    }

    /** Rounded to 6 decimals, trailing zeros stripped, never in exponent form. */
    static BigDecimal tidy(BigDecimal v) {
        BigDecimal s = v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String cleaned(String t) {
        return Texts.compact(t).replace(",", "").replace("，", "");
    }
}
