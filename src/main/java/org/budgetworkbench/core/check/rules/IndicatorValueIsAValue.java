package org.budgetworkbench.core.check.rules;

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
 * A 指标值 is a value, not a sentence (指标值应为目标值): "政府采购结算的印刷费是否达到预算金额" is a criterion —
 * a question or a long clause — where a value (达标, ≥95%) belongs.
 */
public final class IndicatorValueIsAValue implements Rule {
    private static final Pattern CRITERION = Pattern.compile(".*(是否|能否|如何|有无|是不是).*");
    private static final int LONGEST_VALUE = 12;

    @Override
    public String id() {
        return "target.value_is_criterion";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Target t : doc.targets()) {
            for (Indicator i : t.indicators()) {
                if (IndicatorLevels.blank(i.value())) {
                    continue;
                }
                IndicatorValue v = i.parsedValue();
                String s = IndicatorLevels.norm(i.value());
                if (!v.isQuantified() && (CRITERION.matcher(s).matches() || s.length() > LONGEST_VALUE)) {
                    out.add(new Finding(id(), FindingKind.INDICATOR_VALUE, Severity.WARNING,
                            PerformancePlaces.line(t, i, "value"), i.value(), "目标值（如 达标、≥95%）",
                            PerformancePlaces.who(t) + " “" + i.level3() + "”的指标值“" + i.value()
                                    + "”是一句评判标准，不是目标值"));
                }
            }
        }
        return out;
    }
}
