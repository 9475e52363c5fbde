package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A department's own little workbook, a corrected document pointing into it, and the copy written back. */
class WriteBackTest {
    private static final String SHEET = "表3 支出总表(本单位格式)";

    @TempDir
    Path dir;
    Path original;

    @BeforeEach
    void departmentWorkbook() throws IOException {
        original = dir.resolve("部门原表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(SHEET);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00_ ;[Red]-0.00"));
            s.createRow(0).createCell(0).setCellValue("支出总表");
            org.apache.poi.ss.usermodel.Row total = s.createRow(2);
            total.createCell(0).setCellValue("合计");
            numeric(total, 1, 2255.84, money);
            numeric(total, 2, 1754.24, money);
            org.apache.poi.ss.usermodel.Row cls = s.createRow(3);
            cls.createCell(0).setCellValue("221");
            numeric(cls, 1, 210.49, money);   // the defect: the parts add up to 210.50
            cls.createCell(2).setCellValue("210.49");  // a figure kept as text
            org.apache.poi.ss.usermodel.Row formula = s.createRow(4);
            formula.createCell(0).setCellValue("22102");
            formula.createCell(1).setCellFormula("B4");
            s.createRow(6).createCell(0).setCellValue("本单位的备注，导出时须保留");
            try (OutputStream out = Files.newOutputStream(original)) {
                wb.write(out);
            }
        }
    }

    private static void numeric(org.apache.poi.ss.usermodel.Row r, int c, double v, CellStyle style) {
        Cell cell = r.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    private static Row row(String key, Map<String, String> values, Map<String, CellRef> cells) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        values.forEach((k, x) -> v.put(k, x == null ? null : new BigDecimal(x)));
        return new Row(key, key, v, cells);
    }

    private Document corrected(String total221, String basic221) {
        Row total = row("total", Map.of("total", "2255.84", "basic", "1754.24"),
                Map.of("total", CellRef.sheetCell(SHEET, 2, 1), "basic", CellRef.sheetCell(SHEET, 2, 2)));
        Row cls = row("221", Map.of("total", total221, "basic", basic221),
                Map.of("total", CellRef.sheetCell(SHEET, 3, 1), "basic", CellRef.sheetCell(SHEET, 3, 2)));
        Row kuan = row("22102", Map.of("total", "999"), Map.of("total", CellRef.sheetCell(SHEET, 4, 1)));
        DisclosureTable t = new DisclosureTable(TableType.BUDGET_EXPENDITURE, "支出总表", new TableSource(null, SHEET),
                List.of(total, cls, kuan));
        return new Document("某部门", 2024, DocumentKind.BUDGET, null, List.of(t), null, null, null, null);
    }

    @Test
    void onlyChangedFiguresAreWrittenAndFormattingStays() throws IOException {
        Path out = dir.resolve("回写.xlsx");
        WriteBack.Result result = new WriteBack().write(original, corrected("210.50", "210.49"), out);

        assertThat(result.written()).containsExactly(CellRef.sheetCell(SHEET, 3, 1));
        assertThat(result.skipped()).singleElement().asString().contains("公式");
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Sheet s = wb.getSheet(SHEET);
            Cell fixed = s.getRow(3).getCell(1);
            assertThat(fixed.getNumericCellValue()).isEqualTo(210.50);
            assertThat(fixed.getCellStyle().getDataFormatString()).isEqualTo("0.00_ ;[Red]-0.00");
            assertThat(s.getRow(3).getCell(2).getCellType()).isEqualTo(CellType.STRING);  // unchanged, untouched
            assertThat(s.getRow(4).getCell(1).getCellFormula()).isEqualTo("B4");
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("本单位的备注，导出时须保留");
            assertThat(s.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2255.84);
        }
        try (Workbook wb = DisclosureWorkbookWriterTest.open(original)) {
            assertThat(wb.getSheet(SHEET).getRow(3).getCell(1).getNumericCellValue()).isEqualTo(210.49);
        }
    }

    @Test
    void aFigureHeldAsTextIsComparedByItsNumber() throws IOException {
        Path out = dir.resolve("回写.xlsx");
        WriteBack.Result result = new WriteBack().write(original, corrected("210.49", "210.40"), out);
        assertThat(result.written()).containsExactly(CellRef.sheetCell(SHEET, 3, 2));
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Cell c = wb.getSheet(SHEET).getRow(3).getCell(2);
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(c.getNumericCellValue()).isEqualTo(210.40);
        }
    }

    @Test
    void aMissingSheetIsReportedNotInvented() throws IOException {
        Row r = row("201", Map.of("total", "1"), Map.of("total", CellRef.sheetCell("不存在的表", 1, 1)));
        Document doc = new Document("某部门", 2024, DocumentKind.BUDGET, null, List.of(new DisclosureTable(
                TableType.BUDGET_EXPENDITURE, "支出总表", null, List.of(r))), null, null, null, null);
        WriteBack.Result result = new WriteBack().write(original, doc, dir.resolve("o.xlsx"));
        assertThat(result.written()).isEmpty();
        assertThat(result.skipped()).singleElement().asString().contains("不存在的表");
    }

    @Test
    void anXlsxIsNotWrittenUnderAnXlsName() {
        assertThatThrownBy(() -> new WriteBack().write(original, corrected("210.50", "210.49"), dir.resolve("o.xls")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("格式");
    }

    @Test
    void anIndicatorAddedInTheWorkbenchIsListedAsNotWritten() throws IOException {
        org.budgetworkbench.model.Indicator read = new org.budgetworkbench.model.Indicator("产出指标", "数量指标",
                "培训人数", "≥100人", List.of(), null, CellRef.sheetCell(SHEET, 6, 3));
        org.budgetworkbench.model.Indicator added = new org.budgetworkbench.model.Indicator("产出指标", "数量指标",
                "新指标", "≥1次", List.of(), null);
        org.budgetworkbench.model.Target target = new org.budgetworkbench.model.Target(
                org.budgetworkbench.model.TargetScope.DEPARTMENT, null, null, null, "目标1", "", List.of(read, added));
        Document doc = new Document("某部门", 2024, DocumentKind.BUDGET, null, List.of(), List.of(target), null, null,
                null);
        WriteBack.Result result = new WriteBack().write(original, doc, dir.resolve("o.xlsx"));
        assertThat(result.written()).containsExactly(CellRef.sheetCell(SHEET, 6, 3));
        assertThat(result.skipped()).singleElement().asString().contains("新指标").contains("未写入");
    }
}
