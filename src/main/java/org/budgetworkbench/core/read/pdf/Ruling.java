package org.budgetworkbench.core.read.pdf;

/**
 * A ruling line (表格线) in page space, y growing downwards: horizontal at y = {@code at} from
 * {@code from} to {@code to} along x, or vertical at x = {@code at} from {@code from} to {@code to} along y.
 */
record Ruling(boolean horizontal, double at, double from, double to) {

    static Ruling horizontal(double y, double x0, double x1) {
        return new Ruling(true, y, Math.min(x0, x1), Math.max(x0, x1));
    }

    static Ruling vertical(double x, double y0, double y1) {
        return new Ruling(false, x, Math.min(y0, y1), Math.max(y0, y1));
    }

    double length() {
        return to - from;
    }

    /** Whether this line and {@code other} (of the other direction) cross or touch, within {@code tol}. */
    boolean meets(Ruling other, double tol) {
        if (horizontal == other.horizontal) {
            return false;
        }
        return other.at >= from - tol && other.at <= to + tol && at >= other.from - tol && at <= other.to + tol;
    }

    /** How much of [a, b] this line covers along its own direction. */
    double coverage(double a, double b) {
        double lo = Math.max(a, from);
        double hi = Math.min(b, to);
        return Math.max(0, hi - lo);
    }
}
