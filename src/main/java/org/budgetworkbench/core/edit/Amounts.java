package org.budgetworkbench.core.edit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Amounts (金额, 万元) as the analyst types them and as the workbench prints them. */
public final class Amounts {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?|-?\\.[0-9]+");
    /** Within a table, 0.01 between a total and its parts is rounding (元 printed in 万元), not an error. */
    public static final BigDecimal ROUNDING = new BigDecimal("0.01");

    private Amounts() {
    }

    /**
     * Reads an amount: blank is no value (null); thousands separators, spaces and full-width digits are allowed;
     * anything else is rejected with a Chinese message naming the text.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '－' || c == '—') {
                b.append('-');
            } else if (c != ',' && c != '，' && !Character.isWhitespace(c) && c != '\u3000') {
                b.append(c);
            }
        }
        String s = b.toString();
        if (!NUMBER.matcher(s).matches()) {
            throw new EditRejectedException("“" + text.strip() + "”不是金额：请填写数字（单位万元），或留空表示无数");
        }
        return new BigDecimal(s);
    }

    /** An amount as the tables print it, two decimals: 210.5 → {@code 210.50}; null → empty. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : amount.stripTrailingZeros().scale() <= 2 ? amount.setScale(2, RoundingMode.HALF_UP).toPlainString()
                : amount.toPlainString();
    }

    /** Blank counts as zero, as the domain treats them alike. */
    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** True when two amounts differ by no more than a rounding note (0.01). */
    public static boolean balanced(BigDecimal a, BigDecimal b) {
        return orZero(a).subtract(orZero(b)).abs().compareTo(ROUNDING) <= 0;
    }
}
