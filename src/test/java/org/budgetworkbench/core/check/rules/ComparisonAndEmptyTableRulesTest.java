package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withText;

import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** Years compared with, comparison words against figures, and empty tables with and without their note. */
class ComparisonAndEmptyTableRulesTest {
    private static final Document BUDGET = budget(table(TableType.BUDGET_SUMMARY, row("income.gpb", "x", "amount", "1")));
    private static final Document FIN = fin(table(TableType.FINAL_SUMMARY, row("income.gpb", "x", "amount", "1")));

    @Test
    void aComparisonWithAnotherYearThanThePriorIsAWarning() {
        // Docs' documents are of 2024: compare with 2023
        Document d = withText(BUDGET, "编制说明", "财政拨款收入100万元，比2022年预算增加5万元。",
                "“三公”经费预算1.00万元，与2024年预算持平。");
        assertThat(new ComparisonYearIsPriorYear().check(d)).extracting(Finding::found).containsExactly(2022, 2024);
        Document lines = withText(FIN, "（一）总体情况", "与2022年度相",
                "比，收入支出总计增加1062.85万元。");
        assertThat(new ComparisonYearIsPriorYear().check(lines)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aComparisonWithThePriorYearPasses() {
        Document d = withText(BUDGET, "编制说明", "财政拨款收入100万元，比2023年预算执行数增加5万元；",
                "与2023年度相比，支出增加5万元。截至2024年12月31日共有车辆0辆。");
        assertThat(new ComparisonYearIsPriorYear().check(d)).isEmpty();
    }

    @Test
    void aComparisonWordAgainstTheFiguresIsAWarning() {
        Document d = withText(FIN, "（三）具体情况",
                "3、年初预算为452.40万元，支出决算为446.11万元，完成年初预算的98.61%。决算数大于预算数的主要原因：基数变更。",
                "5、年初预算为0.88万元，支出决算为0.86",
                "万元。完成年初预算的97.73%。决算数同预算数持平。");
        assertThat(new ComparisonWordMatchesFigures().check(d)).extracting(Finding::expected)
                .containsExactly("小于", "小于");
    }

    @Test
    void comparisonWordsThatFitTheFiguresPass() {
        Document d = withText(FIN, "（三）具体情况",
                "1、年初预算为54.53万元，支出决算为54.53万元，完成年初预算的100.00%。决算数同预算数持平。",
                "2、年初预算为1,115.48万元，支出决算为1,092.80万元，完成年初预算的97.97%。决算数小于预算数的主要原因：节约。",
                "3、年初预算为10万元，支出决算为12万元。决算数大于预算数的主要原因：追加。");
        assertThat(new ComparisonWordMatchesFigures().check(d)).isEmpty();
    }

    @Test
    void anEmptyTableWithoutItsNoteIsAWarning() {
        Document d = withText(fin(table(TableType.FINAL_SUMMARY, row("income.gpb", "x", "amount", "1")),
                table(TableType.FINAL_GOV_FUND, row("total", "合计", "total", null))), "一、收入支出决算总体情况说明",
                "本年收入合计1万元。");
        assertThat(new EmptyTableHasNote().check(d)).singleElement()
                .satisfies(f -> assertThat(f.where().table()).isEqualTo("final.gov_fund"));
    }

    @Test
    void anEmptyTableWithItsNoteInEitherWordingPasses() {
        Document tables = budget(table(TableType.BUDGET_SUMMARY, row("income.gpb", "x", "amount", "1")),
                table(TableType.BUDGET_GOV_FUND, row("total", "合计", "total", "0")),
                table(TableType.BUDGET_STATE_CAPITAL, row("total", "合计", "total", null)));
        Document d = withText(tables, "注", "本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。",
                "说明：本单位本年度没有国有资本经营预算财政拨款收入支出，故本表无数据。");
        assertThat(new EmptyTableHasNote().check(d)).isEmpty();
        Document stated = withText(tables, "编制说明", "政府性基金拨款支出预算0万元；国有资本经营预算拨款支出预算0万元。");
        assertThat(new EmptyTableHasNote().check(stated)).isEmpty();
    }

    @Test
    void departmentWordingInAUnitDocumentIsANote() {
        Document unit = withText(BUDGET.withScope(org.budgetworkbench.model.DocumentScope.UNIT), "其他相关情况说明",
                "2025年本部门政府采购预算34万元。", "本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。");
        assertThat(new ScopeWording().check(unit)).hasSize(2);
        Document department = withText(BUDGET, "注", "本单位2025年无政府性基金预算，故本表为空表。");
        assertThat(new ScopeWording().check(department)).singleElement()
                .satisfies(f -> assertThat(f.found()).isEqualTo("本单位"));
    }

    @Test
    void wordingInTheDocumentsOwnScopePasses() {
        Document unit = withText(BUDGET.withScope(org.budgetworkbench.model.DocumentScope.UNIT), "其他相关情况说明",
                "预算主管部门：上海市普陀区商务委员会", "2025年本单位政府采购预算34万元。");
        assertThat(new ScopeWording().check(unit)).isEmpty();
        Document department = withText(BUDGET, "机构设置", "本部门中，行政单位1家，具体包括：1.本部。",
                "2025年部门预算编制说明");
        assertThat(new ScopeWording().check(department)).isEmpty();
    }
}
