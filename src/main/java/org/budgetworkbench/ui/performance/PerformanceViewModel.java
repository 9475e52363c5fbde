package org.budgetworkbench.ui.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetScope;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.table.AmountFormat;

/**
 * The view model of the performance forms: 绩效目标 (target → indicators with 一级/二级/三级/指标值/依据) or
 * 绩效自评 (evaluation → indicators with 年初目标值/实际完成值/得分). The first column is the tree column.
 */
public final class PerformanceViewModel {
    private final String title;
    private final List<String> headers;
    private final List<PerformanceNode> roots;

    private PerformanceViewModel(String title, List<String> headers, List<PerformanceNode> roots) {
        this.title = title;
        this.headers = List.copyOf(headers);
        this.roots = List.copyOf(roots);
    }

    public static PerformanceViewModel forTargets(List<Target> targets, ResourceBundle b) {
        List<PerformanceNode> roots = new ArrayList<>();
        for (Target t : targets) {
            List<PerformanceNode> inds = new ArrayList<>();
            for (Indicator i : t.indicators()) {
                inds.add(new PerformanceNode(List.of(nz(i.level3()), nz(i.level1()), nz(i.level2()), nz(i.value()),
                        nz(i.basis())), List.of()));
            }
            String owner = t.scope() == TargetScope.PROJECT && t.project() != null ? t.project()
                    : Texts.get(b, "performance.department");
            String label = owner + " · " + (t.label() != null ? t.label() : t.period().chinese());
            String goal = t.goal() == null ? "" : t.goal();
            roots.add(new PerformanceNode(List.of(label, "", "", "", goal), inds));
        }
        return new PerformanceViewModel(Texts.get(b, "nav.targets"),
                List.of(Texts.get(b, "targets.column.goal"), Texts.get(b, "targets.column.level1"),
                        Texts.get(b, "targets.column.level2"), Texts.get(b, "targets.column.value"),
                        Texts.get(b, "targets.column.basis")), roots);
    }

    public static PerformanceViewModel forEvaluations(List<Evaluation> evaluations, ResourceBundle b) {
        List<PerformanceNode> roots = new ArrayList<>();
        for (Evaluation e : evaluations) {
            List<PerformanceNode> inds = new ArrayList<>();
            for (EvaluationIndicator i : e.indicators()) {
                inds.add(new PerformanceNode(List.of(nz(i.level3()), nz(i.level1()), nz(i.level2()), nz(i.target()),
                        nz(i.actual()), score(i.score())), List.of()));
            }
            String owner = e.scope() == TargetScope.PROJECT && e.project() != null ? e.project()
                    : Texts.get(b, "performance.department");
            String executed = e.budget() == null ? "" : Texts.get(b, "evaluations.budget",
                    AmountFormat.format(e.budget()), AmountFormat.format(e.executed()));
            roots.add(new PerformanceNode(List.of(owner, "", "", "", executed, score(e.totalScore())), inds));
        }
        return new PerformanceViewModel(Texts.get(b, "nav.evaluations"),
                List.of(Texts.get(b, "evaluations.column.item"), Texts.get(b, "targets.column.level1"),
                        Texts.get(b, "targets.column.level2"), Texts.get(b, "evaluations.column.target"),
                        Texts.get(b, "evaluations.column.actual"), Texts.get(b, "evaluations.column.score")),
                roots);
    }

    public String title() {
        return title;
    }

    public List<String> headers() {
        return headers;
    }

    public List<PerformanceNode> roots() {
        return roots;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String score(BigDecimal s) {
        return s == null ? "" : s.stripTrailingZeros().toPlainString();
    }
}
