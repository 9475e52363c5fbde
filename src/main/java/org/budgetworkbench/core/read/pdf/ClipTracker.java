package org.budgetworkbench.core.read.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * 裁剪区域: keeps the graphics state's clipping path up to date in a text-only content stream engine.
 * PDFBox's text stripper does not run the path operators, so a clip set with {@code re W n} is never
 * applied there and text the page hides (a spreadsheet cell that WPS sets again on the next page, above
 * the clip) would be read. Only what a clip needs is followed: the path under construction, in device
 * space, and the W / W* that make it the clip when the path is ended.
 */
final class ClipTracker {
    private final PDFStreamEngine engine;
    /** The path under construction, kept as raw segments: most paths are borders, never made a clip. */
    private float[] coords = new float[64];
    private byte[] kinds = new byte[16];
    private int coordCount;
    private int kindCount;
    private int pendingRule = -1;
    private static final byte MOVE = 0;
    private static final byte LINE = 1;
    private static final byte CLOSE = 2;
    private static final byte RECT = 3;

    private ClipTracker(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** Registers the path and clip operators on the engine. */
    static void install(PDFStreamEngine engine, java.util.function.Consumer<OperatorProcessor> add) {
        ClipTracker t = new ClipTracker(engine);
        add.accept(t.op("re", ops -> t.segment(RECT, ops, 0, 4)));
        add.accept(t.op("m", ops -> t.segment(MOVE, ops, 0, 2)));
        add.accept(t.op("l", ops -> t.segment(LINE, ops, 0, 2)));
        // a curve is followed to its end point: a clip made of curves is rare, and its box is what counts
        add.accept(t.op("c", ops -> t.segment(LINE, ops, 4, 2)));
        add.accept(t.op("v", ops -> t.segment(LINE, ops, 2, 2)));
        add.accept(t.op("y", ops -> t.segment(LINE, ops, 2, 2)));
        add.accept(t.op("h", ops -> t.segment(CLOSE, ops, 0, 0)));
        add.accept(t.op("W", ops -> t.pendingRule = GeneralPath.WIND_NON_ZERO));
        add.accept(t.op("W*", ops -> t.pendingRule = GeneralPath.WIND_EVEN_ODD));
        for (String end : new String[] {"n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}) {
            add.accept(t.op(end, ops -> t.endPath()));
        }
    }

    private interface Action {
        void run(List<COSBase> operands);
    }

    private OperatorProcessor op(String name, Action action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                action.run(operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    /** Records a segment: {@code count} numbers from operand {@code from}. */
    private void segment(byte kind, List<COSBase> ops, int from, int count) {
        if (ops.size() < from + count) {
            return;
        }
        if (coordCount + count > coords.length) {
            coords = java.util.Arrays.copyOf(coords, coords.length * 2);
        }
        for (int i = 0; i < count; i++) {
            if (!(ops.get(from + i) instanceof COSNumber num)) {
                return;
            }
            coords[coordCount + i] = num.floatValue();
        }
        coordCount += count;
        if (kindCount == kinds.length) {
            kinds = java.util.Arrays.copyOf(kinds, kinds.length * 2);
        }
        kinds[kindCount++] = kind;
    }

    private void endPath() {
        if (pendingRule >= 0 && engine.getGraphicsState() != null && kindCount > 0) {
            GeneralPath path = build();
            path.setWindingRule(pendingRule);
            engine.getGraphicsState().intersectClippingPath(path);
        }
        pendingRule = -1;
        coordCount = 0;
        kindCount = 0;
    }

    /** The recorded path in device space (the CTM cannot change while a path is built). */
    private GeneralPath build() {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        GeneralPath path = new GeneralPath();
        boolean open = false;
        int c = 0;
        for (int k = 0; k < kindCount; k++) {
            switch (kinds[k]) {
                case RECT -> {
                    float x = coords[c], y = coords[c + 1], w = coords[c + 2], h = coords[c + 3];
                    Point2D.Float p0 = ctm.transformPoint(x, y);
                    Point2D.Float p1 = ctm.transformPoint(x + w, y);
                    Point2D.Float p2 = ctm.transformPoint(x + w, y + h);
                    Point2D.Float p3 = ctm.transformPoint(x, y + h);
                    path.moveTo(p0.x, p0.y);
                    path.lineTo(p1.x, p1.y);
                    path.lineTo(p2.x, p2.y);
                    path.lineTo(p3.x, p3.y);
                    path.closePath();
                    open = true;
                    c += 4;
                }
                case MOVE, LINE -> {
                    Point2D.Float p = ctm.transformPoint(coords[c], coords[c + 1]);
                    if (kinds[k] == MOVE || !open) {
                        path.moveTo(p.x, p.y);
                    } else {
                        path.lineTo(p.x, p.y);
                    }
                    open = true;
                    c += 2;
                }
                default -> {
                    if (open) {
                        path.closePath();
                    }
                }
            }
        }
        return path;
    }
}
