package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;

/**
 * One performance form being read (绩效表草稿): a department's or one project's, targets or a self-evaluation,
 * with its goals and indicators so far. The kind may be known only from its columns (得分 → self-evaluation) and
 * the scope only from its fields (a 项目名称 line makes an untitled form a project's).
 */
final class FormDraft {
    FormTitle.Kind kind;
    /** 部门整体 or 项目; null until the title or a field says which. */
    TargetScope scope;
    final boolean titled;
    String project;
    String projectCode;
    String unit;
    int firstField;
    TargetPeriod sectionPeriod;
    GoalLabel currentGoal;
    String currentLabel;
    final Map<String, String> goalTexts = new LinkedHashMap<>();
    /** Where each goal's text was printed (its own cell, or the label's cell when it follows the label). */
    final Map<String, CellRef> goalCells = new LinkedHashMap<>();
    final Map<String, TargetDraft> drafts = new LinkedHashMap<>();
    private EvaluationDraft evaluation;

    FormDraft(FormTitle.Kind kind, TargetScope scope, boolean titled) {
        this.kind = kind;
        this.scope = scope;
        this.titled = titled;
    }

    TargetScope scopeOrDepartment() {
        return scope == null ? TargetScope.DEPARTMENT : scope;
    }

    String tableId() {
        return (kind == FormTitle.Kind.EVALUATION ? PerformanceForm.evaluation(scopeOrDepartment())
                : PerformanceForm.targets(scopeOrDepartment())).id();
    }

    void goal(GoalLabel goal, String text, CellRef textCell) {
        currentGoal = goal;
        currentLabel = goal.label();
        if (text != null) {
            goalTexts.putIfAbsent(goal.label(), text);
            if (textCell != null) {
                goalCells.putIfAbsent(goal.label(), textCell);
            }
        }
        if (kind == FormTitle.Kind.EVALUATION && text != null) {
            evaluation().goals.add(text);
        }
    }

    /** A goal named in the 目标名称 column of an indicator table. */
    void namedGoal(String printed, CellRef cell) {
        GoalLabel goal = GoalLabel.parse(printed);
        currentGoal = goal;
        currentLabel = goal != null ? goal.label() : printed.strip().replaceAll("[:：]$", "");
        if (goal != null && goal.text() != null) {
            goalTexts.putIfAbsent(goal.label(), goal.text());
            goalCells.putIfAbsent(goal.label(), cell);
        }
    }

    TargetDraft target() {
        String key = currentLabel != null ? currentLabel : "#" + period();
        return drafts.computeIfAbsent(key, k -> new TargetDraft(period(), currentLabel,
                currentLabel == null ? null : goalTexts.get(currentLabel)));
    }

    private TargetPeriod period() {
        if (currentGoal != null && currentGoal.period() != null) {
            return currentGoal.period();
        }
        TargetPeriod named = currentLabel == null ? null : FormCells.periodWord(currentLabel);
        if (named != null) {
            return named;
        }
        return sectionPeriod != null ? sectionPeriod : TargetPeriod.ANNUAL;
    }

    /** Whether the form has read indicators or an execution block yet. */
    boolean hasContent() {
        return drafts.values().stream().anyMatch(d -> !d.indicators.isEmpty()) || evaluation != null;
    }

    EvaluationDraft evaluation() {
        if (evaluation == null) {
            evaluation = new EvaluationDraft();
        }
        return evaluation;
    }

    void emit(List<Target> targets, List<Evaluation> evaluations) {
        TargetScope s = scopeOrDepartment();
        boolean projectScope = s == TargetScope.PROJECT;
        for (TargetDraft d : drafts.values()) {
            if (!d.indicators.isEmpty()) {
                String goal = d.goal != null ? d.goal : d.label == null ? null : goalTexts.get(d.label);
                targets.add(new Target(s, projectScope ? project : null, projectScope ? projectCode : null,
                        d.period, d.label, goal, d.indicators,
                        goal == null || d.label == null ? null : goalCells.get(d.label)));
            }
        }
        if (evaluation != null && (evaluation.budget != null || !evaluation.indicators.isEmpty())) {
            EvaluationDraft e = evaluation;
            evaluations.add(new Evaluation(s, projectScope ? project : null, projectScope ? null : unit,
                    e.budget, e.executed, e.rate, e.executionScore, e.totalScore, e.weight, e.goals,
                    e.indicators));
        }
    }

    /** The indicators of one goal (or of one period where the form labels no goals). */
    static final class TargetDraft {
        final TargetPeriod period;
        final String label;
        final String goal;
        final List<Indicator> indicators = new ArrayList<>();

        TargetDraft(TargetPeriod period, String label, String goal) {
            this.period = period;
            this.label = label;
            this.goal = goal;
        }
    }

    /** What a self-evaluation says so far. */
    static final class EvaluationDraft {
        BigDecimal budget;
        BigDecimal executed;
        BigDecimal rate;
        BigDecimal executionScore;
        BigDecimal totalScore;
        Integer weight;
        final List<String> goals = new ArrayList<>();
        final List<EvaluationIndicator> indicators = new ArrayList<>();
    }
}
