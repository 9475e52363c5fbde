package org.budgetworkbench.core.read.pdf;

import java.util.List;

/**
 * Joins the lines of text inside one table cell (单元格文字) into the cell's text: a name or code
 * that wraps over two or three lines is one value. Chinese and numbers join without a space; two
 * Latin words keep one between them.
 */
final class CellText {
    private CellText() {
    }

    static String join(List<TextLine> lines) {
        StringBuilder b = new StringBuilder();
        for (TextLine l : lines) {
            append(b, l.text());
        }
        return b.toString();
    }

    static void append(StringBuilder b, String next) {
        if (next.isEmpty()) {
            return;
        }
        if (b.length() > 0 && isLatinLetter(b.charAt(b.length() - 1)) && isLatinLetter(next.charAt(0))) {
            b.append(' ');
        }
        b.append(next);
    }

    static String join(String first, String second) {
        StringBuilder b = new StringBuilder(first);
        append(b, second);
        return b.toString();
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
