package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.withText;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.read.pdf.CjkPdf;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableHead;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words of a table's head (表头) as a reviewer reads them: a fund table's header copied from another fund's
 * table, and a part title or heading naming another body than the document's. Each rule broken and satisfied on
 * documents built in code, and read from a workbook and a PDF of our own so the head is known to reach the rules.
 */
class TableHeadRulesTest {
    @TempDir
    Path dir;

    private static DisclosureTable headed(TableType type, String title, List<String> captions, List<String> labels) {
        return new DisclosureTable(type, title, TableSource.UNKNOWN,
                List.of(row("total", "合计", "total", "10", "basic", "0", "project", "10")), null, List.of(),
                new TableHead(captions, labels));
    }

    private static Document named(String department, Document d) {
        return new Document(department, d.year(), d.kind(), d.scope(), d.unit(), d.tables(), d.targets(),
                d.evaluations(), d.narrative(), d.formFields());
    }

    // ---------------------------------------------------------------- table.fund_header

    @Test
    void aStateCapitalTableWhoseHeaderNamesTheGovernmentFundIsAWarningAtItsHeader() {
        Document broken = budget(headed(TableType.BUDGET_STATE_CAPITAL, "国有资本经营预算支出表", List.of(),
                List.of("功能分类科目编码", "功能分类科目名称", "本年政府性基金预算支出", "合计", "基本支出", "项目支出")));
        assertThat(new FundTableHeaderNamesOwnFund().check(broken)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.where().table()).isEqualTo("budget.state_capital");
            assertThat(f.where().row()).isEqualTo("header");
            assertThat(f.where().column()).isEqualTo("total");
            assertThat(f.found()).isEqualTo("本年政府性基金预算支出");
            assertThat(f.expected()).isEqualTo("本年国有资本经营预算支出");
        });
        Document right = budget(headed(TableType.BUDGET_STATE_CAPITAL, "国有资本经营预算支出表", List.of(),
                List.of("功能分类科目编码", "功能分类科目名称", "本年国有资本经营预算支出", "合计", "基本支出", "项目支出")));
        assertThat(new FundTableHeaderNamesOwnFund().check(right)).isEmpty();
    }

    @Test
    void theOlderNameOfTheGeneralBudgetAndAFinalTableAreReadToo() {
        Document broken = fin(headed(TableType.FINAL_GOV_FUND, "政府性基金预算财政拨款收入支出决算表", List.of(),
                List.of("项目", "年初结转和结余", "本年收入", "本年公共财政预算财政拨款支出", "合计", "基本支出")));
        assertThat(new FundTableHeaderNamesOwnFund().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("本年政府性基金预算财政拨款支出"));
        Document right = fin(headed(TableType.FINAL_GPB_EXPENDITURE, "一般公共预算财政拨款支出决算表", List.of(),
                List.of("项目", "本年公共财政预算财政拨款支出", "合计", "基本支出", "项目支出")));
        assertThat(new FundTableHeaderNamesOwnFund().check(right)).isEmpty();
    }

    @Test
    void aCombinedTableOrALabelNamingItsOwnFundBesideAnotherIsLeftAlone() {
        Document combined = budget(headed(TableType.BUDGET_GOV_FUND, "政府性基金及国有资本经营预算支出表", List.of(),
                List.of("科目名称", "政府性基金预算支出", "国有资本经营预算支出")));
        Document both = budget(headed(TableType.BUDGET_STATE_CAPITAL, "国有资本经营预算支出表", List.of(),
                List.of("科目名称", "本年国有资本经营预算支出（不含政府性基金调入）", "合计")));
        Document multiFund = budget(headed(TableType.BUDGET_FISCAL_SUMMARY, "财政拨款收支总表", List.of(),
                List.of("项目", "一般公共预算", "政府性基金预算", "国有资本经营预算")));
        assertThat(new FundTableHeaderNamesOwnFund().check(combined)).isEmpty();
        assertThat(new FundTableHeaderNamesOwnFund().check(both)).isEmpty();
        assertThat(new FundTableHeaderNamesOwnFund().check(multiFund)).isEmpty();
    }

    @Test
    void aCopiedHeaderIsFoundInAWorkbook() throws Exception {
        Path file = dir.resolve("fund.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fundSheet(wb.createSheet("表8"), "政府性基金预算支出表", "本年政府性基金预算支出");
            fundSheet(wb.createSheet("表9"), "国有资本经营预算支出表", "本年政府性基金预算支出");
            wb.write(out);
        }
        Document doc = new DisclosureExtractor().extract(file).document();
        assertThat(new FundTableHeaderNamesOwnFund().check(doc)).singleElement()
                .satisfies(f -> assertThat(f.where().table()).isEqualTo("budget.state_capital"));
    }

    private static void fundSheet(Sheet s, String title, String group) {
        String[][] rows = {
            {title, "", "", "", ""},
            {"", "", "", "", "单位：万元"},
            {"科目编码", "科目名称", group, "", ""},
            {"", "", "合计", "基本支出", "项目支出"},
            {"", "合计", "10.00", "", "10.00"},
            {"229", "其他支出", "10.00", "", "10.00"}};
        for (int r = 0; r < rows.length; r++) {
            var row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    if (rows[r][c].matches("[0-9.]+") && r >= 4 && c >= 2) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
        }
        s.addMergedRegion(new CellRangeAddress(2, 2, 2, 4));
        s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
    }

    // ---------------------------------------------------------------- text.title_department

    @Test
    void aPartTitleOverATableNamingTheMunicipalBureauIsAWarning() {
        Document broken = named("上海市普陀区规划和自然资源局", fin(headed(TableType.FINAL_SUMMARY, "收入支出决算总表",
                List.of("第二部分 上海市规划和自然资源局 2024 年度部门决算表"), List.of("项目", "决算数"))));
        assertThat(new TitleNamesOwnDepartment().check(broken)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.found()).isEqualTo("上海市规划和自然资源局");
            assertThat(f.where().quote()).contains("上海市规划和自然资源局 2024 年度部门决算表");
        });
        Document right = named("上海市普陀区规划和自然资源局", fin(headed(TableType.FINAL_SUMMARY, "收入支出决算总表",
                List.of("第二部分 上海市普陀区规划和自然资源局 2024 年度部门决算表"), List.of("项目", "决算数"))));
        assertThat(new TitleNamesOwnDepartment().check(right)).isEmpty();
    }

    @Test
    void aHeadingOfTheNarrativeLeftFromAnotherDepartmentsDocumentIsAWarning() {
        Document broken = named("武汉市洪山区财政局",
                withText(budget(), "第三部分 武汉市洪山区审计局2024年部门预算情况说明", "本部门2024年收支总预算10.00万元。"));
        assertThat(new TitleNamesOwnDepartment().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.found()).isEqualTo("武汉市洪山区审计局"));
        Document right = named("武汉市洪山区财政局",
                withText(budget(), "第三部分 武汉市洪山区财政局2024年部门预算情况说明", "本部门2024年收支总预算10.00万元。"));
        assertThat(new TitleNamesOwnDepartment().check(right)).isEmpty();
    }

    @Test
    void shorteningsThatKeepTheEndOfTheNameAndTheOwnOfficeAreTheSameBody() {
        for (String title : List.of("第二部分 普陀区规划和自然资源局2024年度部门决算表", "第二部分 规划和自然资源局2024年度部门决算表",
                "上海市普陀区规划和自然资源局（本级）2024年度单位决算表", "2024年度上海市普陀区规划和自然资源局部门决算")) {
            Document d = named("上海市普陀区规划和自然资源局", fin(headed(TableType.FINAL_SUMMARY, "收入支出决算总表",
                    List.of(title), List.of("项目", "决算数"))));
            assertThat(new TitleNamesOwnDepartment().check(d)).as(title).isEmpty();
        }
        // body text may name the superior bureau: not a title
        Document body = named("上海市普陀区规划和自然资源局", withText(fin(), "一、主要职能",
                "贯彻执行上海市规划和自然资源局2024年度部门决算工作的部署。"));
        assertThat(new TitleNamesOwnDepartment().check(body)).isEmpty();
    }

    @Test
    void aPartTitleAndACopiedFundHeaderInAPdfReachTheRules() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        pdf.centred(300, 60, 16, true, "上海市某区某某局2024年度部门决算");
        pdf.page(false);
        pdf.centred(300, 60, 16, true, "第二部分 上海市某某局2024年度部门决算表");
        pdf.centred(300, 90, 14, true, "收入支出决算总表");
        pdf.text(480, 112, 9, false, "单位：万元");
        pdf.table(new float[] {60, 220, 300, 460, 540}, 120, 20, 9, new String[][] {
            {"收入", "<", "支出", "<"},
            {"项目", "决算数", "项目", "决算数"},
            {"一、一般公共预算财政拨款收入", "120.00", "一、一般公共服务支出", "120.00"},
            {"本年收入合计", "120.00", "本年支出合计", "120.00"},
            {"总计", "120.00", "总计", "120.00"}});
        pdf.page(false);
        pdf.centred(300, 60, 14, true, "国有资本经营预算财政拨款支出决算表");
        pdf.text(380, 82, 9, false, "单位：万元");
        pdf.table(new float[] {40, 110, 230, 300, 370, 440}, 90, 20, 8, new String[][] {
            {"项目", "<", "本年政府性基金预算财政拨款支出", "<", "<"},
            {"功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"},
            {"223", "国有资本经营预算支出", "10.00", "", "10.00"},
            {"合计", "", "10.00", "", "10.00"}});
        Document doc = new DisclosureExtractor().extract(pdf.save(dir.resolve("final.pdf"))).document();

        assertThat(doc.department()).isEqualTo("上海市某区某某局");
        assertThat(new TitleNamesOwnDepartment().check(doc)).singleElement()
                .satisfies(f -> assertThat(f.found()).isEqualTo("上海市某某局"));
        assertThat(new FundTableHeaderNamesOwnFund().check(doc)).singleElement()
                .satisfies(f -> assertThat(f.where().table()).isEqualTo("final.state_capital"));
    }
}
