package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * A ruled table drawn with PDFBox: a header cell spanning two columns, header cells spanning two rows,
 * a name wrapping over two lines, and the table going on over a second page with its header repeated.
 */
class RuledTableTest {
    private static final float[] XS = {60, 120, 260, 360, 460};
    private static final float ROW = 24;
    private static final float TOP = 700;

    @TempDir
    Path dir;

    @Test
    void mergedHeadersWrappedCellsAndPageContinuationBecomeOneSheetLikeGrid() throws Exception {
        Path pdf = dir.resolve("table.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, true, new String[][] {{"201", "General public|services", "1,220.64", "501.60"},
                    {"20103", "Office affairs", "1,220.64", "501.60"}});
            page(doc, false, new String[][] {{"2010301", "Operation", "1,040.55", "0.00"}});
            doc.save(pdf.toFile());
        }
        PdfContent c = new PdfReader().read(pdf);
        assertThat(c.pages()).isEqualTo(2);
        assertThat(c.grids()).hasSize(1);
        Grid g = c.grids().get(0);

        assertThat(g.rowTexts(0)).containsExactly("Table 3");
        assertThat(g.rowTexts(1)).containsExactly("Dept: Example Bureau", "Unit: 10k yuan");
        assertThat(g.rowTexts(2)).containsExactly("Code", "Name", "Expenditure");
        assertThat(g.rowTexts(3)).containsExactly("Basic", "Project");
        assertThat(g.text(3, 2)).isEqualTo("Basic");
        assertThat(g.mergeAt(2, 3)).isEqualTo(new Grid.Region(2, 2, 2, 3));
        assertThat(g.mergeAt(3, 0)).isEqualTo(new Grid.Region(2, 3, 0, 0));
        assertThat(g.visibleText(2, 3)).isEqualTo("Expenditure");

        assertThat(g.rowTexts(4)).containsExactly("201", "General public services", "1,220.64", "501.60");
        assertThat(g.rowTexts(5)).containsExactly("20103", "Office affairs", "1,220.64", "501.60");
        // page 2: the repeated header is dropped, the row goes on in the same columns
        assertThat(g.rowTexts(6)).containsExactly("2010301", "Operation", "1,040.55", "0.00");
        assertThat(g.text(6, 2)).isEqualTo("1,040.55");
        assertThat(g.number(6, 2)).isEqualTo(1040.55); // a formatted figure is a number, as in a sheet
        assertThat(g.number(6, 0)).isNull(); // a code stays text
        assertThat(TableGridAssembler.printedNumber("31.00")).isEqualTo(31.0);
        assertThat(TableGridAssembler.printedNumber("003")).isNull();
        assertThat(TableGridAssembler.printedNumber("100%")).isNull();
        assertThat(g.rowCount()).isEqualTo(7);
        assertThat(List.of(g.page(0), g.page(4), g.page(5), g.page(6))).containsExactly(1, 1, 1, 2);
    }

    @Test
    void aRowCutByThePageBreakIsJoinedBack() throws Exception {
        Path pdf = dir.resolve("split.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, true, true, new String[][] {{"2010399", "Other office and", "300.00", "0.00"}});
            page(doc, false, new String[][] {{"", "related affairs", "", ""}, {"208", "Social security", "241.11", "0.00"}});
            doc.save(pdf.toFile());
        }
        Grid g = new PdfReader().read(pdf).grids().get(0);
        assertThat(g.rowTexts(4)).containsExactly("2010399", "Other office and related affairs", "300.00", "0.00");
        assertThat(g.rowTexts(5)).containsExactly("208", "Social security", "241.11", "0.00");
        assertThat(g.rowCount()).isEqualTo(6);
    }

    @Test
    void aWholeRowAtThePageTopIsNotJoinedToTheRowBefore() throws Exception {
        Path pdf = dir.resolve("whole.pdf");
        try (PDDocument doc = new PDDocument()) {
            // the last row on page 1 has room under its text: it was not cut
            page(doc, true, new String[][] {{"", "Social benefit", "300.00", "0.00"}});
            page(doc, false, new String[][] {{"", "Ecological benefit", "", ""}});
            doc.save(pdf.toFile());
        }
        Grid g = new PdfReader().read(pdf).grids().get(0);
        assertThat(g.rowTexts(4)).containsExactly("Social benefit", "300.00", "0.00");
        assertThat(g.rowTexts(5)).containsExactly("Ecological benefit");
    }

    @Test
    void aBlankRowAtThePageTopIsNotJoinedToATightCentredRowBefore() throws Exception {
        Path pdf = dir.resolve("tight.pdf");
        try (PDDocument doc = new PDDocument()) {
            // rows just high enough for their text, set in the middle, zeros printed blank: the last row on page 1
            // has hardly any room under its text, but its line ends well short of the cell, so nothing was cut
            page(doc, true, Mode.TIGHT, new String[][] {{"", "Debt interest", "", ""}});
            page(doc, false, Mode.TIGHT, new String[][] {{"", "Debt fees", "", ""}});
            doc.save(pdf.toFile());
        }
        Grid g = new PdfReader().read(pdf).grids().get(0);
        assertThat(g.rowTexts(4)).containsExactly("Debt interest");
        assertThat(g.rowTexts(5)).containsExactly("Debt fees");
    }

    @Test
    void aCutRowWhoseTextFillsItsCellIsJoinedEvenWhenCentred() throws Exception {
        Path pdf = dir.resolve("cut-centred.pdf");
        try (PDDocument doc = new PDDocument()) {
            // the first part's line runs across the whole cell: a wrapped line, continued on the next page
            page(doc, true, Mode.TIGHT, new String[][] {{"2010399", "Other office and the", "", ""}});
            page(doc, false, Mode.TIGHT, new String[][] {{"", "related affairs", "", ""}});
            doc.save(pdf.toFile());
        }
        Grid g = new PdfReader().read(pdf).grids().get(0);
        assertThat(g.rowTexts(4)).containsExactly("2010399", "Other office and the related affairs");
        assertThat(g.rowCount()).isEqualTo(5);
    }

    private enum Mode { PLAIN, CUT, TIGHT }

    /** Text in a TIGHT row: 14 pt in a 24 pt row leaves about a third of a text height above and below. */
    private static final float TIGHT_SIZE = 14;

    private static void page(PDDocument doc, boolean captions, String[][] body) throws IOException {
        page(doc, captions, Mode.PLAIN, body);
    }

    private static void page(PDDocument doc, boolean captions, boolean cut, String[][] body) throws IOException {
        page(doc, captions, cut ? Mode.CUT : Mode.PLAIN, body);
    }

    /**
     * CUT: the last row is cut by the page break, its text running down to the bottom border; TIGHT: the body rows'
     * text is set in the middle of rows barely higher than it.
     */
    private static void page(PDDocument doc, boolean captions, Mode mode, String[][] body) throws IOException {
        boolean cut = mode == Mode.CUT;
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int rows = 2 + body.length;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.setLineWidth(0.5f);
            float bottom = TOP - rows * ROW;
            // verticals: full height at the outer edges and between name/amounts; the Basic|Project border
            // only below the first header row (the Expenditure cell spans both)
            for (int i = 0; i < XS.length; i++) {
                float from = i == 3 ? TOP - ROW : TOP;
                line(cs, XS[i], from, XS[i], bottom);
            }
            // horizontals: the border under the first header row only across the Expenditure span
            for (int r = 0; r <= rows; r++) {
                float y = TOP - r * ROW;
                if (r == 1) {
                    line(cs, XS[2], y, XS[4], y);
                } else {
                    line(cs, XS[0], y, XS[4], y);
                }
            }
            cs.stroke();
            if (captions) {
                text(cs, font, 10, 60, TOP + 50, "Table 3");
                text(cs, font, 9, 60, TOP + 12, "Dept: Example Bureau");
                text(cs, font, 9, 390, TOP + 12, "Unit: 10k yuan");
            }
            text(cs, font, 8, XS[0] + 3, TOP - ROW - 4, "Code");
            text(cs, font, 8, XS[1] + 3, TOP - ROW - 4, "Name");
            text(cs, font, 8, XS[2] + 3, TOP - 15, "Expenditure");
            text(cs, font, 8, XS[2] + 3, TOP - ROW - 15, "Basic");
            text(cs, font, 8, XS[3] + 3, TOP - ROW - 15, "Project");
            for (int r = 0; r < body.length; r++) {
                float y = cut && r == body.length - 1 ? TOP - (3 + r) * ROW + 3
                        : mode == Mode.TIGHT ? TOP - (3 + r) * ROW + ROW / 2 - TIGHT_SIZE * 0.35f : TOP - (2 + r) * ROW - 10;
                for (int c = 0; c < 4; c++) {
                    String[] parts = body[r][c].split("\\|");
                    for (int k = 0; k < parts.length; k++) {
                        text(cs, font, mode == Mode.TIGHT ? TIGHT_SIZE : 8, XS[c] + 3,
                                y - k * 9 + (parts.length > 1 ? 4 : 0), parts[k]);
                    }
                }
            }
        }
    }

    private static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
