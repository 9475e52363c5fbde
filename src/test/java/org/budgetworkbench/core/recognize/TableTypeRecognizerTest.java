package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableTypeRecognizerTest {
    private final TableTypeRecognizer recognizer = new TableTypeRecognizer();

    @ParameterizedTest
    @CsvSource({
        "表3支出总表, BUDGET, budget.expenditure",
        "附表4-3支出总表, BUDGET, budget.expenditure",
        "公开表3部门支出总表, BUDGET, budget.expenditure",
        "2022 年支出预算总表, FINAL, budget.expenditure",
        "部门收支总表, BUDGET, budget.summary",
        "收支预算总表, BUDGET, budget.summary",
        "表4财政拨款收支总表, BUDGET, budget.fiscal_summary",
        "一般公共预算“三公”经费支出表, BUDGET, budget.three_public",
        "公开03表2024年度支出决算表, BUDGET, final.expenditure",
        "2024年度收入支出决算总表, BUDGET, final.summary",
        "2024年度财政拨款收入支出决算总表, BUDGET, final.fiscal_summary",
        "2024年度一般公共预算财政拨款支出决算表, BUDGET, final.gpb_expenditure",
        "一般公共预算财政拨款基本支出决算明细表, BUDGET, final.gpb_basic",
        "政府性基金预算财政拨款收入支出决算表, BUDGET, final.gov_fund",
        "财政拨款“三公”经费支出决算表, BUDGET, final.three_public",
        "收入总表, FINAL, final.income",
        "表4一般公共预算基本支出表, BUDGET, budget.gpb_basic",
        "项目支出表, FINAL, budget.projects",
        "政府采购预算表, BUDGET, budget.procurement",
    })
    void recognisesByContentWords(String title, DocumentKind documentKind, String expected) {
        assertThat(recognizer.recognise(title, documentKind)).isEqualTo(TableType.fromId(expected));
    }

    @ParameterizedTest
    @CsvSource({"项目支出绩效目标表", "2024年度部门(单位)整体绩效自评表", "目录", "表4"})
    void leavesOtherTitlesAlone(String title) {
        assertThat(recognizer.recognise(title, DocumentKind.BUDGET)).isNull();
    }
}
