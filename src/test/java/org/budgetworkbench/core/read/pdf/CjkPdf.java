package org.budgetworkbench.core.read.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Test fixture: writes PDFs with Chinese text the way the published disclosures carry it — a Type 0 font,
 * Identity-H, and a ToUnicode map — without needing any font on the machine (the font is not embedded;
 * the reader only uses the widths and the Unicode map). Pages hold text lines and ruled tables; a table
 * cell {@code "<"} joins the cell to its left, {@code "^"} to the cell above (a merged cell), and
 * {@code "\n"} in a cell sets its text over several lines. Coordinates are from the page's top-left, in points.
 */
public final class CjkPdf {
    private final List<StringBuilder> pages = new ArrayList<>();
    private final List<PDRectangle> sizes = new ArrayList<>();
    private final TreeSet<Integer> used = new TreeSet<>();
    private StringBuilder page;
    private float height;

    /** Starts a new A4 page, landscape or portrait. */
    public CjkPdf page(boolean landscape) {
        PDRectangle box = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        page = new StringBuilder();
        pages.add(page);
        sizes.add(box);
        height = box.getHeight();
        return this;
    }

    /** Starts a page of any size (points): a table wider than A4 is printed on a wider page, as producers do. */
    public CjkPdf page(float width, float tall) {
        PDRectangle box = new PDRectangle(width, tall);
        page = new StringBuilder();
        pages.add(page);
        sizes.add(box);
        height = tall;
        return this;
    }

    /** Ruling lines, each {x0, y0, x1, y1} from the page's top-left, stroked 0.5 pt wide. */
    public CjkPdf rules(List<float[]> lines) {
        page.append("0.5 w\n");
        for (float[] l : lines) {
            line(l[0], l[1], l[2], l[3]);
        }
        page.append("S\n");
        return this;
    }

    /** A line of text with its left edge at x and its baseline at y (from the top). */
    public CjkPdf text(float x, float y, float size, boolean bold, String text) {
        StringBuilder hex = new StringBuilder();
        text.codePoints().forEach(cp -> {
            used.add(cp);
            hex.append(String.format(Locale.ROOT, "%04X", cp));
        });
        page.append(String.format(Locale.ROOT, "BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET%n",
                bold ? "FB" : "FR", size, x, height - y, hex));
        return this;
    }

    /** From here to {@link #endClip()} only what falls inside the rectangle is printed (q … re W n). */
    public CjkPdf beginClip(float x0, float top, float x1, float bottom) {
        page.append(String.format(Locale.ROOT, "q %.2f %.2f %.2f %.2f re W n%n", x0, height - bottom, x1 - x0,
                bottom - top));
        return this;
    }

    public CjkPdf endClip() {
        page.append("Q\n");
        return this;
    }

    /** A line of text centred on x. */
    public CjkPdf centred(float x, float y, float size, boolean bold, String text) {
        return text(x - width(text, size) / 2, y, size, bold, text);
    }

    /** The width a text takes in the fixture's font: CJK characters are square, ASCII half as wide. */
    public static float width(String text, float size) {
        return (float) text.codePoints().mapToDouble(cp -> cp < 128 ? 0.5 : 1.0).sum() * size;
    }

    /**
     * The lines a text wraps into where {@code width} is free across, as a spreadsheet wraps a cell's text: as many
     * characters as fit, then the next line.
     */
    public static List<String> wrap(String text, float width, float size) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            String ch = new String(Character.toChars(text.codePointAt(i)));
            if (line.length() > 0 && width(line + ch, size) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += ch.length();
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /**
     * A ruled table: {@code xs} the column borders, {@code top} its upper border, each row {@code rowHeight}
     * high unless a cell has more lines than fit. Returns the table's lower border.
     */
    public float table(float[] xs, float top, float rowHeight, float size, String[][] cells) {
        int rows = cells.length;
        int cols = xs.length - 1;
        float[] ys = new float[rows + 1];
        ys[0] = top;
        for (int r = 0; r < rows; r++) {
            int lines = 1;
            for (String c : cells[r]) {
                if (c != null) {
                    lines = Math.max(lines, c.split("\n", -1).length);
                }
            }
            ys[r + 1] = ys[r] + Math.max(rowHeight, lines * size * 1.3f + 6);
        }
        int[][] owner = owners(cells, rows, cols);
        page.append("0.5 w\n");
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c < cols; c++) {
                // the border above cell (r, c): not drawn inside a merged cell
                if (r == 0 || r == rows || owner[r][c] != owner[r - 1][c]) {
                    line(xs[c], ys[r], xs[c + 1], ys[r]);
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c <= cols; c++) {
                if (c == 0 || c == cols || owner[r][c] != owner[r][c - 1]) {
                    line(xs[c], ys[r], xs[c], ys[r + 1]);
                }
            }
        }
        page.append("S\n");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String s = at(cells, r, c);
                if (s == null || s.isEmpty() || s.equals("<") || s.equals("^")) {
                    continue;
                }
                String[] lines = s.split("\n", -1);
                float block = lines.length * size * 1.3f;
                float y = (ys[r] + ys[r + 1]) / 2 - block / 2 + size;
                for (String l : lines) {
                    if (isFigure(l)) {
                        text(xs[c + 1] - 3 - width(l, size), y, size, false, l);
                    } else {
                        text(xs[c] + 3, y, size, false, l);
                    }
                    y += size * 1.3f;
                }
            }
        }
        return ys[rows];
    }

    /** Which cell each cell belongs to (row * columns + column of its top-left cell). */
    private static int[][] owners(String[][] cells, int rows, int cols) {
        int[][] owner = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String s = at(cells, r, c);
                owner[r][c] = "<".equals(s) && c > 0 ? owner[r][c - 1]
                        : "^".equals(s) && r > 0 ? owner[r - 1][c] : r * cols + c;
            }
        }
        return owner;
    }

    private static boolean isFigure(String s) {
        return s.matches("-?[0-9,]+\\.[0-9]+");
    }

    private static String at(String[][] cells, int r, int c) {
        return c < cells[r].length ? cells[r][c] : "";
    }

    private void line(float x0, float y0, float x1, float y1) {
        page.append(String.format(Locale.ROOT, "%.2f %.2f m %.2f %.2f l%n", x0, height - y0, x1, height - y1));
    }

    /** Writes the PDF. */
    public Path save(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSDictionary regular = font(doc, "FixtureSong");
            COSDictionary bold = font(doc, "FixtureHei-Bold");
            for (int i = 0; i < pages.size(); i++) {
                PDPage p = new PDPage(sizes.get(i));
                PDResources res = new PDResources();
                res.put(COSName.getPDFName("FR"), new PDType0Font(regular));
                res.put(COSName.getPDFName("FB"), new PDType0Font(bold));
                p.setResources(res);
                PDStream content = new PDStream(doc);
                try (var out = content.createOutputStream()) {
                    out.write(pages.get(i).toString().getBytes(StandardCharsets.US_ASCII));
                }
                p.setContents(content);
                doc.addPage(p);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private COSDictionary font(PDDocument doc, String name) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[] {0, -120, 1000, 880}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.STEM_V, 80);

        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, name);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSArray w = new COSArray();
        w.add(COSInteger.get(32));
        w.add(COSInteger.get(127));
        w.add(COSInteger.get(500));
        cid.setItem(COSName.W, w);
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        COSStream toUnicode = doc.getDocument().createCOSStream();
        try (var out = toUnicode.createOutputStream()) {
            out.write(toUnicode().getBytes(StandardCharsets.US_ASCII));
        }
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return type0;
    }

    /** A ToUnicode CMap: each code used is its own code point (the fixture writes code points as CIDs). */
    private String toUnicode() {
        StringBuilder b = new StringBuilder();
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Integer> codes = new ArrayList<>(used);
        for (int i = 0; i < codes.size(); i += 100) {
            List<Integer> chunk = codes.subList(i, Math.min(codes.size(), i + 100));
            b.append(chunk.size()).append(" beginbfchar\n");
            for (int cp : chunk) {
                b.append(String.format(Locale.ROOT, "<%04X> <%04X>%n", cp, cp));
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString();
    }
}
