package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetworkbench.core.check.IndicatorLevels;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.Target;

/**
 * Every goal has 产出, 效益 and 满意度 indicators (三类一级指标齐全). A satisfaction indicator printed under
 * 效益 counts as 满意度, not as 效益; lines with neither a name nor a value count for nothing.
 */
public final class GoalHasAllCoreLevels implements Rule {
    @Override
    public String id() {
        return "target.levels";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Target t : doc.targets()) {
            Set<String> present = new LinkedHashSet<>();
            for (Indicator i : t.indicators()) {
                if (IndicatorLevels.blank(i.level3()) && IndicatorLevels.blank(i.value())) {
                    continue;
                }
                present.add(effectiveLevel1(i));
            }
            if (present.isEmpty()) {
                continue;
            }
            for (String level : IndicatorLevels.REQUIRED) {
                if (!present.contains(level)) {
                    out.add(new Finding(id(), FindingKind.INDICATOR_LEVEL, Severity.WARNING,
                            PerformancePlaces.goal(t).withColumn("level1").withRow(level),
                            0, "≥1", PerformancePlaces.who(t) + " 没有" + level + "（每个目标都应有产出、效益、满意度指标）"));
                }
            }
        }
        return out;
    }

    static String effectiveLevel1(Indicator i) {
        return IndicatorLevels.effectiveLevel1(i.level1(), i.level2());
    }
}
