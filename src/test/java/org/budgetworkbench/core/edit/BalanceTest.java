package org.budgetworkbench.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class BalanceTest {

    @Test
    void consistentTablesBalanceIncludingTheirRoundingNotes() {
        // both truths hold only 0.01 rounding notes within their tables
        assertThat(Balance.check(TestDocuments.truth(TestDocuments.BUDGET_TRUTH))).isEmpty();
        assertThat(Balance.check(TestDocuments.truth(TestDocuments.FINAL_TRUTH))).isEmpty();
        assertThat(Balance.check(TestDocuments.smallBudget())).isEmpty();
    }

    @Test
    void editingOneItemFlagsEveryTotalAboveItWithTheFigureItShouldTake() {
        Document doc = TestDocuments.truth(TestDocuments.BUDGET_TRUTH);
        Place.Cell item = new Place.Cell(TableType.BUDGET_EXPENDITURE, "2010301", "basic");
        Document after = DocumentEditor.apply(doc, DocumentEditor.edit(doc, item, "1041.55"));

        List<Balance.Imbalance> found = Balance.check(after);
        assertThat(found).extracting(i -> i.place().id()).containsExactly(
                "budget.expenditure/total/basic", "budget.expenditure/201/basic", "budget.expenditure/20103/basic",
                "budget.expenditure/2010301/total");
        Balance.Imbalance section = found.get(2);
        assertThat(section.found()).isEqualByComparingTo("1220.64");
        assertThat(section.expected()).isEqualByComparingTo("1221.64");
        assertThat(section.message()).contains("20103").contains("基本支出").contains("其下各项之和 1221.64");
        assertThat(found.get(0).expected()).isEqualByComparingTo("1755.24");
        assertThat(found.get(3).expected()).isEqualByComparingTo("1041.55"); // 合计 = 基本支出 + 项目支出
    }

    @Test
    void carryingTheChangeUpBalancesTheTableAgain() {
        EditSession s = new EditSession(TestDocuments.smallBudget());
        s.set(new Place.Cell(TableType.BUDGET_EXPENDITURE, "2010302", "project"), "60.00");
        assertThat(Balance.check(s.current())).hasSize(4);
        // setting a 项's 合计 to 基本+项目 makes its 合计 column out of balance in turn: a second round settles it
        for (int round = 0; round < 2; round++) {
            for (Balance.Imbalance i : Balance.check(s.current())) {
                s.set(i.place(), i.expected().toPlainString());
            }
        }
        assertThat(Balance.check(s.current())).isEmpty();
        assertThat(s.current().table(TableType.BUDGET_EXPENDITURE).orElseThrow().row("total").orElseThrow()
                .amount("total")).isEqualByComparingTo("310.00");
    }

    @Test
    void aDifferenceOfOneCentIsRoundingButTwoCentsIsNot() {
        var t = TestDocuments.table(TableType.BUDGET_GPB_BASIC,
                TestDocuments.row("total", "合计", "total", "10.02", "personnel", "6.00", "public", "4.00"),
                TestDocuments.row("301", "工资福利支出", "total", "6.01", "personnel", "6.00", "public", null),
                TestDocuments.row("30101", "基本工资", "total", "6.00", "personnel", "6.00", "public", null),
                TestDocuments.row("302", "商品和服务支出", "total", "4.00", "personnel", null, "public", "4.00"));
        assertThat(Balance.check(t)).extracting(i -> i.place().id())
                .containsExactly("budget.gpb_basic/total/total");
    }

    @Test
    void threePublicColumnsAddUp() {
        var t = TestDocuments.table(TableType.BUDGET_THREE_PUBLIC, TestDocuments.row("total", "合计",
                "total", "36.00", "overseas", "0", "vehicle", "35.00", "vehicle_purchase", "0",
                "vehicle_operation", "30.00", "reception", "1.00"));
        List<Balance.Imbalance> found = Balance.check(t);
        assertThat(found).extracting(i -> i.place().column()).containsExactly("vehicle");
        assertThat(found.get(0).expected()).isEqualByComparingTo("30.00");
    }
}
