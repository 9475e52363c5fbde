package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.IndicatorLevels;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.IndicatorValue;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.Target;

/**
 * The same indicator reported with different values on two forms (同一指标跨表取值不一致): a self-evaluation line
 * whose 实际完成值 differs from another form's line of the same name and 年初目标值 (both plain achieved figures:
 * a target copied into 实际完成值 is {@link ActualValueCopiesTarget}'s), and a target of the same name and period
 * whose quantified 指标值 differs (same unit) between the department's form and a project's or two projects'.
 */
public final class SameIndicatorSameValue implements Rule {
    private static final Pattern COMPARISON = Pattern.compile("^(?:≥|≤|>|<|＞|＜|>=|<=|大于|小于|不低于|不高于|不少于|不超过).*");

    @Override
    public String id() {
        return "target.indicator_consistency";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        evaluations(doc, out);
        targets(doc, out);
        return out;
    }

    private void evaluations(Document doc, List<Finding> out) {
        Map<String, Seen<Evaluation, EvaluationIndicator>> first = new LinkedHashMap<>();
        for (Evaluation e : doc.evaluations()) {
            for (EvaluationIndicator i : e.indicators()) {
                String actual = IndicatorLevels.norm(i.actual());
                if (IndicatorLevels.blank(i.level3()) || IndicatorLevels.blank(i.actual())
                        || COMPARISON.matcher(actual).matches()) {
                    continue;
                }
                String key = IndicatorLevels.norm(i.level3()) + "|" + IndicatorLevels.norm(i.target());
                Seen<Evaluation, EvaluationIndicator> seen = first.putIfAbsent(key, new Seen<>(e, i));
                if (seen != null && seen.form() != e && !IndicatorLevels.norm(seen.line().actual()).equals(actual)) {
                    out.add(new Finding(id(), FindingKind.INDICATOR_VALUE, Severity.INFO,
                            PerformancePlaces.line(e, i, "actual"), i.actual(), seen.line().actual(),
                            PerformancePlaces.who(e) + " “" + i.level3() + "”实际完成值为“" + i.actual() + "”，"
                                    + PerformancePlaces.who(seen.form()) + "同一指标（年初目标值“" + i.target()
                                    + "”）为“" + seen.line().actual() + "”"));
                }
            }
        }
    }

    private void targets(Document doc, List<Finding> out) {
        Map<String, Seen<Target, Indicator>> first = new LinkedHashMap<>();
        for (Target t : doc.targets()) {
            for (Indicator i : t.indicators()) {
                IndicatorValue v = i.parsedValue();
                if (IndicatorLevels.blank(i.level3()) || !v.isQuantified()) {
                    continue;
                }
                String key = t.period() + "|" + IndicatorLevels.norm(i.level3());
                Seen<Target, Indicator> seen = first.putIfAbsent(key, new Seen<>(t, i));
                if (seen == null || sameForm(seen.form(), t)) {
                    continue;
                }
                IndicatorValue w = seen.line().parsedValue();
                if (Objects.equals(v.unit(), w.unit()) && (v.number().compareTo(w.number()) != 0
                        || !Objects.equals(v.operator(), w.operator()) || !Objects.equals(v.upper(), w.upper()))) {
                    out.add(new Finding(id(), FindingKind.INDICATOR_VALUE, Severity.INFO,
                            PerformancePlaces.line(t, i, "value"), i.value(), seen.line().value(),
                            PerformancePlaces.who(t) + " “" + i.level3() + "”指标值为“" + i.value() + "”，"
                                    + PerformancePlaces.who(seen.form()) + "同一指标为“" + seen.line().value() + "”"));
                }
            }
        }
    }

    private static boolean sameForm(Target a, Target b) {
        return a.scope() == b.scope() && Objects.equals(a.project(), b.project());
    }

    private record Seen<F, L>(F form, L line) {
    }
}
