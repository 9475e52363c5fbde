package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.IndicatorLevels;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.IndicatorValue;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.Target;

/**
 * 指标值 that cannot be right (指标值合理性): a percentage for a head count or a number of times, a rate above
 * 100% (2000%) where nothing grows, a rate printed as 0.95 or 1 without %, a value with figures that does not
 * parse, and 前年/上年 values in another unit than the target value (90% for a ceiling in 万元).
 */
public final class IndicatorValuePlausible implements Rule {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern COUNT_NAME = Pattern.compile(".*(数量|人数|次数|个数|场次|份数|件数|户数|天数|批次|期数)$");
    private static final Pattern GROWTH = Pattern.compile(".*(增长|增幅|提高|提升|增加|倍|超额).*");
    private static final Pattern RATE_NAME = Pattern.compile(".*(率|满意度|比例|占比)$");

    @Override
    public String id() {
        return "target.value";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Target t : doc.targets()) {
            for (Indicator i : t.indicators()) {
                if (IndicatorLevels.blank(i.value())) {
                    continue;
                }
                String name = IndicatorLevels.norm(i.level3());
                IndicatorValue v = i.parsedValue();
                String problem = problem(name, i.value(), v);
                if (problem != null) {
                    out.add(finding(t, i, "value", Severity.WARNING, i.value(), problem));
                }
                historyUnits(out, t, i, v);
            }
        }
        return out;
    }

    static String problem(String name, String printed, IndicatorValue v) {
        if (!v.isQuantified()) {
            return printed.matches(".*\\d.*") && !printed.matches(".*\\d{4}年.*") ? "指标值“" + printed + "”无法解析为运算符、数值和单位" : null;
        }
        boolean percent = "%".equals(v.unit());
        BigDecimal top = v.isRange() ? v.upper() : v.number();
        if (percent && COUNT_NAME.matcher(name).matches() && !name.contains("率")) {
            return "“" + name + "”是数量，指标值却是百分比“" + printed + "”";
        }
        if (percent && top.compareTo(HUNDRED) > 0 && !GROWTH.matcher(name).matches()) {
            return "“" + name + "”的指标值“" + printed + "”超过100%，不合常理";
        }
        if ((v.unit() == null || v.unit().isEmpty()) && RATE_NAME.matcher(name).matches()
                && top.compareTo(BigDecimal.ONE) <= 0) {
            return "“" + name + "”是比率，指标值“" + printed + "”缺少%（应为百分数）";
        }
        return null;
    }

    private void historyUnits(List<Finding> out, Target t, Indicator i, IndicatorValue v) {
        if (!v.isQuantified() || v.unit() == null || v.unit().isEmpty() || "%".equals(v.unit())) {
            return;
        }
        List<String> odd = i.history().stream()
                .filter(h -> "%".equals(IndicatorValue.parse(h).unit()))
                .toList();
        if (!odd.isEmpty()) {
            out.add(finding(t, i, "history", Severity.INFO, String.join(" / ", i.history()),
                    "前年/上年值“" + String.join(" / ", i.history()) + "”是百分比，指标值“" + i.value() + "”却以“"
                            + v.unit() + "”计，口径不一致"));
        }
    }

    private Finding finding(Target t, Indicator i, String column, Severity severity, String found, String problem) {
        return new Finding(id(), FindingKind.INDICATOR_VALUE, severity, PerformancePlaces.line(t, i, column), found,
                null, PerformancePlaces.who(t) + "：" + problem);
    }
}
