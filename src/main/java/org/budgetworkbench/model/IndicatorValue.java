package org.budgetworkbench.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 指标值 taken apart: an operator (≥ ≤ = < >, or a range), a number and a unit (次, 人, %, 万元 …),
 * or a qualitative value (及时, 有效提升, 达标) when there is no number.
 */
public record IndicatorValue(String operator, BigDecimal number, BigDecimal upper, String unit, String qualitative) {

    private static final Pattern RANGE = Pattern.compile(
            "^([0-9]+(?:\\.[0-9]+)?)\\s*(%|％)?\\s*[-－~～至]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(\\S*)$");
    private static final Pattern SIMPLE = Pattern.compile(
            "^(≥|≤|>=|<=|＞=|＜=|>|<|＞|＜|=|＝)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(\\S*)$");

    public boolean isQuantified() {
        return number != null;
    }

    public boolean isRange() {
        return upper != null;
    }

    /** Parses a value as printed; never fails, a value with no number is qualitative. */
    public static IndicatorValue parse(String printed) {
        if (printed == null) {
            return new IndicatorValue(null, null, null, null, null);
        }
        String s = printed.strip().replace('，', ',').replace(",", "");
        Matcher r = RANGE.matcher(s);
        if (r.matches()) {
            String unit = r.group(4).isEmpty() ? (r.group(2) == null ? "" : "%") : normUnit(r.group(4));
            return new IndicatorValue("range", new BigDecimal(r.group(1)), new BigDecimal(r.group(3)), unit, null);
        }
        Matcher m = SIMPLE.matcher(s);
        if (m.matches()) {
            return new IndicatorValue(normOperator(m.group(1)), new BigDecimal(m.group(2)), null,
                    normUnit(m.group(3)), null);
        }
        return new IndicatorValue(null, null, null, null, printed.strip());
    }

    private static String normOperator(String op) {
        if (op == null) {
            return "=";
        }
        return switch (op) {
            case ">=", "＞=" -> "≥";
            case "<=", "＜=" -> "≤";
            case "＞" -> ">";
            case "＜" -> "<";
            case "＝" -> "=";
            default -> op;
        };
    }

    private static String normUnit(String unit) {
        return unit.replace('％', '%');
    }
}
