package org.budgetworkbench.core.read.pdf;

/**
 * One printed character (字形) with its box in page space, y growing downwards: {@code top} is the
 * top of the character, {@code bottom} its baseline.
 */
record Glyph(String text, double x0, double x1, double top, double bottom, double size, boolean bold) {

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
