package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.IndicatorLevels;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * A 实际完成值 is what was achieved, not the target copied over (实际完成值不应照抄目标值): "≥8份" as the actual of
 * an indicator whose target is ≥8份, while another self-evaluation of the same document reports the same indicator
 * (same 三级 name and target) as achieved with a plain figure (8份). Where no evaluation gives a plain figure the
 * copied comparison may be the template's custom (实际金额占预算金额比率 ≤100%), so it is left alone.
 */
public final class ActualValueCopiesTarget implements Rule {
    private static final Pattern COMPARISON = Pattern.compile("^(?:≥|≤|>|<|＞|＜|>=|<=|大于|小于|不低于|不高于|不少于|不多于|不超过).*");

    @Override
    public String id() {
        return "evaluation.actual_is_target";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : doc.evaluations()) {
            for (EvaluationIndicator i : e.indicators()) {
                String actual = IndicatorLevels.norm(i.actual());
                if (IndicatorLevels.blank(i.actual()) || !COMPARISON.matcher(actual).matches()
                        || !actual.equals(IndicatorLevels.norm(i.target()))) {
                    continue;
                }
                String plain = plainActualElsewhere(doc, e, i);
                if (plain == null) {
                    continue;
                }
                out.add(new Finding(id(), FindingKind.INDICATOR_VALUE, Severity.INFO,
                        PerformancePlaces.line(e, i, "actual"), i.actual(), plain,
                        PerformancePlaces.who(e) + " “" + i.level3() + "”的实际完成值“" + i.actual()
                                + "”照抄了年初目标值；同一指标在其他自评表中的实际完成值为“" + plain + "”"));
            }
        }
        return out;
    }

    /** The plain actual another evaluation line gives for the same indicator and target, or null. */
    private static String plainActualElsewhere(Document doc, Evaluation self, EvaluationIndicator line) {
        String name = IndicatorLevels.norm(line.level3());
        String target = IndicatorLevels.norm(line.target());
        for (Evaluation e : doc.evaluations()) {
            for (EvaluationIndicator o : e.indicators()) {
                if (o == line || IndicatorLevels.blank(o.actual()) || !IndicatorLevels.norm(o.level3()).equals(name)
                        || !IndicatorLevels.norm(o.target()).equals(target)) {
                    continue;
                }
                String a = IndicatorLevels.norm(o.actual());
                if (!COMPARISON.matcher(a).matches()) {
                    return o.actual();
                }
            }
        }
        return null;
    }
}
