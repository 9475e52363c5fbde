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
import org.budgetworkbench.model.NarrativeSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table printed without borders is found from its aligned columns; the prose around it stays prose. */
class UnruledTableTest {
    @TempDir
    Path dir;

    @Test
    void alignedColumnsMakeATableAndTheProseAroundItStaysNarrative() throws Exception {
        Path pdf = dir.resolve("unruled.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 11, 60, 760, "The department spent its whole budget this year.");
                text(cs, font, 9, 60, 720, "Table 3");
                text(cs, font, 9, 400, 706, "Unit: 10k yuan");
                float[] xs = {60, 130, 330, 420};
                String[][] rows = {
                        {"Code", "Name", "Total", "Basic"},
                        {"201", "General services", "1,722.24", "1,220.64"},
                        {"20103", "Office affairs", "1,722.24", "1,220.64"},
                        {"2010301", "Operation", "1,040.55", "1,040.55"},
                        {"2010399", "Other office", "300.00", "0.00"}};
                float y = 690;
                for (String[] row : rows) {
                    for (int c = 0; c < row.length; c++) {
                        // amounts right-aligned at the column's right edge
                        float x = c >= 2 ? xs[c] + 60 - font.getStringWidth(row[c]) / 1000 * 9 : xs[c];
                        text(cs, font, 9, x, y, row[c]);
                    }
                    y -= 14;
                    if (row[0].equals("2010399")) {
                        text(cs, font, 9, xs[1], y, "expenses");
                        y -= 14;
                    }
                }
                text(cs, font, 11, 60, y - 30, "No other spending was made.");
            }
            doc.save(pdf.toFile());
        }
        PdfContent c = new PdfReader().read(pdf);
        assertThat(c.grids()).hasSize(1);
        Grid g = c.grids().get(0);
        int header = -1;
        for (int r = 0; r < g.rowCount(); r++) {
            if (g.rowTexts(r).contains("Code")) {
                header = r;
            }
        }
        assertThat(header).as("header row in %s", g).isGreaterThanOrEqualTo(0);
        assertThat(g.rowTexts(header)).containsExactly("Code", "Name", "Total", "Basic");
        assertThat(g.rowTexts(header + 1)).containsExactly("201", "General services", "1,722.24", "1,220.64");
        assertThat(g.rowTexts(header + 3)).containsExactly("2010301", "Operation", "1,040.55", "1,040.55");
        assertThat(g.rowTexts(header + 4)).containsExactly("2010399", "Other office expenses", "300.00", "0.00");
        assertThat(g.text(header + 3, 2)).isEqualTo("1,040.55");
        assertThat(g.rowTexts(header - 1)).containsExactly("Unit: 10k yuan");
        assertThat(c.narrative().stream().flatMap(s -> s.paragraphs().stream()))
                .contains("The department spent its whole budget this year.", "No other spending was made.")
                .noneMatch(p -> p.contains("1,040.55"));
        assertThat(c.narrative()).extracting(NarrativeSection::page).containsOnly(1);
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
