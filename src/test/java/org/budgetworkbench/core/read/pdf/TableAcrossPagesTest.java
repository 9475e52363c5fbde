package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.budgetworkbench.core.read.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form whose last row falls on the next page, where another form with other column borders follows in
 * the same ruled block: the next page's table has more column edges than the first page's, yet the
 * carried-over row must land under the first page's header, and the other form keeps its own columns.
 */
class TableAcrossPagesTest {
    private static final float ROW = 20;
    private static final float TOP = 760;
    /** The first form's borders. */
    private static final float[] FORM_A = {60, 160, 300, 460};
    /** The second form's borders: one more inside the first form's last column. */
    private static final float[] FORM_B = {60, 130, 300, 380, 460};

    @TempDir
    Path dir;

    @Test
    void aRowCarriedOverKeepsTheColumnsOfItsHeaderWhenTheNextPageIsRuledDifferently() throws Exception {
        Path pdf = dir.resolve("forms.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p1 = new PDPage(PDRectangle.A4);
            doc.addPage(p1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p1)) {
                rows(cs, FORM_A, TOP, new String[][] {{"Level", "Indicator", "Value"}, {"Output", "Count", "100%"}});
            }
            PDPage p2 = new PDPage(PDRectangle.A4);
            doc.addPage(p2);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p2)) {
                rows(cs, FORM_A, TOP, new String[][] {{"Outcome", "Satisfaction", "90%"}});
                rows(cs, FORM_B, TOP - ROW, new String[][] {{"Name", "Indicator", "2022", "2023"},
                        {"Form 2", "Timeliness", "95%", "96%"}});
            }
            doc.save(pdf.toFile());
        }
        Grid g = new PdfReader().read(pdf).grids().get(0);
        int header = 0;
        assertThat(g.rowTexts(header)).containsExactly("Level", "Indicator", "Value");
        int level = 0, indicator = column(g, header, "Indicator"), value = column(g, header, "Value");
        // the row on page 2 sits under page 1's header columns
        assertThat(g.text(2, level)).isEqualTo("Outcome");
        assertThat(g.text(2, indicator)).isEqualTo("Satisfaction");
        assertThat(g.text(2, value)).isEqualTo("90%");
        assertThat(g.page(2)).isEqualTo(2);
        // the Value cell spans the columns the second form's extra border adds: one merged cell, as in a sheet
        assertThat(g.mergeAt(2, value + 1)).isEqualTo(new Grid.Region(2, 2, value, value + 1));
        // the second form keeps its own, distinct columns
        assertThat(g.rowTexts(4)).containsExactly("Form 2", "Timeliness", "95%", "96%");
        assertThat(column(g, 3, "2022")).isNotEqualTo(column(g, 3, "2023"));
    }

    private static int column(Grid g, int row, String text) {
        for (int c = 0; c < g.columnCount(); c++) {
            if (g.text(row, c).equals(text)) {
                return c;
            }
        }
        throw new AssertionError(text + " not in row " + row + ": " + g.rowTexts(row));
    }

    private static void rows(PDPageContentStream cs, float[] xs, float top, String[][] cells) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float bottom = top - cells.length * ROW;
        cs.setLineWidth(0.5f);
        for (float x : xs) {
            cs.moveTo(x, top);
            cs.lineTo(x, bottom);
        }
        for (int r = 0; r <= cells.length; r++) {
            cs.moveTo(xs[0], top - r * ROW);
            cs.lineTo(xs[xs.length - 1], top - r * ROW);
        }
        cs.stroke();
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                cs.beginText();
                cs.setFont(font, 8);
                cs.newLineAtOffset(xs[c] + 3, top - r * ROW - 13);
                cs.showText(cells[r][c]);
                cs.endText();
            }
        }
    }
}
