package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.IndicatorLevels;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.Target;

/** At least half of a goal's indicators are quantified (量化指标占比不低于 50%). */
public final class QuantifiedIndicatorShare implements Rule {
    private static final int FEWEST = 3;

    @Override
    public String id() {
        return "target.quantified_share";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Target t : doc.targets()) {
            List<Indicator> lines = t.indicators().stream().filter(i -> !IndicatorLevels.blank(i.value())).toList();
            if (lines.size() < FEWEST) {
                continue;
            }
            long quantified = lines.stream().filter(i -> i.parsedValue().isQuantified()).count();
            if (quantified * 2 < lines.size()) {
                out.add(new Finding(id(), FindingKind.INDICATOR_VALUE, Severity.WARNING,
                        PerformancePlaces.goal(t).withColumn("value"), quantified + "/" + lines.size(), "≥50%",
                        PerformancePlaces.who(t) + " 量化指标仅 " + quantified + " 个，占 " + lines.size()
                                + " 个指标的 " + Math.round(100.0 * quantified / lines.size()) + "%，低于 50%"));
            }
        }
        return out;
    }
}
