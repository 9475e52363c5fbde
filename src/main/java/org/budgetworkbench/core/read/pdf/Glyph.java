package org.budgetworkbench.core.read.pdf;

/**
 * One printed character (字形) with its box in page space, y growing downwards: {@code top} is the
 * top of the character, {@code bottom} its baseline. {@code order} is its place in the page's drawing order:
 * a spreadsheet printer draws one cell's text as one run, which tells a cell's lines from its neighbours' where
 * a row too short for its wrapped text lets them overlap on paper.
 */
record Glyph(String text, double x0, double x1, double top, double bottom, double size, boolean bold, int order) {

    double centerX() {
        return (x0 + x1) / 2;
    }

    double centerY() {
        return (top + bottom) / 2;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
