package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * 总分 = 预算执行得分 + Σ indicator scores (自评总分); and no score above 100. Skipped where the execution
 * score is blank (that is its own finding).
 */
public final class EvaluationTotalIsSumOfScores implements Rule {
    @Override
    public String id() {
        return "evaluation.total_score";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : doc.evaluations()) {
            if (e.totalScore() == null || e.executionScore() == null
                    || e.indicators().stream().anyMatch(i -> i.score() == null)) {
                continue;
            }
            BigDecimal sum = e.executionScore()
                    .add(Amounts.sum(e.indicators().stream().map(EvaluationIndicator::score).toList()));
            if (Amounts.compare(e.totalScore(), sum).any()) {
                out.add(new Finding(id(), FindingKind.SCORE_MISMATCH, Severity.ERROR,
                        PerformancePlaces.form(e).withField("总分").withColumn("total_score"),
                        e.totalScore(), sum, PerformancePlaces.who(e) + " 总分 " + e.totalScore().toPlainString()
                        + " ≠ 预算执行得分 + 各指标得分 " + sum.toPlainString()));
            }
        }
        return out;
    }
}
