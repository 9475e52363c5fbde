package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit's budget (单位预算) drawn as a PDF the way Shanghai prints it: the 财务收支预算总表's expenditure side as
 * 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出 in 元, and an empty 政府性基金 table with its note under it. The split
 * and the note are read, kept in extract@1, and the split is checked against the 支出预算总表.
 */
class UnitBudgetLayoutTest {
    private static final float[] SUMMARY = {30, 170, 250, 400, 480, 560, 640, 720, 800};
    private static final float[] EXPENDITURE = {40, 120, 300, 420, 540, 660};

    @TempDir
    Path dir;

    private Document read(String publicOf201) throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(true);
        pdf.centred(420, 50, 14, true, "2025年预算单位财务收支预算总表");
        pdf.text(30, 72, 9, false, "编制单位：上海市某某区某某委员会");
        pdf.text(740, 72, 9, false, "单位：元");
        pdf.table(SUMMARY, 80, 20, 8, new String[][] {
            {"本年收入", "<", "本年支出", "<", "<", "<", "<", "<"},
            {"项目", "预算数", "项目", "预算数", "<", "<", "<", "<"},
            {"^", "^", "^", "合计", "基本支出", "<", "项目支出", ""},
            {"^", "^", "^", "^", "人员经费", "公用经费", "^", ""},
            {"一、财政拨款收入", "1,000,000.00", "一、一般公共服务支出", "800,000.00", "400,000.00", publicOf201,
                "300,000.00", ""},
            {"1、一般公共预算资金", "1,000,000.00", "二、社会保障和就业支出", "200,000.00", "100,000.00", "",
                "100,000.00", ""},
            {"二、事业收入", "", "", "", "", "", "", ""},
            {"收入总计", "1,000,000.00", "支出总计", "1,000,000.00", "500,000.00", publicOf201, "400,000.00", ""}});

        pdf.page(true);
        pdf.centred(420, 50, 14, true, "2025年预算单位支出预算总表");
        pdf.text(30, 72, 9, false, "编制单位：上海市某某区某某委员会");
        pdf.text(740, 72, 9, false, "单位：元");
        pdf.table(EXPENDITURE, 80, 20, 8, new String[][] {
            {"功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"},
            {"201", "一般公共服务支出", "800,000.00", "500,000.00", "300,000.00"},
            {"208", "社会保障和就业支出", "200,000.00", "100,000.00", "100,000.00"},
            {"", "合计", "1,000,000.00", "600,000.00", "400,000.00"}});

        pdf.page(true);
        pdf.centred(420, 50, 14, true, "2025年预算单位政府性基金预算支出功能分类预算表");
        pdf.text(30, 72, 9, false, "编制单位：上海市某某区某某委员会");
        pdf.text(740, 72, 9, false, "单位：元");
        float bottom = pdf.table(EXPENDITURE, 80, 20, 8, new String[][] {
            {"功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"},
            {"", "合计", "", "", ""}});
        pdf.text(40, bottom + 16, 9, false, "注:本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。");
        return new DisclosureExtractor().extract(pdf.save(dir.resolve("unit-budget.pdf"))).document();
    }

    @Test
    void theSplitAndTheNoteAreReadAndWritten() throws Exception {
        Document doc = read("100,000.00");
        DisclosureTable summary = doc.table(TableType.BUDGET_SUMMARY).orElseThrow();
        assertThat(summary.columns()).containsExactly("amount", "personnel", "public", "project");
        Row cls = summary.row("expenditure.201").orElseThrow();
        assertThat(cls.amount("amount")).isEqualByComparingTo("80");
        assertThat(cls.amount("personnel")).isEqualByComparingTo("40");
        assertThat(cls.amount("public")).isEqualByComparingTo("10");
        assertThat(cls.amount("project")).isEqualByComparingTo("30");

        DisclosureTable fund = doc.table(TableType.BUDGET_GOV_FUND).orElseThrow();
        assertThat(fund.notes()).containsExactly("注:本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。");
        assertThat(fund.notedAsEmpty()).isTrue();

        String json = ExtractJson.write(List.of(doc));
        assertThat(json).contains("\"personnel\" : 40", "故本表为空表");
        assertThat(summaryFindings(doc)).isEmpty();
    }

    @Test
    void aSplitThatDisagreesWithTheExpenditureTableIsFound() throws Exception {
        List<Finding> found = summaryFindings(read("110,000.00"));
        assertThat(found).extracting(Finding::rule).contains("sum.columns", "cross.summary");
    }

    private static List<Finding> summaryFindings(Document doc) {
        return new Validator().validate(doc).stream()
                .filter(f -> f.where() != null && "budget.summary".equals(f.where().table())).toList();
    }
}
