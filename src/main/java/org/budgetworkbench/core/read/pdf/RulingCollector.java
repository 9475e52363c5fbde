package org.budgetworkbench.core.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.budgetworkbench.core.limits.InputLimits;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.core.limits.ProcessingDeadline;

/**
 * Collects the ruling lines of a page (表格线): stroked horizontal and vertical segments, the edges of
 * stroked rectangles, and thin filled rectangles (many producers draw cell borders that way). Large
 * filled areas are shading, not lines, and are ignored.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this is a line. */
    private static final double THIN = 2.5;
    /** Shorter segments are glyph parts or ticks, not rulings. */
    private static final double MIN_LENGTH = 3;
    /** Path points drawn on one page: every ruling takes two, curves and glyph outlines more. */
    static final long MAX_PATH_POINTS = 20L * InputLimits.MAX_RULINGS_PER_PAGE;

    private final double pageTop;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private List<Point2D> open;
    private long points;
    private Point2D currentPoint = new Point2D.Double();

    private RulingCollector(PDPage page) {
        super(page);
        this.pageTop = page.getCropBox().getUpperRightY();
    }

    static List<Ruling> collect(PDPage page) throws IOException {
        RulingCollector c = new RulingCollector(page);
        c.processPage(page);
        return c.rulings;
    }

    private double y(double userY) {
        return pageTop - userY;
    }

    /**
     * Counts a path construction operator: a page drawing more of them than {@link #MAX_PATH_POINTS} is no
     * table; past the deadline the page stops here.
     */
    private void drew() {
        if ((++points & 0xFF) == 0) {
            ProcessingDeadline.check();
        }
        if (points > MAX_PATH_POINTS) {
            throw tooMany();
        }
    }

    private LimitExceededException tooMany() {
        return new LimitExceededException("PDF 的一页上画有超过 " + InputLimits.count(InputLimits.MAX_RULINGS_PER_PAGE)
                + " 条线，远超一页公开表所需，已拒绝读取");
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        drew();
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
    }

    @Override
    public void moveTo(float x, float y) {
        drew();
        open = new ArrayList<>();
        open.add(new Point2D.Double(x, y));
        subpaths.add(open);
        currentPoint = new Point2D.Double(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        drew();
        if (open == null) {
            moveTo((float) currentPoint.getX(), (float) currentPoint.getY());
        }
        open.add(new Point2D.Double(x, y));
        currentPoint = new Point2D.Double(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // Curves are not rulings; break the subpath so no false segment joins across them.
        open = null;
        currentPoint = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return currentPoint;
    }

    @Override
    public void closePath() {
        if (open != null && open.size() > 1) {
            open.add(open.get(0));
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (List<Point2D> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                segment(path.get(i - 1), path.get(i));
            }
        }
        for (Point2D[] r : rectangles) {
            for (int i = 0; i < 4; i++) {
                segment(r[i], r[(i + 1) % 4]);
            }
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) {
            thinBox(r);
        }
        for (List<Point2D> path : subpaths) {
            if (path.size() >= 4) {
                thinBox(path.toArray(new Point2D[0]));
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the clip path is consumed by the following endPath
    }

    /*
     * Text is read by GlyphCollector; this pass only wants paths. Skipping the show-text operators spares
     * PDFBox decoding and measuring every glyph a second time (about a third of this pass on text-heavy pages).
     * Type 3 glyphs are drawn by content streams of their own, so those still go through as before.
     */
    @Override
    public void showTextString(byte[] string) throws IOException {
        if (isType3Font()) {
            super.showTextString(string);
        }
    }

    @Override
    public void showTextStrings(COSArray array) throws IOException {
        if (isType3Font()) {
            super.showTextStrings(array);
        }
    }

    private boolean isType3Font() {
        return getGraphicsState().getTextState().getFont() instanceof PDType3Font;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images carry no rulings
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is background, not lines
    }

    private void clear() {
        subpaths.clear();
        rectangles.clear();
        open = null;
    }

    private void add(Ruling r) {
        if (rulings.size() >= InputLimits.MAX_RULINGS_PER_PAGE) {
            throw tooMany();
        }
        rulings.add(r);
    }

    private void segment(Point2D a, Point2D b) {
        double dx = Math.abs(a.getX() - b.getX());
        double dy = Math.abs(a.getY() - b.getY());
        if (dy < 1 && dx >= MIN_LENGTH) {
            add(Ruling.horizontal(y((a.getY() + b.getY()) / 2), a.getX(), b.getX()));
        } else if (dx < 1 && dy >= MIN_LENGTH) {
            add(Ruling.vertical((a.getX() + b.getX()) / 2, y(a.getY()), y(b.getY())));
        }
    }

    private void thinBox(Point2D[] pts) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point2D p : pts) {
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        double w = maxX - minX;
        double h = maxY - minY;
        if (h <= THIN && w >= MIN_LENGTH) {
            add(Ruling.horizontal(y((minY + maxY) / 2), minX, maxX));
        } else if (w <= THIN && h >= MIN_LENGTH) {
            add(Ruling.vertical((minX + maxX) / 2, y(minY), y(maxY)));
        }
    }
}
