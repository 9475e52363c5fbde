package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsReportWriterTest {
    @TempDir
    Path dir;

    private static final Finding SUM = new Finding("sum.children", FindingKind.SUM_MISMATCH, Severity.ERROR,
            FindingPlace.cell("budget.expenditure", "221", "total"), new BigDecimal("210.49"), new BigDecimal("210.50"),
            "221 住房保障支出 合计 210.49 ≠ 其下各款之和 210.50");
    private static final Finding TEXT = new Finding("text.amount", FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING,
            FindingPlace.text("五、一般公共预算支出安排情况", "基本支出 1754.25 万元"), new BigDecimal("1754.25"),
            new BigDecimal("1754.24"), "=说明中的基本支出与表不一致");

    @Test
    void oneDocumentOneRowPerFinding() throws IOException {
        Path out = dir.resolve("findings.xlsx");
        new FindingsReportWriter().write(new FindingsReportWriter.Entry("某部门", 2024, DocumentKind.BUDGET,
                List.of(SUM, TEXT), Map.of(TEXT.fingerprint(), "已确认")), out);
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(java.util.stream.IntStream.range(0, 7).mapToObj(c -> DisclosureWorkbookWriterTest.text(s, 0, c)))
                    .containsExactly("严重程度", "表", "位置", "说明", "发现值", "应为值", "状态");
            assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(s.getLastRowNum()).isEqualTo(2);
            assertThat(DisclosureWorkbookWriterTest.text(s, 1, 0)).isEqualTo("错误");
            assertThat(DisclosureWorkbookWriterTest.text(s, 1, 1)).isEqualTo("支出总表");
            assertThat(DisclosureWorkbookWriterTest.text(s, 1, 2)).isEqualTo("行 221 · 列 合计");
            assertThat(s.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(210.49);
            assertThat(s.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(210.50);
            assertThat(DisclosureWorkbookWriterTest.text(s, 1, 6)).isEqualTo(FindingsReportWriter.OPEN);
            assertThat(DisclosureWorkbookWriterTest.text(s, 2, 1)).contains("五、一般公共预算支出安排情况");
            assertThat(DisclosureWorkbookWriterTest.text(s, 2, 6)).isEqualTo("已确认");
            assertThat(s.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(((XSSFSheet) s).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G3");
            assertThat(s.getColumnWidth(3)).isGreaterThan(s.getColumnWidth(0));
        }
    }

    @Test
    void aFormIsNamedAndAListOfItemsIsWrittenAsItsItems() throws IOException {
        Finding listed = new Finding("text.listed_items", FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING,
                new FindingPlace("evaluation.project", "预算执行情况", null, "某项目", null, null, null),
                List.of("30215 会议费", "30216 培训费"), List.of(), "说明所列科目在表中没有金额");
        Path out = dir.resolve("items.xlsx");
        new FindingsReportWriter().write(new FindingsReportWriter.Entry("某部门", 2024, DocumentKind.FINAL,
                List.of(listed)), out);
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(DisclosureWorkbookWriterTest.text(s, 1, 1)).isEqualTo("项目绩效自评表");
            assertThat(DisclosureWorkbookWriterTest.text(s, 1, 4)).isEqualTo("30215 会议费、30216 培训费");
            assertThat(DisclosureWorkbookWriterTest.text(s, 1, 5)).isEmpty();
        }
    }

    @Test
    void manyDocumentsSayWhoseEachFindingIs() throws IOException {
        Path out = dir.resolve("all.xlsx");
        new FindingsReportWriter().write(List.of(
                new FindingsReportWriter.Entry("甲部门", 2024, DocumentKind.BUDGET, List.of(SUM)),
                new FindingsReportWriter.Entry("乙部门", 2024, DocumentKind.FINAL, List.of(TEXT, SUM))), out);
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(DisclosureWorkbookWriterTest.text(s, 0, 0)).isEqualTo("部门/年度/类型");
            assertThat(DisclosureWorkbookWriterTest.columnTexts(s, 0))
                    .containsExactly("部门/年度/类型", "甲部门 2024年 预算", "乙部门 2024年 决算", "乙部门 2024年 决算");
            assertThat(((XSSFSheet) s).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H4");
        }
    }

    /** The line height a 10-point font needs at the least (1.2 × its size), in points. */
    private static final double LINE = 12.0;

    @Test
    void aLongMessageGetsARowTallEnoughForEveryWrappedLine() throws IOException {
        String longMessage = "说明中“一般公共预算财政拨款支出决算结构情况”所列基本支出与项目支出之和与支出决算表不一致，"
                .repeat(4) + "\n请核对后修改。";
        Finding wordy = new Finding("text.amount", FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING,
                FindingPlace.text("（二）一般公共预算财政拨款支出决算结构情况", "基本支出 1754.25 万元，项目支出 501.60 万元"),
                new BigDecimal("1754.25"), new BigDecimal("1754.24"), longMessage);
        Path out = dir.resolve("wrapped.xlsx");
        new FindingsReportWriter().write(List.of(new FindingsReportWriter.Entry("某区某某局", 2024, DocumentKind.FINAL,
                List.of(SUM, wordy))), out);
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Sheet s = wb.getSheetAt(0);
            for (int r = 1; r <= 2; r++) {
                double needed = 0;
                for (int c = 0; c <= 7; c++) {
                    String text = s.getRow(r).getCell(c).getCellType() == CellType.STRING
                            ? s.getRow(r).getCell(c).getStringCellValue() : "";
                    needed = Math.max(needed, linesAtLeast(text, s.getColumnWidth(c) / 256) * LINE);
                }
                assertThat((double) s.getRow(r).getHeightInPoints()).as("row %d", r).isGreaterThanOrEqualTo(needed);
            }
            // 4 × 48 characters of about two widths each in a column of 60, and a second paragraph: ≥ 8 lines
            assertThat((double) s.getRow(2).getHeightInPoints()).isGreaterThanOrEqualTo(8 * LINE);
            // a one-line finding keeps a one-line row
            assertThat(s.getRow(1).getHeightInPoints()).isLessThan(2 * (float) LINE);
            assertThat(s.getRow(2).getCell(4).getCellStyle().getWrapText()).isTrue();
        }
    }

    /** Lines a text needs at the least: a Chinese character is at least 1.6 widths of a column's character. */
    private static int linesAtLeast(String text, int widthChars) {
        int lines = 0;
        for (String p : text.split("\n", -1)) {
            double width = p.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1.6 : 0.5).sum();
            lines += Math.max(1, (int) Math.ceil(width / widthChars));
        }
        return lines;
    }

    @Test
    void everyPlaceIsNamedInChineseNeverByItsInternalId() throws IOException {
        List<Finding> findings = List.of(
                finding(new FindingPlace("evaluation.project", null, "level2", "某项目", "办公设备数量", null, null)),
                finding(FindingPlace.cell("budget.summary", "income.gpb", "amount")),
                finding(FindingPlace.cell("final.fiscal_summary", "expenditure.carryforward", "gpb")),
                finding(FindingPlace.cell("budget.income", "unit:101001", "carryover_gpb")),
                finding(FindingPlace.cell("final.gpb_basic", "personnel_total", "amount")),
                finding(FindingPlace.cell("final.three_public", "total", "final_vehicle_operation")),
                finding(new FindingPlace("performance.project", null, "value", null, "满意度", null, null, "某项目", null,
                        "long_term", null)));
        Path out = dir.resolve("places.xlsx");
        new FindingsReportWriter().write(new FindingsReportWriter.Entry("某部门", 2024, DocumentKind.BUDGET, findings),
                out);
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Sheet s = wb.getSheetAt(0);
            List<String> places = DisclosureWorkbookWriterTest.columnTexts(s, 2).subList(1, findings.size() + 1);
            assertThat(places).containsExactly(
                    "目标 某项目 · 指标 办公设备数量 · 列 二级指标",
                    "行 一般公共预算拨款收入 · 列 预算数",
                    "行 年末财政拨款结转和结余 · 列 一般公共预算",
                    "行 单位 101001 · 列 上年结转结余 一般公共预算",
                    "行 人员经费合计 · 列 决算数",
                    "行 合计 · 列 决算数 公务用车购置及运行维护费 公务用车运行费",
                    "项目 某项目 · 长期目标 · 指标 满意度 · 列 指标值");
            List<String> tables = DisclosureWorkbookWriterTest.columnTexts(s, 1).subList(1, findings.size() + 1);
            for (String t : java.util.stream.Stream.concat(places.stream(), tables.stream()).toList()) {
                // an id of extract@1: lower-case letters joined by _ . : (level2, income.gpb, unit:101001)
                assertThat(t).doesNotContainPattern("[a-z]+[0-9]*([._:][a-z0-9]+)?");
            }
        }
    }

    @Test
    void theReportPrintsOnLandscapeA4FittedToTheWidthAtAReadableSize() throws IOException {
        Path out = dir.resolve("print.xlsx");
        new FindingsReportWriter().write(List.of(new FindingsReportWriter.Entry("甲部门", 2024, DocumentKind.BUDGET,
                List.of(SUM, TEXT))), out);
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            int chars = java.util.stream.IntStream.range(0, 8).map(c -> s.getColumnWidth(c) / 256).sum();
            // landscape A4 less margins is about 990 px at 96 dpi, 141 character widths of 7 px at full size:
            // fitted, the 10-point text prints at 10 × 141 / chars points, 7 points or more up to 200 characters
            assertThat(10.0 * 141 / chars).isGreaterThanOrEqualTo(7.0);
        }
    }

    private static Finding finding(FindingPlace where) {
        return new Finding("some.rule", FindingKind.SUM_MISMATCH, Severity.WARNING, where, null, null, "某处不一致");
    }
}
