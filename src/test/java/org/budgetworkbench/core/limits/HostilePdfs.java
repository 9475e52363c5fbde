package org.budgetworkbench.core.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Generators of hostile PDFs (恶意 PDF), one per class of input that used to hang the reader or overflow its
 * stack: a page of tens of thousands of rulings or glyphs, thousands of pages, brackets nested thousands deep in
 * a content stream or a page dictionary, a broken cross-reference table.
 */
final class HostilePdfs {
    private HostilePdfs() {
    }

    /** One page drawing {@code lines} short ruling lines, as a grid. */
    static Path manyRulings(Path dir, int lines) throws IOException {
        // a line of text, so the page is read as far as its rulings
        StringBuilder c = new StringBuilder("BT /F1 10 Tf 50 800 Td (Table 1) Tj ET\n0.5 w\n");
        int perRow = 100;
        for (int i = 0; i < lines; i++) {
            float x = 20 + (i % perRow) * 5.5f;
            float y = 20 + (i / perRow) * 1.5f % 760;
            if (i % 2 == 0) {
                c.append(x).append(' ').append(y).append(" m ").append(x + 5).append(' ').append(y).append(" l S\n");
            } else {
                c.append(x).append(' ').append(y).append(" m ").append(x).append(' ').append(y + 5).append(" l S\n");
            }
        }
        return rawContent(dir.resolve("rulings-" + lines + ".pdf"), c.toString());
    }

    /** One page printing {@code glyphs} characters in small type. */
    static Path manyGlyphs(Path dir, int glyphs) throws IOException {
        StringBuilder c = new StringBuilder("BT /F1 4 Tf 10 780 Td 4.5 TL\n");
        int perLine = 200;
        for (int i = 0; i < glyphs; i += perLine) {
            c.append("(").append("1234567890".repeat(perLine / 10)).append(") Tj T*\n");
        }
        c.append("ET\n");
        return rawContent(dir.resolve("glyphs-" + glyphs + ".pdf"), c.toString());
    }

    /** {@code pages} pages with a line of text each. */
    static Path manyPages(Path dir, int pages) throws IOException {
        Path out = dir.resolve("pages-" + pages + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage p = new PDPage();
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(50, 700);
                    cs.showText("Page " + i);
                    cs.endText();
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** A content stream with an array nested {@code depth} deep. */
    static Path nestedContent(Path dir, int depth) throws IOException {
        String c = "BT /F1 10 Tf 50 700 Td (x) Tj ET\n" + "[".repeat(depth) + "]".repeat(depth) + " TJ\n";
        return rawContent(dir.resolve("nested-content-" + depth + ".pdf"), c);
    }

    /** A page dictionary with a value nested {@code depth} deep (arrays and dictionaries alternating). */
    static Path nestedDictionary(Path dir, int depth) throws IOException {
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            v.append(i % 2 == 0 ? "[" : "<< /K ");
        }
        for (int i = depth - 1; i >= 0; i--) {
            v.append(i % 2 == 0 ? "]" : " >>");
        }
        return raw(dir.resolve("nested-dict-" + depth + ".pdf"), "BT /F1 10 Tf 50 700 Td (x) Tj ET", "/Deep " + v);
    }

    /** A small PDF whose cross-reference offsets all point to the wrong place. */
    static Path malformedXref(Path dir) throws IOException {
        Path ok = raw(dir.resolve("xref-source.pdf"), "BT /F1 10 Tf 50 700 Td (Hello) Tj ET", "");
        String s = Files.readString(ok, StandardCharsets.ISO_8859_1);
        int xref = s.indexOf("xref");
        String broken = s.substring(0, xref) + s.substring(xref).replaceAll("\\d{10} 00000 n", "0000000003 00000 n")
                .replaceAll("startxref\\s+\\d+", "startxref\n99999");
        Path out = dir.resolve("bad-xref.pdf");
        Files.writeString(out, broken, StandardCharsets.ISO_8859_1);
        Files.delete(ok);
        return out;
    }

    /** One page with {@code content} as its content stream, Helvetica as /F1. */
    static Path rawContent(Path file, String content) throws IOException {
        return raw(file, content, "");
    }

    /**
     * A PDF written by hand, objects and cross-reference table included, so a test can put into it what PDFBox
     * would not write. {@code pageExtra} goes into the page dictionary.
     */
    static Path raw(Path file, String content, String pageExtra) throws IOException {
        byte[] stream = content.getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> " + pageExtra + " >>");
        objects.add(null); // the content stream
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n");
            if (objects.get(i) == null) {
                write(out, "<< /Length " + stream.length + " >>\nstream\n");
                out.write(stream);
                write(out, "\nendstream\n");
            } else {
                write(out, objects.get(i) + "\n");
            }
            write(out, "endobj\n");
        }
        long xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) {
            x.append(String.format("%010d 00000 n \n", o));
        }
        x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        write(out, x.toString());
        try (OutputStream f = Files.newOutputStream(file)) {
            out.writeTo(f);
        }
        return file;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
