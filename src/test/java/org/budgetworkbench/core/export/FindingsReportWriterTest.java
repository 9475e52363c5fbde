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
}
