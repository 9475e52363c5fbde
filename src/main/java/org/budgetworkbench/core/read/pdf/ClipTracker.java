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
    private GeneralPath path = new GeneralPath();
    private Point2D.Float current;
    private int pendingRule = -1;

    private ClipTracker(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** Registers the path and clip operators on the engine. */
    static void install(PDFStreamEngine engine, java.util.function.Consumer<OperatorProcessor> add) {
        ClipTracker t = new ClipTracker(engine);
        add.accept(t.op("re", t::rectangle));
        add.accept(t.op("m", ops -> t.moveTo(ops)));
        add.accept(t.op("l", ops -> t.lineTo(ops, 0)));
        add.accept(t.op("c", ops -> t.lineTo(ops, 4)));
        add.accept(t.op("v", ops -> t.lineTo(ops, 2)));
        add.accept(t.op("y", ops -> t.lineTo(ops, 2)));
        add.accept(t.op("h", ops -> t.close()));
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

    private void rectangle(List<COSBase> ops) {
        float[] v = numbers(ops, 4);
        if (v == null) {
            return;
        }
        Point2D.Float p0 = device(v[0], v[1]);
        Point2D.Float p1 = device(v[0] + v[2], v[1]);
        Point2D.Float p2 = device(v[0] + v[2], v[1] + v[3]);
        Point2D.Float p3 = device(v[0], v[1] + v[3]);
        path.moveTo(p0.x, p0.y);
        path.lineTo(p1.x, p1.y);
        path.lineTo(p2.x, p2.y);
        path.lineTo(p3.x, p3.y);
        path.closePath();
        current = p0;
    }

    private void moveTo(List<COSBase> ops) {
        float[] v = numbers(ops, 2);
        if (v != null) {
            current = device(v[0], v[1]);
            path.moveTo(current.x, current.y);
        }
    }

    /** A line, or a curve approximated by its end point (a clip made of curves is rare; its box is what counts). */
    private void lineTo(List<COSBase> ops, int endIndex) {
        float[] v = numbers(ops, endIndex + 2);
        if (v == null) {
            return;
        }
        Point2D.Float p = device(v[endIndex], v[endIndex + 1]);
        if (current == null) {
            path.moveTo(p.x, p.y);
        } else {
            path.lineTo(p.x, p.y);
        }
        current = p;
    }

    private void close() {
        if (current != null) {
            path.closePath();
        }
    }

    private void endPath() {
        if (pendingRule >= 0 && engine.getGraphicsState() != null) {
            path.setWindingRule(pendingRule);
            engine.getGraphicsState().intersectClippingPath(path);
        }
        pendingRule = -1;
        path = new GeneralPath();
        current = null;
    }

    private Point2D.Float device(float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private static float[] numbers(List<COSBase> ops, int n) {
        if (ops.size() < n) {
            return null;
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            if (!(ops.get(i) instanceof COSNumber num)) {
                return null;
            }
            v[i] = num.floatValue();
        }
        return v;
    }
}
