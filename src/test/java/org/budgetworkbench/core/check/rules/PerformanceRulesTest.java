package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.withEvaluations;
import static org.budgetworkbench.core.check.Docs.withTargets;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;
import org.junit.jupiter.api.Test;

/** Performance targets and self-evaluations. */
class PerformanceRulesTest {
    private static Indicator ind(String l1, String l2, String l3, String value) {
        return new Indicator(l1, l2, l3, value, List.of(), null);
    }

    private static Document goal(Indicator... indicators) {
        return withTargets(budget(), new Target(TargetScope.DEPARTMENT, null, null, TargetPeriod.ANNUAL, "年度目标1",
                "目标", List.of(indicators)));
    }

    private static final Indicator OUTPUT = ind("产出指标", "数量指标", "培训次数", "≥12次");
    private static final Indicator BENEFIT = ind("效益指标", "社会效益指标", "办公效率提升率", "10%");
    private static final Indicator SATISFIED = ind("满意度指标", "服务对象满意度指标", "群众满意度", "90%");

    @Test
    void everyGoalHasOutputBenefitAndSatisfaction() {
        Document broken = goal(OUTPUT, ind("效益指标", "满意度指标", "群众满意度", "90%"));
        assertThat(new GoalHasAllCoreLevels().check(broken)).singleElement().satisfies(f -> {
            assertThat(f.where().row()).isEqualTo("效益指标");
            assertThat(f.where().goal()).isEqualTo("年度目标1");
            assertThat(f.where().column()).isEqualTo("level1");
            assertThat(f.where().indicator()).isNull();
        });
        assertThat(new GoalHasAllCoreLevels().check(goal(OUTPUT, BENEFIT, SATISFIED))).isEmpty();
    }

    @Test
    void satisfactionIsNoSecondLevelOfBenefit() {
        Document broken = goal(OUTPUT, BENEFIT, ind("效益指标", "满意度指标", "群众满意度", "90%"));
        assertThat(new IndicatorUnderOwnLevel().check(broken)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.INDICATOR_LEVEL);
            assertThat(f.where().goal()).isEqualTo("年度目标1");
            assertThat(f.where().column()).isEqualTo("level2");
            assertThat(f.where().indicator()).isEqualTo("群众满意度");
        });
        assertThat(new IndicatorUnderOwnLevel().check(goal(OUTPUT, BENEFIT, SATISFIED))).isEmpty();
    }

    @Test
    void costUnderOutputOnlyWhereTheDocumentMakesCostALevel1() {
        Indicator costAsLevel2 = ind("产出指标", "成本指标", "政府采购", "≤10万元");
        assertThat(new IndicatorUnderOwnLevel().check(goal(OUTPUT, costAsLevel2, BENEFIT, SATISFIED))).isEmpty();
        Document mixed = goal(OUTPUT, costAsLevel2, ind("成本指标", "经济成本指标", "经费使用限额", "≤10万元"));
        assertThat(new IndicatorUnderOwnLevel().check(mixed)).singleElement()
                .satisfies(f -> assertThat(f.where().indicator()).isEqualTo("政府采购"));
    }

    @Test
    void secondLevelNameInTheFirstLevelColumn() {
        Document d = withEvaluations(fin(), new Evaluation(TargetScope.DEPARTMENT, null, null, null, null, null, null,
                null, null, List.of(), List.of(new EvaluationIndicator("数量指标", null, "下发《督查通知》", "≥130份",
                "168份", BigDecimal.ONE, 1))));
        assertThat(new IndicatorUnderOwnLevel().check(d)).singleElement().satisfies(f -> {
            assertThat(f.where().indicator()).isEqualTo("下发《督查通知》");
            assertThat(f.where().goal()).isEqualTo("年度目标1");
            assertThat(f.where().column()).isEqualTo("level1");
            assertThat(f.expected()).isEqualTo("产出指标");
        });
    }

    @Test
    void implausibleValues() {
        IndicatorValuePlausible rule = new IndicatorValuePlausible();
        assertThat(rule.check(goal(ind("产出指标", "数量指标", "培训人数", "2000%")))).hasSize(1);
        assertThat(rule.check(goal(ind("效益指标", "社会效益指标", "覆盖率", "2000%")))).hasSize(1);
        assertThat(rule.check(goal(ind("满意度指标", "服务对象满意度指标", "满意度", "0.95")))).hasSize(1);
        assertThat(rule.check(goal(ind("产出指标", "数量指标", "培训人数", "≥18人"), SATISFIED))).isEmpty();
    }

    @Test
    void historyInAnotherUnit() {
        Indicator i = new Indicator("产出指标", "数量指标", "聘用人员数量", "≥18人", List.of("100%", "100%"), null);
        assertThat(new IndicatorValuePlausible().check(goal(i))).singleElement()
                .satisfies(f -> assertThat(f.where().column()).isEqualTo("history"));
    }

    @Test
    void criterionIsNoValue() {
        Document broken = goal(ind("产出指标", "成本指标", "政府采购", "政府采购结算的印刷费是否达到预算金额"));
        assertThat(new IndicatorValueIsAValue().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.where().row()).isEqualTo("产出指标/成本指标/政府采购"));
        assertThat(new IndicatorValueIsAValue().check(goal(ind("效益指标", "社会效益指标", "效率", "有效提升")))).isEmpty();
    }

    @Test
    void halfTheIndicatorsQuantified() {
        Document broken = goal(ind("产出指标", "时效指标", "及时性", "及时"), ind("效益指标", "社会效益指标", "效果", "提升"),
                SATISFIED, ind("产出指标", "质量指标", "质量", "达标"));
        assertThat(new QuantifiedIndicatorShare().check(broken)).hasSize(1);
        assertThat(new QuantifiedIndicatorShare().check(goal(OUTPUT, BENEFIT, SATISFIED))).isEmpty();
    }

    private static Document evaluation(Integer weight, String executionScore, String total) {
        return withEvaluations(fin(), new Evaluation(TargetScope.PROJECT, "某项目", null, new BigDecimal("10"),
                new BigDecimal("10"), BigDecimal.ONE, executionScore == null ? null : new BigDecimal(executionScore),
                new BigDecimal(total), weight, List.of(),
                List.of(new EvaluationIndicator("产出指标", "数量指标", "次数", "≥1次", "1次", new BigDecimal("80"), null))));
    }

    @Test
    void executionScoreIsWeightTimesRate() {
        assertThat(new ExecutionScoreMatchesWeight().check(evaluation(30, "20", "100"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.SCORE_MISMATCH);
                    assertThat(f.where().project()).isEqualTo("某项目");
                    assertThat(f.where().field()).isEqualTo("预算执行情况");
                    assertThat(f.where().column()).isEqualTo("execution_score");
                });
        assertThat(new ExecutionScoreMatchesWeight().check(evaluation(20, null, "100"))).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.BLANK_VALUE));
        assertThat(new ExecutionScoreMatchesWeight().check(evaluation(20, "20", "100"))).isEmpty();
    }

    @Test
    void totalIsTheSumOfScores() {
        assertThat(new EvaluationTotalIsSumOfScores().check(evaluation(20, "20", "95"))).hasSize(1);
        assertThat(new EvaluationTotalIsSumOfScores().check(evaluation(20, "20", "100"))).isEmpty();
    }
}
