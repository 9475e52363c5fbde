package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;

import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** Within-table identities: each rule broken by the smallest table, and satisfied by its corrected twin. */
class TableRulesTest {

    private static Document expenditure(String classTotal) {
        return budget(table(TableType.BUDGET_EXPENDITURE,
                row("total", "合计", "total", classTotal, "basic", "6", "project", "4"),
                row("221", "住房保障支出", "total", classTotal, "basic", "6", "project", "4"),
                row("22102", "住房改革支出", "total", "10", "basic", "6", "project", "4"),
                row("2210201", "住房公积金", "total", "10", "basic", "6", "project", "4")));
    }

    @Test
    void classEqualsSumOfSections() {
        List<Finding> broken = new ClassEqualsSumOfSections().check(expenditure("12"));
        assertThat(broken).singleElement().satisfies(f -> {
            assertThat(f.where().row()).isEqualTo("221");
            assertThat(f.where().column()).isEqualTo("total");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("221 住房保障支出").contains("12.00").contains("10.00");
        });
        assertThat(new ClassEqualsSumOfSections().check(expenditure("10"))).isEmpty();
    }

    @Test
    void aCentIsARoundingNote() {
        List<Finding> f = new ClassEqualsSumOfSections().check(expenditure("10.01"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FindingKind.ROUNDING);
            assertThat(x.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void totalEqualsSumOfClasses() {
        Document broken = budget(table(TableType.BUDGET_EXPENDITURE,
                row("total", "合计", "total", "30"), row("201", "一般公共服务支出", "total", "10"),
                row("221", "住房保障支出", "total", "15")));
        assertThat(new TotalEqualsSumOfClasses().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.where().row()).isEqualTo("total"));
        Document ok = budget(table(TableType.BUDGET_EXPENDITURE,
                row("total", "合计", "total", "25"), row("201", "一般公共服务支出", "total", "10"),
                row("221", "住房保障支出", "total", "15")));
        assertThat(new TotalEqualsSumOfClasses().check(ok)).isEmpty();
    }

    @Test
    void finalBasicTableTotalsAreTheirClasses() {
        Document broken = fin(table(TableType.FINAL_GPB_BASIC, row("301", "工资福利支出", "amount", "10"),
                row("303", "对个人和家庭的补助", "amount", "2"), row("302", "商品和服务支出", "amount", "3"),
                row("personnel_total", "人员经费合计", "amount", "13"), row("public_total", "公用经费合计", "amount", "3")));
        assertThat(new TotalEqualsSumOfClasses().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.where().row()).isEqualTo("personnel_total"));
        Document ok = fin(table(TableType.FINAL_GPB_BASIC, row("301", "工资福利支出", "amount", "10"),
                row("303", "对个人和家庭的补助", "amount", "2"), row("302", "商品和服务支出", "amount", "3"),
                row("personnel_total", "人员经费合计", "amount", "12"), row("public_total", "公用经费合计", "amount", "3")));
        assertThat(new TotalEqualsSumOfClasses().check(ok)).isEmpty();
    }

    @Test
    void columnsAddUp() {
        Document broken = budget(table(TableType.BUDGET_GPB_EXPENDITURE, row("total", "合计", "total", "10",
                "basic", "6", "personnel", "4", "public", "1", "project", "4")));
        assertThat(new ColumnsAddUp().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.where().column()).isEqualTo("basic"));
        Document ok = budget(table(TableType.BUDGET_GPB_EXPENDITURE, row("total", "合计", "total", "10",
                "basic", "6", "personnel", "5", "public", "1", "project", "4")));
        assertThat(new ColumnsAddUp().check(ok)).isEmpty();
    }

    @Test
    void threePublicColumnsAddUp() {
        Document broken = budget(table(TableType.BUDGET_THREE_PUBLIC, row("total", "合计", "total", "36",
                "overseas", "0", "vehicle", "35", "vehicle_purchase", "0", "vehicle_operation", "35", "reception", "2")));
        assertThat(new ColumnsAddUp().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.where().column()).isEqualTo("total"));
    }

    @Test
    void summaryTableBalances() {
        Document broken = budget(table(TableType.BUDGET_SUMMARY,
                row("income.gpb", "一般公共预算拨款收入", "amount", "100"), row("income.current", "本年收入合计", "amount", "100"),
                row("income.grand_total", "收入总计", "amount", "100"), row("expenditure.201", "一般公共服务支出", "amount", "90"),
                row("expenditure.current", "本年支出合计", "amount", "90"), row("expenditure.grand_total", "支出总计", "amount", "90")));
        assertThat(new SummaryTableBalances().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.where().row()).isEqualTo("expenditure.grand_total"));
        Document ok = budget(table(TableType.BUDGET_SUMMARY,
                row("income.gpb", "一般公共预算拨款收入", "amount", "100"), row("income.current", "本年收入合计", "amount", "100"),
                row("income.grand_total", "收入总计", "amount", "100"), row("expenditure.201", "一般公共服务支出", "amount", "100"),
                row("expenditure.current", "本年支出合计", "amount", "100"), row("expenditure.grand_total", "支出总计", "amount", "100")));
        assertThat(new SummaryTableBalances().check(ok)).isEmpty();
    }

    @Test
    void codesArePrintedOnceAndCoded() {
        Document broken = budget(table(TableType.BUDGET_EXPENDITURE, row("221", "住房保障支出", "total", "1"),
                row("221", "住房保障支出", "total", "1"), row("name:其他", "其他", "total", "1")));
        assertThat(new CodePrintedOnce().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.CODE_ERROR));
        assertThat(new CodedRowHasCode().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.where().row()).isEqualTo("name:其他"));
        Document ok = budget(table(TableType.BUDGET_EXPENDITURE, row("221", "住房保障支出", "total", "1")));
        assertThat(new CodePrintedOnce().check(ok)).isEmpty();
        assertThat(new CodedRowHasCode().check(ok)).isEmpty();
    }

    @Test
    void codesAreInTheCatalogueUnderTheirNames() {
        Document broken = budget(table(TableType.BUDGET_EXPENDITURE, row("2219999", "不存在的科目", "total", "1"),
                row("2210201", "提租补贴", "total", "1")));
        assertThat(new CodeInCatalogue().check(broken)).extracting(f -> f.where().row())
                .containsExactly("2219999", "2210201");
        Document ok = budget(table(TableType.BUDGET_EXPENDITURE, row("2210201", "住房公积金", "total", "1"),
                row("21011", "行政事业单位医疗", "total", "1")));
        assertThat(new CodeInCatalogue().check(ok)).isEmpty();
    }

    @Test
    void requiredTablesArePresent() {
        Document broken = fin(table(TableType.FINAL_SUMMARY, row("income.gpb", "x", "amount", "1")));
        assertThat(new RequiredTablesPresent().check(broken)).extracting(f -> f.where().table())
                .contains("final.income", "final.three_public");
    }

    @Test
    void aDocumentWithNoneOfItsTablesLacksEveryOne() {
        Document formsOnly = budget();
        assertThat(new RequiredTablesPresent().check(formsOnly)).extracting(f -> f.where().table())
                .contains("budget.summary", "budget.income", "budget.expenditure", "budget.projects")
                .hasSize(10);
    }
}
