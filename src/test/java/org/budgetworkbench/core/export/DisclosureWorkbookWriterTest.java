package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writes the truth documents of the corpus and reads the workbook back with POI. */
class DisclosureWorkbookWriterTest {
    static final String BUDGET = "000_2efbff76b0545c5f";
    static final String FINAL = "002_7253a26da12f1913";

    @TempDir
    Path dir;

    static Document truth(String id) throws IOException {
        return ExtractJson.read(Files.readString(Path.of("src/test/resources/corpus/" + id + ".truth.json"))).get(0);
    }

    static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    static String sheetName(Document doc, DisclosureTable t) {
        if (t.type().kind() == DocumentKind.FINAL) {
            return String.format("公开%02d表", TableType.of(DocumentKind.FINAL).indexOf(t.type()) + 1);
        }
        List<TableType> present = doc.tables().stream().map(DisclosureTable::type).sorted().toList();
        return "表" + (present.indexOf(t.type()) + 1) + " " + t.type().standardTitle();
    }

    @ParameterizedTest
    @ValueSource(strings = {BUDGET, FINAL})
    void everyTableHasItsSheetTitleAndCaptions(String id) throws IOException {
        Document doc = truth(id);
        Path out = dir.resolve("out.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        try (Workbook wb = open(out)) {
            for (DisclosureTable t : doc.tables()) {
                Sheet s = wb.getSheet(sheetName(doc, t));
                assertThat(s).as(t.type().id()).isNotNull();
                assertThat(text(s, 0, 0)).matches("表\\d+|公开0\\d表");
                assertThat(text(s, 1, 0)).endsWith(t.type().standardTitle());
                assertThat(text(s, 2, 0)).isEqualTo("部门/单位：" + doc.department());
                assertThat(rowTexts(s, 3)).contains("单位：万元");
                assertThat(s.getMergedRegions()).anyMatch(m -> m.getFirstRow() == 1 && m.getLastColumn() > 0);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {BUDGET, FINAL})
    void everyTruthValueIsANumberInItsRow(String id) throws IOException {
        Document doc = truth(id);
        Path out = dir.resolve("out.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        int checked = 0;
        try (Workbook wb = open(out)) {
            for (DisclosureTable t : doc.tables()) {
                Sheet s = wb.getSheet(sheetName(doc, t));
                for (Row row : t.rows()) {
                    List<BigDecimal> expected = row.values().values().stream()
                            .filter(v -> v != null && v.signum() != 0).toList();
                    if (expected.isEmpty()) {
                        continue;
                    }
                    org.apache.poi.ss.usermodel.Row sheetRow = findRow(s, t, row);
                    assertThat(sheetRow).as(t.type().id() + " " + row.key()).isNotNull();
                    List<BigDecimal> numbers = numbers(sheetRow);
                    for (BigDecimal v : expected) {
                        assertThat(numbers).as(t.type().id() + " " + row.key())
                                .anyMatch(n -> n.compareTo(v) == 0);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {BUDGET, FINAL})
    void codesAreTextAmountsAreFormattedNumbersAndNothingIsAFormula(String id) throws IOException {
        Document doc = truth(id);
        Path out = dir.resolve("out.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        int codes = 0;
        try (Workbook wb = open(out)) {
            for (Sheet s : wb) {
                for (org.apache.poi.ss.usermodel.Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().matches("\\d{3}|\\d{5}|\\d{7}")) {
                            codes++;
                        }
                    }
                }
            }
            for (DisclosureTable t : doc.tables()) {
                Sheet s = wb.getSheet(sheetName(doc, t));
                for (org.apache.poi.ss.usermodel.Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                        }
                    }
                }
            }
        }
        assertThat(codes).isGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {BUDGET, FINAL})
    void printsOnA4FittedToWidthWithRepeatedHeader(String id) throws IOException {
        Document doc = truth(id);
        Path out = dir.resolve("out.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        try (Workbook wb = open(out)) {
            for (DisclosureTable t : doc.tables()) {
                Sheet s = wb.getSheet(sheetName(doc, t));
                int width = lastColumn(s) + 1;
                assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                if (s.getFitToPage()) {
                    assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                    assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                    assertThat(s.getPrintSetup().getLandscape()).as(t.type().id()).isEqualTo(width > 6);
                } else {
                    // too wide for one page at 7 pt: split over landscape pages (WidePrintTest)
                    assertThat(s.getPrintSetup().getLandscape()).as(t.type().id()).isTrue();
                }
                CellRangeAddress repeating = s.getRepeatingRows();
                assertThat(repeating).as(t.type().id()).isNotNull();
                assertThat(repeating.getFirstRow()).isEqualTo(4);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void budgetHeadersAreMergedAsTheTemplatesHaveThem() throws IOException {
        Document doc = truth(BUDGET);
        Path out = dir.resolve("out.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        try (Workbook wb = open(out)) {
            Sheet gpb = wb.getSheet("表5 一般公共预算支出表");
            assertThat(rowTexts(gpb, 4)).containsExactly("科目编码", "科目名称", "合计", "基本支出", "", "", "项目支出");
            assertThat(rowTexts(gpb, 5)).containsExactly("", "", "", "小计", "人员经费", "公用经费", "");
            assertThat(merged(gpb)).contains("D5:F5", "A5:A6", "B5:B6", "C5:C6", "G5:G6");

            Sheet income = wb.getSheet("表2 收入总表");
            assertThat(rowTexts(income, 4)).contains("本年收入", "上年结转结余");
            assertThat(merged(income)).anyMatch(m -> m.startsWith("D5:"));

            Sheet three = wb.getSheet("表7 一般公共预算“三公”经费支出表");
            assertThat(rowTexts(three, 4)).contains("公务用车购置及运行费");
            assertThat(rowTexts(three, 5)).contains("小计", "公务用车购置费", "公务用车运行费");
            assertThat(merged(three)).contains("C5:E5");

            Sheet summary = wb.getSheet("表1 收支总表");
            assertThat(rowTexts(summary, 4)).containsExactly("收入", "", "支出", "");
            assertThat(rowTexts(summary, 5)).containsExactly("项目", "预算数", "项目", "预算数");
            assertThat(columnTexts(summary, 0)).contains("一、一般公共预算拨款收入", "本年收入合计", "收入总计");
            assertThat(columnTexts(summary, 2)).contains("一、一般公共服务支出", "本年支出合计", "支出总计");
            int incomeTotal = columnTexts(summary, 0).indexOf("收入总计");
            assertThat(columnTexts(summary, 2).get(incomeTotal)).isEqualTo("支出总计");

            Sheet fiscal = wb.getSheet("表4 财政拨款收支总表");
            assertThat(columnTexts(fiscal, 0)).contains("一、本年收入", "（一）一般公共预算拨款", "二、上年结转");

            Sheet empty = wb.getSheet("表8 政府性基金预算支出表");
            assertThat(text(empty, 6, 0)).isEqualTo("本部门2024年无政府性基金预算支出");
        }
    }

    @org.junit.jupiter.api.Test
    void finalHeadersHaveBlocksLineNumbersAndColumnNumbers() throws IOException {
        Document doc = truth(FINAL);
        Path out = dir.resolve("out.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        try (Workbook wb = open(out)) {
            Sheet s01 = wb.getSheet("公开01表");
            assertThat(rowTexts(s01, 5)).containsExactly("项目", "行次", "金额", "项目", "行次", "金额");
            assertThat(rowTexts(s01, 6).get(0)).isEqualTo("栏次");
            assertThat(columnTexts(s01, 0)).contains("一、一般公共预算财政拨款收入", "本年收入合计", "年初结转和结余", "总计");

            Sheet s06 = wb.getSheet("公开06表");
            assertThat(rowTexts(s06, 4)).containsExactly("人员经费", "", "", "公用经费", "", "", "", "", "");
            assertThat(merged(s06)).contains("A5:C5", "D5:I5");
            assertThat(columnTexts(s06, 0)).contains("301", "303", "人员经费合计");
            assertThat(columnTexts(s06, 3)).contains("302", "公用经费合计");
            assertThat(columnTexts(s06, 6)).contains("310");

            Sheet s09 = wb.getSheet("公开09表");
            assertThat(rowTexts(s09, 4)).contains("预算数", "决算数");
            assertThat(rowTexts(s09, 5)).contains("公务用车购置及运行维护费");
            assertThat(merged(s09)).contains("A5:F5", "G5:L5", "C6:E6", "I6:K6");

            Sheet s03 = wb.getSheet("公开03表");
            assertThat(rowTexts(s03, 5)).startsWith("功能分类科目编码", "科目名称");
            assertThat(rowTexts(s03, 6)).startsWith("类 款 项", "栏次", "1", "2");

            assertThat(wb.getSheet("部门整体绩效自评")).isNotNull();
            Sheet eval = wb.getSheet("部门整体绩效自评");
            assertThat(columnTexts(eval, 0)).contains("一级指标", "年度目标1：", "总分");
        }
    }

    @org.junit.jupiter.api.Test
    void targetsGetIndicatorTablesWithHistoryWhereTheyHaveIt() throws IOException {
        Document doc = truth(BUDGET);
        Path out = dir.resolve("out.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        try (Workbook wb = open(out)) {
            List<String> targetSheets = new ArrayList<>();
            wb.forEach(s -> {
                if (s.getSheetName().contains("绩效目标")) {
                    targetSheets.add(s.getSheetName());
                }
            });
            assertThat(targetSheets).hasSize(doc.targets().size());
            Sheet annual = wb.getSheet("部门整体绩效目标 年度目标1");
            assertThat(text(annual, 1, 0)).isEqualTo("部门整体支出绩效目标表");
            assertThat(text(annual, 4, 0)).isEqualTo("年度目标1：");
            assertThat(rowTexts(annual, 5)).containsExactly("一级指标", "二级指标", "三级指标", "指标值", "前年", "上年",
                    "指标值确定依据");
            Sheet longTerm = wb.getSheet("部门整体绩效目标 长期目标1");
            assertThat(rowTexts(longTerm, 5)).containsExactly("一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据");
            assertThat(rowTexts(longTerm, 6)).contains(doc.targets().get(0).indicators().get(0).level3());
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** The sheet row of a table row: by its code, its name (合计 for the total) or its summary label. */
    static org.apache.poi.ss.usermodel.Row findRow(Sheet s, DisclosureTable t, Row row) {
        boolean items = t.type().rowShape() == TableType.RowShape.ITEMS;
        boolean blockTotal = row.key().endsWith("_total");
        String code = items || blockTotal ? "" : CodedTableSheet.printedCode(row.key());
        String label = t.type().rowShape() == TableType.RowShape.ITEMS
                ? SummaryItemLabels.of(t.type(), row.key(), row.name()).text()
                : row.key().equals("personnel_total") ? "人员经费合计"
                : row.key().equals("public_total") ? "公用经费合计"
                : row.isTotal() ? "合计" : row.name();
        boolean keyOnly = t.type().rowShape() == TableType.RowShape.TOTAL_ONLY && row.isTotal();
        for (int r = 4; r <= s.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row sr = s.getRow(r);
            if (sr == null || numbers(sr).isEmpty()) {
                continue;  // header rows: their words are no row labels
            }
            if (keyOnly) {
                return sr;
            }
            for (Cell c : sr) {
                if (c.getCellType() != CellType.STRING) {
                    continue;
                }
                String v = SummaryItemLabels.withoutNumbering(c.getStringCellValue());
                boolean codeMatch = !code.isEmpty() && c.getStringCellValue().equals(code);
                if (codeMatch || (code.isEmpty() && v.equals(label))) {
                    return sr;
                }
            }
        }
        return null;
    }

    static List<BigDecimal> numbers(org.apache.poi.ss.usermodel.Row r) {
        List<BigDecimal> out = new ArrayList<>();
        for (Cell c : r) {
            if (c.getCellType() == CellType.NUMERIC) {
                out.add(BigDecimal.valueOf(c.getNumericCellValue()));
            }
        }
        return out;
    }

    static String text(Sheet s, int row, int col) {
        org.apache.poi.ss.usermodel.Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    static List<String> rowTexts(Sheet s, int row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c <= lastColumn(s); c++) {
            out.add(text(s, row, c));
        }
        return out;
    }

    static List<String> columnTexts(Sheet s, int col) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            out.add(text(s, r, col));
        }
        return out;
    }

    static int lastColumn(Sheet s) {
        int last = 0;
        for (org.apache.poi.ss.usermodel.Row r : s) {
            if (r.getRowNum() >= 4) {
                last = Math.max(last, r.getLastCellNum() - 1);
            }
        }
        return last;
    }

    static List<String> merged(Sheet s) {
        return s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
    }
}
