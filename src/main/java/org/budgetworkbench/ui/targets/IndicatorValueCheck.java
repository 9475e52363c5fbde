package org.budgetworkbench.ui.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.model.IndicatorValue;

/**
 * Checks a 指标值 as the analyst types it (指标值校验): either operator + number + unit, or a qualitative value
 * (及时, 有效提升). Refused, with a Chinese message: a number field that is no number, a negative figure, a
 * fractional head count, a percentage for something counted (培训人数 in %, or %), a rate or satisfaction
 * above 100% where nothing grows.
 */
public final class IndicatorValueCheck {
    /** The operators offered; empty for none (the value is then exactly the figure). */
    public static final List<String> OPERATORS = List.of("", "≥", "≤", "=", ">", "<");
    /** Units offered in the unit box; any other may be typed. */
    public static final List<String> UNITS = List.of("%", "人", "人次", "次", "个", "期", "项", "户", "天", "万元", "元");

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern COUNTED_UNIT = Pattern.compile("人|人次|户|个|家|次|期|场|件|份|项|批");
    private static final Pattern COUNT_NAME = Pattern.compile(".*(数量|人数|次数|个数|场次|份数|件数|户数|天数|批次|期数)$");
    private static final Pattern GROWTH = Pattern.compile(".*(增长|增幅|提高|提升|增加|倍|超额).*");
    private static final Pattern RATE_NAME = Pattern.compile(".*(率|满意度|比例|占比)$");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private IndicatorValueCheck() {
    }

    /** The 指标值 as printed from its parts: "≥" "18" "人" → "≥18人"; a qualitative value as typed. */
    public static String compose(String operator, String number, String unit, String qualitative) {
        if (blank(number)) {
            return blank(qualitative) ? "" : qualitative.strip();
        }
        return (operator == null ? "" : operator.strip()) + number.strip() + (unit == null ? "" : unit.strip());
    }

    /**
     * Why the value cannot stand, or null when it can. {@code level2} and {@code name} (三级) say what is measured:
     * a 满意度 or a rate cannot exceed 100%, a head count is no percentage.
     */
    public static String problem(String level2, String name, String operator, String number, String unit,
                                 String qualitative) {
        String what = blank(name) ? "该指标" : "“" + name.strip() + "”";
        if (blank(number)) {
            if (blank(qualitative)) {
                return "请填写指标值：运算符、数值和单位，或定性描述（如“及时”）";
            }
            return null;
        }
        if (!blank(qualitative)) {
            return "指标值要么填数值，要么填定性描述，不能两者都填";
        }
        String n = number.strip().replace(",", "").replace("，", "");
        if (!NUMBER.matcher(n).matches()) {
            return "“" + number.strip() + "”不是数字：数值栏只填数字，单位填在单位栏";
        }
        BigDecimal v = new BigDecimal(n);
        String u = unit == null ? "" : unit.strip().replace('％', '%');
        boolean percent = u.equals("%");
        String n3 = name == null ? "" : name.replaceAll("\\s", "");
        if (percent && COUNT_NAME.matcher(n3).matches() && !n3.contains("率")) {
            return what + "是数量，单位应为人、次、个等，不能用%";
        }
        if (COUNTED_UNIT.matcher(u).matches() && v.stripTrailingZeros().scale() > 0) {
            return "以“" + u + "”计的数量应为整数，不是 " + n;
        }
        boolean rate = RATE_NAME.matcher(n3).matches() || (level2 != null && level2.contains("满意度"));
        if (percent && v.compareTo(HUNDRED) > 0 && (rate || !GROWTH.matcher(n3).matches())) {
            return what + "的指标值 " + n + "% 超过100%，不合常理";
        }
        if (!percent && !u.isEmpty() && RATE_NAME.matcher(n3).matches() && !n3.endsWith("比例")
                && COUNTED_UNIT.matcher(u).matches()) {
            return what + "是比率，单位应为%，不是“" + u + "”";
        }
        IndicatorValue parsed = IndicatorValue.parse(compose(operator, n, u, null));
        if (!parsed.isQuantified()) {
            return "指标值“" + compose(operator, n, u, null) + "”无法解析";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
