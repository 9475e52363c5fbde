package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;

import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** Identities across tables: the table to correct in where, the other in other. */
class CrossTableRulesTest {

    private static Document budgetPair(String summaryClass) {
        return budget(table(TableType.BUDGET_SUMMARY, row("expenditure.221", "住房保障支出", "amount", summaryClass),
                        row("expenditure.current", "本年支出合计", "amount", summaryClass)),
                table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "total", "10"),
                        row("221", "住房保障支出", "total", "10")));
    }

    @Test
    void summaryClassesMatchTheExpenditureTable() {
        assertThat(new SummaryMatchesDetailTables().check(budgetPair("12"))).hasSize(2).allSatisfy(f -> {
            assertThat(f.where().table()).isEqualTo("budget.summary");
            assertThat(f.other().table()).isEqualTo("budget.expenditure");
            assertThat(f.kind()).isEqualTo(FindingKind.CROSS_TABLE_MISMATCH);
        });
        assertThat(new SummaryMatchesDetailTables().check(budgetPair("10"))).isEmpty();
    }

    @Test
    void fiscalSummaryMatchesGpbTable() {
        Document broken = fin(table(TableType.FINAL_FISCAL_SUMMARY, row("income.gpb", "一般公共预算财政拨款", "total", "10"),
                        row("expenditure.201", "一般公共服务支出", "total", "10", "gpb", "10")),
                table(TableType.FINAL_GPB_EXPENDITURE, row("total", "合计", "total", "9"),
                        row("201", "一般公共服务支出", "total", "9")));
        assertThat(new FiscalSummaryMatchesFundTables().check(broken)).extracting(f -> f.where().row())
                .containsExactly("income.gpb", "expenditure.201");
        Document ok = fin(table(TableType.FINAL_FISCAL_SUMMARY, row("income.gpb", "一般公共预算财政拨款", "total", "9"),
                        row("expenditure.201", "一般公共服务支出", "total", "9", "gpb", "9")),
                table(TableType.FINAL_GPB_EXPENDITURE, row("total", "合计", "total", "9"),
                        row("201", "一般公共服务支出", "total", "9")));
        assertThat(new FiscalSummaryMatchesFundTables().check(ok)).isEmpty();
    }

    @Test
    void basicTableMatchesGpbExpenditure() {
        Document broken = fin(table(TableType.FINAL_GPB_EXPENDITURE, row("total", "合计", "total", "20", "basic", "15")),
                table(TableType.FINAL_GPB_BASIC, row("personnel_total", "人员经费合计", "amount", "10"),
                        row("public_total", "公用经费合计", "amount", "4")));
        assertThat(new BasicTableMatchesGpbExpenditure().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.where().column()).isEqualTo("basic"));
        Document ok = budget(table(TableType.BUDGET_GPB_EXPENDITURE, row("total", "合计", "basic", "14",
                        "personnel", "10", "public", "4")),
                table(TableType.BUDGET_GPB_BASIC, row("total", "合计", "total", "14", "personnel", "10", "public", "4")));
        assertThat(new BasicTableMatchesGpbExpenditure().check(ok)).isEmpty();
    }

    @Test
    void projectsTableMatchesExpenditure() {
        Document broken = budget(table(TableType.BUDGET_PROJECTS, row("total", "合计", "total", "5")),
                table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "project", "4")));
        assertThat(new ProjectsTableMatchesExpenditure().check(broken)).hasSize(1);
        Document ok = budget(table(TableType.BUDGET_PROJECTS, row("total", "合计", "total", "4")),
                table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "project", "4")));
        assertThat(new ProjectsTableMatchesExpenditure().check(ok)).isEmpty();
    }

    @Test
    void threePublicMatchesBasicTable() {
        // the basic table's 公务接待费 above the 三公 table's: nothing explains it
        Document broken = budget(table(TableType.BUDGET_THREE_PUBLIC, row("total", "合计", "reception", "1")),
                table(TableType.BUDGET_GPB_BASIC, row("30217", "公务接待费", "total", "2")));
        assertThat(new ThreePublicMatchesBasicTable().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.other().row()).isEqualTo("30217"));
        Document ok = budget(table(TableType.BUDGET_THREE_PUBLIC, row("total", "合计", "reception", "1")),
                table(TableType.BUDGET_GPB_BASIC, row("30217", "公务接待费", "total", "1")));
        assertThat(new ThreePublicMatchesBasicTable().check(ok)).isEmpty();
        // the 三公 table covers project spending the basic table does not: 28.50 against 18.50 basic is no fault
        Document withProjects = budget(table(TableType.BUDGET_THREE_PUBLIC,
                        row("total", "合计", "reception", "28.50", "overseas", "839")),
                table(TableType.BUDGET_GPB_BASIC, row("30217", "公务接待费", "total", "18.50")));
        assertThat(new ThreePublicMatchesBasicTable().check(withProjects)).isEmpty();
    }
}
