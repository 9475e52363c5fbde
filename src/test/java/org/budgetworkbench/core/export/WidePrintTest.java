package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every exported table prints readable on A4 (≥ 7 pt): a wide one (收入决算表, 收入总表 with many fund columns) is
 * split over landscape pages with its 编码/名称 repeated, as the published templates print it.
 */
class WidePrintTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {DisclosureWorkbookWriterTest.BUDGET, DisclosureWorkbookWriterTest.FINAL})
    void everySheetPrintsAtSevenPointsOrMoreOnA4(String id) throws IOException {
        Document doc = DisclosureWorkbookWriterTest.truth(id);
        Path out = dir.resolve("out.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        boolean anySplit = false;
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            for (DisclosureTable t : doc.tables()) {
                Sheet sheet = wb.getSheet(DisclosureWorkbookWriterTest.sheetName(doc, t));
                int width = sheet.getRow(SheetFrame.BODY_ROW).getLastCellNum();
                List<Double> pages = pageWidths(sheet, width);
                double scale = sheet.getFitToPage() ? Math.min(1, printable(sheet) / (pages.stream()
                        .mapToDouble(Double::doubleValue).sum() * SheetFrame.POINTS_PER_CHAR))
                        : sheet.getPrintSetup().getScale() / 100.0;
                assertThat(SheetFrame.BODY_POINTS * scale).as("%s printed font", t.type().standardTitle())
                        .isGreaterThanOrEqualTo(SheetFrame.MIN_PRINTED_POINTS);
                if (!sheet.getFitToPage()) {
                    anySplit = true;
                    assertThat(sheet.getRepeatingColumns()).as("编码/名称 on every page").isNotNull();
                    for (double p : pages) {
                        assertThat(p * SheetFrame.POINTS_PER_CHAR * scale).isLessThanOrEqualTo(printable(sheet) + 1);
                    }
                }
            }
        }
        if (id.equals(DisclosureWorkbookWriterTest.BUDGET)) {
            assertThat(anySplit).as("the budget's 收入总表 is too wide for one page").isTrue();
        }
    }

    @Test
    void aNarrowTableStaysFittedToOnePage() throws IOException {
        Document doc = DisclosureWorkbookWriterTest.truth(DisclosureWorkbookWriterTest.BUDGET);
        Path out = dir.resolve("out.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Sheet three = wb.getSheet(DisclosureWorkbookWriterTest.sheetName(doc,
                    doc.table(org.budgetworkbench.model.TableType.BUDGET_THREE_PUBLIC).orElseThrow()));
            assertThat(three.getFitToPage()).isTrue();
            assertThat(three.getColumnBreaks()).isEmpty();
        }
    }

    private static double printable(Sheet sheet) {
        return sheet.getPrintSetup().getLandscape() ? SheetFrame.A4_LANDSCAPE_PRINTABLE : 595 - 2 * 0.7 * 72;
    }

    /** The width in characters of each printed page: the repeated label columns plus the page's own. */
    private static List<Double> pageWidths(Sheet sheet, int width) {
        int labels = sheet.getRepeatingColumns() == null ? 0 : sheet.getRepeatingColumns().getLastColumn() + 1;
        double labelChars = 0;
        for (int c = 0; c < labels; c++) {
            labelChars += sheet.getColumnWidth(c) / 256.0;
        }
        List<Double> out = new ArrayList<>();
        double page = labelChars;
        for (int c = labels; c < width; c++) {
            page += sheet.getColumnWidth(c) / 256.0;
            if (sheet.isColumnBroken(c)) {
                out.add(page);
                page = labelChars;
            }
        }
        out.add(page);
        return out;
    }
}
