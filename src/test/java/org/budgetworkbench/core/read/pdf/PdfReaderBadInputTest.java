package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the reader must refuse with a message that names the file and the fault. */
class PdfReaderBadInputTest {
    @TempDir
    Path dir;

    @Test
    void aScanWithoutTextLayerIsRefused() throws IOException {
        Path pdf = dir.resolve("扫描件.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.drawString("2255.84", 20, 50);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 500, 400, 200);
            }
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> new PdfReader().read(pdf))
                .isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("扫描件.pdf")
                .hasMessageContaining("没有文字层（可能是扫描件）");
    }

    @Test
    void anEncryptedFileIsRefusedWithAClearMessage() throws IOException {
        Path pdf = dir.resolve("加密.pdf");
        try (PDDocument doc = textDocument("Budget 2024")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> new PdfReader().read(pdf))
                .isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("加密.pdf")
                .hasMessageContaining("已加密")
                .hasMessageContaining("密码");
    }

    @Test
    void randomBytesAreNotAPdf() throws IOException {
        Path pdf = dir.resolve("损坏.pdf");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(pdf, junk);
        assertThatThrownBy(() -> new PdfReader().read(pdf))
                .isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("损坏.pdf")
                .hasMessageContaining("不是有效的 PDF 文件或文件已损坏");
    }

    @Test
    void aMissingFileIsNamed() {
        Path pdf = dir.resolve("不存在.pdf");
        assertThatThrownBy(() -> new PdfReader().read(pdf))
                .isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("不存在.pdf")
                .hasMessageContaining("文件不存在");
    }

    @Test
    void aPlainTextPdfWithoutTablesGivesNarrativeAndNoGrid() throws Exception {
        Path pdf = dir.resolve("text.pdf");
        try (PDDocument doc = textDocument("Budget 2024")) {
            doc.save(pdf.toFile());
        }
        PdfContent c = new PdfReader().read(pdf);
        assertThat(c.pages()).isEqualTo(1);
        assertThat(c.grids()).isEmpty();
        assertThat(c.narrative()).hasSize(1);
        assertThat(c.narrative().get(0).paragraphs()).containsExactly("Budget 2024");
    }

    private static PDDocument textDocument(String text) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText(text);
            cs.endText();
        }
        return doc;
    }
}
