package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withText;

import java.math.BigDecimal;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** 部门整体年初预算 against the 一般公共预算 year-start budget, when that is the department's only money. */
class WholeBudgetMatchesGpbBudgetTest {
    private static final String GPB_SECTION = "五、一般公共预算财政拨款支出决算情况说明";
    private static final String GPB_TEXT = "2024 年度一般公共预算财政拨款支出年初预算为 600.00 万元，支出决算为 580.00 万元，完成年初预算的 96.7%。";
    private static final String WHOLE_SECTION = "十三、预算绩效情况说明";

    private static Document onlyGpb(String otherIncome, String govFund, String carryover) {
        return fin(table(TableType.FINAL_SUMMARY,
                row("income.gpb", "一般公共预算财政拨款收入", "amount", "580.00"),
                row("income.gov_fund", "政府性基金预算财政拨款收入", "amount", govFund),
                row("income.state_capital", "国有资本经营预算财政拨款收入", "amount", null),
                row("income.other", "其他收入", "amount", otherIncome),
                row("income.current", "本年收入合计", "amount",
                        new BigDecimal("580.00").add(otherIncome == null ? BigDecimal.ZERO : new BigDecimal(otherIncome))
                                .add(govFund == null ? BigDecimal.ZERO : new BigDecimal(govFund)).toPlainString()),
                row("income.carryover", "年初结转和结余", "amount", carryover)));
    }

    private static Document text(Document d, String whole) {
        return withText(withText(d, GPB_SECTION, GPB_TEXT), WHOLE_SECTION,
                "2024年度部门整体年初预算金额" + whole + "万元，调整后预算金额580.00万元，实际执行金额580.00万元，预算执行率为100%。");
    }

    @Test
    void wholeBudgetAboveTheOnlyFundsBudgetIsFlagged() {
        Document broken = text(onlyGpb("0.07", null, null), "620.00");
        assertThat(new WholeBudgetMatchesGpbBudget().check(broken)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.TEXT_ARITHMETIC);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.found()).isEqualTo(new BigDecimal("620.00"));
            assertThat(f.expected()).isEqualTo(new BigDecimal("600.00"));
            assertThat(f.where().section()).isEqualTo(WHOLE_SECTION);
            assertThat(f.where().quote()).contains("部门整体年初预算金额620.00万元");
        });
    }

    @Test
    void aRepeatedStatementIsOneFinding() {
        Document d = withText(text(onlyGpb(null, null, null), "620.00"), "附件", "部门整体支出年初预算金额620.00万元，其中基本支出500.00万元。");
        assertThat(new WholeBudgetMatchesGpbBudget().check(d)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("另有 1 处"));
    }

    @Test
    void wholeBudgetBelowItsGpbPartIsFlagged() {
        assertThat(new WholeBudgetMatchesGpbBudget().check(text(onlyGpb(null, null, null), "1,500.00"))).hasSize(1);
        assertThat(new WholeBudgetMatchesGpbBudget().check(text(onlyGpb(null, null, null), "590.00"))).hasSize(1);
    }

    @Test
    void agreeingBudgetsAreSilent() {
        assertThat(new WholeBudgetMatchesGpbBudget().check(text(onlyGpb("0.07", null, null), "600.00"))).isEmpty();
        assertThat(new WholeBudgetMatchesGpbBudget().check(text(onlyGpb(null, null, null), "600"))).isEmpty();
    }

    @Test
    void nonFiscalIncomeMayAccountForTheDifference() {
        assertThat(new WholeBudgetMatchesGpbBudget().check(text(onlyGpb("25.00", null, null), "620.00"))).isEmpty();
    }

    @Test
    void otherFundsOrCarryoverMakeTheBudgetsDiffer() {
        assertThat(new WholeBudgetMatchesGpbBudget().check(text(onlyGpb(null, "30.00", null), "620.00"))).isEmpty();
        assertThat(new WholeBudgetMatchesGpbBudget().check(text(onlyGpb(null, null, "15.00"), "620.00"))).isEmpty();
    }

    @Test
    void withoutTheSummaryTableNothingIsAssumed() {
        Document d = withText(withText(fin(), GPB_SECTION, GPB_TEXT), WHOLE_SECTION, "部门整体年初预算金额620.00万元。");
        assertThat(new WholeBudgetMatchesGpbBudget().check(d)).isEmpty();
    }
}
