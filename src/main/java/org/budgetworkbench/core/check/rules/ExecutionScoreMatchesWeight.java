package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * 预算执行 score = printed weight × execution rate (预算执行率得分): a score that differs from "30分×执行率",
 * or a blank score cell, where the weight and the rate are printed. The message says what the indicator
 * scores and the 总分 imply, as a weight that contradicts its heading is the usual cause.
 */
public final class ExecutionScoreMatchesWeight implements Rule {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public String id() {
        return "evaluation.execution_score";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Evaluation e : doc.evaluations()) {
            if (e.executionWeight() == null || e.rate() == null) {
                continue;
            }
            BigDecimal rate = e.rate().compareTo(new BigDecimal("1.5")) > 0
                    ? e.rate().divide(HUNDRED, 6, RoundingMode.HALF_UP) : e.rate();
            BigDecimal expected = new BigDecimal(e.executionWeight()).multiply(rate.min(BigDecimal.ONE))
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal indicators = Amounts.sum(e.indicators().stream().map(EvaluationIndicator::score).toList());
            String implied = e.totalScore() == null ? ""
                    : "；各指标得分合计 " + indicators.stripTrailingZeros().toPlainString() + "，按总分 "
                    + e.totalScore().stripTrailingZeros().toPlainString() + " 推算预算执行得分应为 "
                    + e.totalScore().subtract(indicators).stripTrailingZeros().toPlainString();
            FindingPlace where = PerformancePlaces.form(e).withField("预算执行情况")
                    .withColumn("execution_score");
            if (e.executionScore() == null) {
                out.add(new Finding(id(), FindingKind.BLANK_VALUE, Severity.ERROR, where, null, expected,
                        PerformancePlaces.who(e) + " 预算执行情况得分未填（" + e.executionWeight() + "分×执行率 = "
                                + expected.toPlainString() + implied + "）"));
            } else if (Amounts.compare(e.executionScore(), expected).any()) {
                out.add(new Finding(id(), FindingKind.SCORE_MISMATCH, Severity.ERROR, where, e.executionScore(),
                        expected, PerformancePlaces.who(e) + " 预算执行情况分值为 " + e.executionWeight() + " 分、执行率 "
                        + rate.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%，应得 "
                        + expected.toPlainString() + " 分，表中得分 " + e.executionScore().toPlainString() + implied));
            }
        }
        return out;
    }
}
