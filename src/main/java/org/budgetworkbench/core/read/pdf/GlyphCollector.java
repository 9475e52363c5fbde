package org.budgetworkbench.core.read.pdf;

import java.io.IOException;
import java.io.Writer;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.budgetworkbench.core.limits.InputLimits;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.core.limits.ProcessingDeadline;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects every printed character of a document with its position (文字坐标), page by page. PDFBox's
 * text stripper does the font decoding; we keep the raw glyphs and do our own line and cell grouping.
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<List<Glyph>> pages = new ArrayList<>();
    private final List<List<Glyph>> hiddenPages = new ArrayList<>();
    private List<Glyph> current;
    private List<Glyph> hidden;
    /** Set while PDFBox decodes a glyph that a cell's own clip hides (see {@link #showGlyph}). */
    private boolean cellClipped;
    /** The next glyph's place in the page's drawing order, visible or hidden. */
    private int order;
    /** The last clipping path seen, and its bounds when it is a rectangle (the common case: a cell). */
    private Area lastClip;
    /** Every glyph a page's content draws, on paper or clipped away: the limit bounds the work, not the text. */
    private int shownOnPage;
    private Rectangle2D lastClipBounds;

    GlyphCollector() {
        super();
        ClipTracker.install(this, this::addOperator);
    }

    /** One list of glyphs per page, in drawing order. */
    List<List<Glyph>> collect(PDDocument document) throws IOException {
        pages.clear();
        hiddenPages.clear();
        setStartPage(1);
        setEndPage(document.getNumberOfPages());
        writeText(document, Writer.nullWriter());
        return pages;
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        ProcessingDeadline.check();
        shownOnPage = 0;
        order = 0;
        current = new ArrayList<>();
        pages.add(current);
        hidden = new ArrayList<>();
        hiddenPages.add(hidden);
    }

    /**
     * Per page, the glyphs a clip no taller than a few lines hid: a spreadsheet printer that clips each cell's text
     * to its cell hides the lines of a wrapped text its short row has no room for. They are not on paper, but they
     * are the cell's text: a table reads them where they finish a cell's visible lines, nothing else does.
     */
    List<List<Glyph>> hidden() {
        return hiddenPages;
    }

    /**
     * A character drawn outside the clipping path is not on paper. Spreadsheet producers (WPS 表格) set a
     * long cell cut by a page break on the next page again, above the page's clip, so that its text would
     * otherwise be read twice.
     */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if ((++shownOnPage & 0xFF) == 0) {
            ProcessingDeadline.check();
        }
        if (shownOnPage > InputLimits.MAX_GLYPHS_PER_PAGE) {
            throw tooManyGlyphs();
        }
        double x = textRenderingMatrix.getTranslateX()
                + displacement.getX() * textRenderingMatrix.getScalingFactorX() / 2;
        double y = textRenderingMatrix.getTranslateY() + textRenderingMatrix.getScalingFactorY() * 0.3;
        if (isVisible(x, y)) {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        } else if (isCellClip(x, Math.abs(textRenderingMatrix.getScalingFactorY()))) {
            cellClipped = true;
            try {
                super.showGlyph(textRenderingMatrix, font, code, displacement);
            } finally {
                cellClipped = false;
            }
        }
    }

    /** A clip this many text heights tall at most is a cell's (a page's or a text box's is far taller). */
    private static final double CELL_CLIP_LINES = 3.5;

    /** Whether the clip hiding a glyph at x is a cell's: a rectangle a few lines tall above or below the glyph. */
    private boolean isCellClip(double x, double size) {
        return lastClipBounds != null && size > 0 && lastClipBounds.getHeight() <= size * CELL_CLIP_LINES
                && x >= lastClipBounds.getMinX() && x <= lastClipBounds.getMaxX();
    }

    private boolean isVisible(double x, double y) {
        Area clip = getGraphicsState().getCurrentClippingPath();
        if (clip == null) {
            return true;
        }
        if (clip != lastClip) {
            lastClip = clip;
            lastClipBounds = clip.isRectangular() ? clip.getBounds2D() : null;
        }
        return lastClipBounds != null ? lastClipBounds.contains(x, y) : clip.contains(x, y);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String s = t.getUnicode();
        if (s == null || s.isEmpty() || current == null) {
            return;
        }
        double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
        double x0 = t.getXDirAdj();
        double x1 = x0 + Math.max(t.getWidthDirAdj(), 0.1);
        double bottom = t.getYDirAdj();
        // The font's own height is often its whole bounding box (too tall for CJK fonts); the size is closer.
        double top = bottom - size * 0.85;
        Glyph g = new Glyph(s, x0, x1, top, bottom, size, isBold(t.getFont()), order++);
        if (cellClipped) {
            if (hidden.size() < InputLimits.MAX_GLYPHS_PER_PAGE) {
                hidden.add(g);
            }
            return;
        }
        // Fake bold is often printed as the same glyph twice, slightly offset: keep one.
        for (int i = current.size() - 1; i >= Math.max(0, current.size() - 3); i--) {
            Glyph p = current.get(i);
            double overlap = Math.min(size * 0.15, (x1 - x0) * 0.5);
            if (p.text().equals(s) && Math.abs(p.x0() - x0) < overlap && Math.abs(p.bottom() - bottom) < size * 0.3) {
                return;
            }
        }
        current.add(g);
        if ((current.size() & 0xFF) == 0) {
            ProcessingDeadline.check();
        }
        if (current.size() > InputLimits.MAX_GLYPHS_PER_PAGE) {
            throw tooManyGlyphs();
        }
    }

    private LimitExceededException tooManyGlyphs() {
        return new LimitExceededException("PDF 第 " + pages.size() + " 页的文字超过 "
                + InputLimits.count(InputLimits.MAX_GLYPHS_PER_PAGE) + " 个，远超一页公开表所能容纳，已拒绝读取");
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase();
        if (name.contains("bold") || name.contains("heavy") || name.contains("black") || name.contains("simhei")
                || name.contains("hei") && !name.contains("zhenghei")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }
}
