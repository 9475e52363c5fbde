package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withEvaluations;
import static org.budgetworkbench.core.check.Docs.withFields;
import static org.budgetworkbench.core.check.Docs.withTargets;
import static org.budgetworkbench.core.check.Docs.withText;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;
import org.junit.jupiter.api.Test;

/** The rules on performance-form fields, money, repeated indicators and the narrative's restated results. */
class FormRulesTest {
    private static final String PROJECT = "performance.project";
    private static final String DEPT = "performance.department";

    private static FormField field(String table, String project, String label, String value) {
        return new FormField(table, project, label, value, null);
    }

    // ---- a required form field left blank

    @Test
    void aRequiredFieldLeftBlankIsNamed() {
        Document d = withFields(budget(), field(PROJECT, "道路保洁经费", "项目名称", "道路保洁经费"),
                field(PROJECT, "道路保洁经费", "项目负责人", null), field(PROJECT, "道路保洁经费", "项目 代码", null));
        assertThat(new FormFieldLeftBlank().check(d)).extracting(f -> f.where().field())
                .containsExactly("项目负责人", "项目 代码");
        assertThat(new FormFieldLeftBlank().check(d)).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.BLANK_VALUE);
            assertThat(f.where().project()).isEqualTo("道路保洁经费");
            assertThat(f.where().table()).isEqualTo(PROJECT);
        });
        Document filled = withFields(budget(), field(PROJECT, "道路保洁经费", "项目负责人", "张三"),
                field(PROJECT, "道路保洁经费", "项目代码", "P1"));
        assertThat(new FormFieldLeftBlank().check(filled)).isEmpty();
    }

    @Test
    void aLabelWithItsYearLeftOutIsNamed() {
        for (String label : List.of("长期目标(截止 年)", "长期目标（ 年）")) {
            Document d = withFields(budget(), field(DEPT, null, label, "目标1：提高效率"));
            assertThat(new FormFieldLeftBlank().check(d)).singleElement().satisfies(f -> {
                assertThat(f.where().field()).isEqualTo(label);
                assertThat(f.where().column()).isEqualTo("year");
                assertThat(f.where().project()).isNull();
            });
        }
        Document d = withFields(budget(), field(DEPT, null, "长期目标(截止2026年)", "目标1：提高效率"));
        assertThat(new FormFieldLeftBlank().check(d)).isEmpty();
    }

    @Test
    void aBlankSubLineUnderAnAmountIsNamedUnlessCarriedOver() {
        FormField source = field(PROJECT, "道路保洁经费", "1. 一般公共预算财政拨款收入", "501.60");
        FormField sub = field(PROJECT, "道路保洁经费", "其中：申请当年预算拨款", null);
        assertThat(new FormFieldLeftBlank().check(withFields(budget(), source, sub))).singleElement()
                .satisfies(f -> {
                    assertThat(f.where().field()).isEqualTo("其中：申请当年预算拨款");
                    assertThat(f.expected()).isEqualTo(new BigDecimal("501.60"));
                });
        FormField carried = field(PROJECT, "道路保洁经费", "9. 上年结转", "501.6");
        assertThat(new FormFieldLeftBlank().check(withFields(budget(), source, sub, carried))).isEmpty();
        assertThat(new FormFieldLeftBlank().check(withFields(budget(), source,
                field(PROJECT, "道路保洁经费", "其中：申请当年预算拨款", "501.6")))).isEmpty();
    }

    // ---- a form's money block against the tables

    private static Document projects(String formLabel, String formValue) {
        return withFields(budget(table(TableType.BUDGET_PROJECTS, row("total", "合计", "total", "130"),
                        row("P001", "道路保洁经费", "total", "120"), row("P002", "垃圾清运经费", "total", "10"))),
                field(PROJECT, "道路保洁经费", "项目名称", "道路保洁经费"),
                field(PROJECT, "道路保洁经费", formLabel, formValue));
    }

    @Test
    void aProjectFormsYearBudgetIsTheProjectTablesAmount() {
        for (String label : List.of("项目当年预算", "年度资金总额")) {
            assertThat(new FormMoneyMatchesTables().check(projects(label, "102"))).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.CROSS_TABLE_MISMATCH);
                assertThat(f.where().project()).isEqualTo("道路保洁经费");
                assertThat(f.where().field()).isEqualTo(label);
                assertThat(f.other().row()).isEqualTo("P001");
                assertThat(f.expected()).isEqualTo(new BigDecimal("120"));
            });
            assertThat(new FormMoneyMatchesTables().check(projects(label, "120.00"))).isEmpty();
        }
    }

    @Test
    void theDepartmentFormsTotalsAreTheTables() {
        Document budget = withFields(budget(table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "total", "2255.84"))),
                field(DEPT, null, "财政拨款", "2255.84"), field(DEPT, null, "合计", "2,225.84"));
        assertThat(new FormMoneyMatchesTables().check(budget)).singleElement()
                .satisfies(f -> assertThat(f.where().field()).isEqualTo("合计"));
        Document fin = withFields(fin(table(TableType.FINAL_EXPENDITURE,
                        row("total", "合计", "total", "1548.12", "basic", "1315.89", "project", "232.23"))),
                field("evaluation.department", null, "基本支出总额", "1315.89"),
                field("evaluation.department", null, "项目支出总额", "233.23"));
        assertThat(new FormMoneyMatchesTables().check(fin)).singleElement().satisfies(f -> {
            assertThat(f.where().field()).isEqualTo("项目支出总额");
            assertThat(f.other().column()).isEqualTo("project");
        });
    }

    // ---- the same indicator with different values across forms

    private static Evaluation evaluation(TargetScope scope, String project, String actual) {
        return new Evaluation(scope, project, null, null, null, null, null, null, null, List.of(),
                List.of(new EvaluationIndicator("产出指标", "数量指标", "形成调研报告", "≥8份", actual, BigDecimal.ONE,
                        scope == TargetScope.DEPARTMENT ? 1 : null)));
    }

    @Test
    void anIndicatorReportedDifferentlyOnTwoSelfEvaluationsIsNoted() {
        Document d = withEvaluations(fin(), evaluation(TargetScope.DEPARTMENT, null, "8份"),
                evaluation(TargetScope.PROJECT, "调研经费", "9份"));
        assertThat(new SameIndicatorSameValue().check(d)).singleElement().satisfies(f -> {
            assertThat(f.where().project()).isEqualTo("调研经费");
            assertThat(f.where().indicator()).isEqualTo("形成调研报告");
            assertThat(f.where().column()).isEqualTo("actual");
        });
        Document same = withEvaluations(fin(), evaluation(TargetScope.DEPARTMENT, null, "8份"),
                evaluation(TargetScope.PROJECT, "调研经费", "8 份"));
        assertThat(new SameIndicatorSameValue().check(same)).isEmpty();
        Document copied = withEvaluations(fin(), evaluation(TargetScope.DEPARTMENT, null, "8份"),
                evaluation(TargetScope.PROJECT, "调研经费", "≥8份"));
        assertThat(new SameIndicatorSameValue().check(copied)).as("a copied target is another rule's").isEmpty();
    }

    @Test
    void aTargetValueDifferentOnTheDepartmentAndAProjectFormIsNoted() {
        Target dept = new Target(TargetScope.DEPARTMENT, null, null, TargetPeriod.ANNUAL, "年度目标1", null,
                List.of(new Indicator("产出指标", "数量指标", "培训次数", "≥12次", List.of(), null)));
        Target project = new Target(TargetScope.PROJECT, "培训经费", null, TargetPeriod.ANNUAL, "年度绩效目标1", null,
                List.of(new Indicator("产出指标", "数量指标", "培训 次数", "≥10次", List.of(), null)));
        assertThat(new SameIndicatorSameValue().check(withTargets(budget(), dept, project))).singleElement()
                .satisfies(f -> {
                    assertThat(f.where().project()).isEqualTo("培训经费");
                    assertThat(f.where().goal()).isEqualTo("年度绩效目标1");
                    assertThat(f.where().column()).isEqualTo("value");
                });
        Target longTerm = new Target(TargetScope.PROJECT, "培训经费", null, TargetPeriod.LONG_TERM, "长期绩效目标1", null,
                project.indicators());
        assertThat(new SameIndicatorSameValue().check(withTargets(budget(), dept, longTerm))).isEmpty();
    }

    // ---- the narrative's restatement of self-evaluation results

    @Test
    void anIndicatorsTargetRestatedInTheTextMustBeTheForms() {
        Document d = withEvaluations(fin(), new Evaluation(TargetScope.DEPARTMENT, null, null, null, null, null, null,
                null, null, List.of(), List.of(new EvaluationIndicator("产出指标", "质量指标", "实际金额占预算金额比率",
                "≤100%", "100%", new BigDecimal("2"), 1), new EvaluationIndicator("产出指标", "数量指标", "形成调研报告",
                "≥8份", "8份", new BigDecimal("3"), 1))));
        assertThat(new EvaluationResultsRestated().check(withText(d, "十三、预算绩效情况说明",
                "质量指标设置了3个三级指标：实际金额占预算金额比率<100%（2分）；数量指标：形成调研报告≥8份。")))
                .singleElement().satisfies(f -> {
                    assertThat(f.found()).isEqualTo("<100%");
                    assertThat(f.where().quote()).startsWith("质量指标设置了3个三级指标");
                    assertThat(f.other().indicator()).isEqualTo("实际金额占预算金额比率");
                });
        assertThat(new EvaluationResultsRestated().check(withText(d, "（二）绩效指标完成情况",
                "实际金额占预算金额比率为100%，形成调研报告 8 份。"))).isEmpty();
    }

    private static Document evaluated(String heading, String sentence) {
        Evaluation e = new Evaluation(TargetScope.PROJECT, "购买社会服务支出项目", null, new BigDecimal("58.73"),
                new BigDecimal("58.73"), BigDecimal.ONE, new BigDecimal("20"), new BigDecimal("98.5"), 20, List.of(),
                List.of());
        Evaluation dept = new Evaluation(TargetScope.DEPARTMENT, null, null, new BigDecimal("1548.12"),
                new BigDecimal("1548.12"), new BigDecimal("0.95"), new BigDecimal("19"), new BigDecimal("96"), 20,
                List.of(), List.of());
        return withText(withEvaluations(fin(), e, dept), heading, sentence);
    }

    @Test
    void aRestatedScoreRateOrAmountMustBeTheForms() {
        assertThat(new EvaluationResultsRestated().check(evaluated("（三）项目绩效自评结果",
                "购买社会服务支出项目自评得分为95分，全年预算数58.73万元，执行数58.73万元，执行率为100%。")))
                .singleElement().satisfies(f -> {
                    assertThat(f.found()).isEqualTo(new BigDecimal("95"));
                    assertThat(f.where().quote()).contains("自评得分为95分");
                    assertThat(f.other().project()).isEqualTo("购买社会服务支出项目");
                    assertThat(f.other().column()).isEqualTo("total_score");
                });
        assertThat(new EvaluationResultsRestated().check(evaluated("三、项目自评情况",
                "“购买社会服务支出”项目全年预算 60.00 万元，评分 98.5 分。")))
                .singleElement().satisfies(f -> assertThat(f.other().column()).isEqualTo("budget"));
        assertThat(new EvaluationResultsRestated().check(evaluated("②部门整体支出自评结果",
                "部门整体支出绩效自评得分96分，预算执行率为90%。")))
                .singleElement().satisfies(f -> assertThat(f.other().column()).isEqualTo("rate"));
        assertThat(new EvaluationResultsRestated().check(evaluated("（三）项目绩效自评结果",
                "购买社会服务支出项目自评得分为98.5分，全年预算数58.73万元，执行率为100.00%。"))).isEmpty();
        assertThat(new EvaluationResultsRestated().check(evaluated("②部门整体支出自评结果",
                "部门整体支出绩效自评得分96分，预算执行率为95%。"))).isEmpty();
    }
}
