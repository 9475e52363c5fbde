package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.IndicatorLevels;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.Target;

/**
 * Each 二级 sits under its own 一级 (指标层级归属): a 二级 name in the 一级 column (数量指标 as 一级), a 二级
 * under the wrong 一级 (满意度指标 or 时效指标 under 效益指标), a missing 二级. 成本指标 as a 二级 under 产出
 * is the older template's place and is flagged only where the same document uses 成本指标 as a 一级.
 */
public final class IndicatorUnderOwnLevel implements Rule {
    @Override
    public String id() {
        return "target.level_placement";
    }

    /** What is wrong with one line's levels, or null. {@code column} is the column to correct. */
    record Fault(String column, Object found, String expected, String message) {
    }

    @Override
    public List<Finding> check(Document doc) {
        boolean costIsLevel1 = doc.targets().stream().flatMap(t -> t.indicators().stream())
                .anyMatch(i -> IndicatorLevels.COST.equals(IndicatorLevels.level1(i.level1())))
                || doc.evaluations().stream().flatMap(e -> e.indicators().stream())
                .anyMatch(i -> IndicatorLevels.COST.equals(IndicatorLevels.level1(i.level1())));
        List<Finding> out = new ArrayList<>();
        for (Target t : doc.targets()) {
            for (Indicator i : t.indicators()) {
                if (IndicatorLevels.blank(i.level3()) && IndicatorLevels.blank(i.value())) {
                    continue;
                }
                Fault f = fault(i.level1(), i.level2(), costIsLevel1);
                if (f != null) {
                    FindingPlace where = PerformancePlaces.line(t, i, f.column());
                    out.add(new Finding(id(), FindingKind.INDICATOR_LEVEL, Severity.WARNING, where, f.found(),
                            f.expected(), PerformancePlaces.who(t) + " “" + i.level3() + "”：" + f.message()));
                }
            }
        }
        for (Evaluation e : doc.evaluations()) {
            for (EvaluationIndicator i : e.indicators()) {
                if (IndicatorLevels.blank(i.level3())) {
                    continue;
                }
                Fault f = fault(i.level1(), i.level2(), costIsLevel1);
                if (f != null) {
                    out.add(new Finding(id(), FindingKind.INDICATOR_LEVEL, Severity.WARNING,
                            PerformancePlaces.line(e, i, f.column()), f.found(), f.expected(),
                            PerformancePlaces.who(e) + " “" + i.level3() + "”：" + f.message()));
                }
            }
        }
        return out;
    }

    static Fault fault(String level1, String level2, boolean costIsLevel1) {
        String l1 = IndicatorLevels.level1(level1);
        if (l1 == null) {
            String parent = IndicatorLevels.parentOf(level1);
            if (parent != null) {
                return new Fault("level1", IndicatorLevels.norm(level1), parent,
                        "二级指标名称“" + IndicatorLevels.norm(level1) + "”填在一级指标栏，应为" + parent);
            }
            return new Fault("level1", IndicatorLevels.norm(level1), "产出指标/效益指标/满意度指标",
                    IndicatorLevels.blank(level1) ? "一级指标为空" : "一级指标“" + level1 + "”不是规范的一级指标");
        }
        if (IndicatorLevels.blank(level2)) {
            return new Fault("level2", null, "二级指标", l1 + "下未填二级指标");
        }
        String n = IndicatorLevels.norm(level2);
        if (IndicatorLevels.isBareCost(level2) && l1.equals(IndicatorLevels.OUTPUT)) {
            return costIsLevel1 ? new Fault("level2", n, "成本指标（一级指标）",
                    "成本指标在本文件其他表中是一级指标，此处却作为产出指标下的二级指标") : null;
        }
        String parent = IndicatorLevels.parentOf(level2);
        if (parent == null || IndicatorLevels.belongsUnder(l1, parent)) {
            return null;
        }
        if (IndicatorLevels.isBareCost(level2) && l1.equals(IndicatorLevels.COST)) {
            return null;
        }
        if (parent.equals(IndicatorLevels.SATISFACTION)) {
            return new Fault("level2", n, "满意度指标（一级指标）",
                    "满意度指标应为一级指标，此处作为" + l1 + "下的二级指标");
        }
        return new Fault("level1", l1, parent, "二级指标“" + n + "”属于" + parent + "，却列在" + l1 + "下");
    }
}
