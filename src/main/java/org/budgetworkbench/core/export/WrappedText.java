package org.budgetworkbench.core.export;

/**
 * 自动换行的行高: how tall a row must be for its wrapped text to show whole. POI writes no row height of its own and
 * Excel keeps the one it finds, so a long message in a wrapped cell is cut to its first line when printed; the
 * height is set from the number of lines the text wraps to in its column. A Chinese character is about two
 * character widths of the column, a digit or Latin letter one; counting so errs on the tall side, which only
 * leaves some space, never hides text.
 */
final class WrappedText {
    /** The line height of the report's 10-point font, in points, and the cell's padding above and below. */
    static final float LINE_POINTS = 13.5f;
    private static final float PADDING_POINTS = 3f;
    /** Excel's default row height: a row of short text stays as it would be. */
    static final float MINIMUM_POINTS = 15f;

    private WrappedText() {
    }

    /**
     * The lines {@code text} takes in a column {@code widthChars} character widths wide (as set with
     * {@code setColumnWidth(widthChars * 256)}): each paragraph wraps on its own.
     */
    static int lines(String text, int widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        // a character's width of the column is taken by the cell's margins
        int usable = Math.max(1, widthChars - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int width = paragraph.codePoints().map(WrappedText::width).sum();
            lines += Math.max(1, (width + usable - 1) / usable);
        }
        return lines;
    }

    /** The row height, in points, that shows {@code lines} lines whole. */
    static float height(int lines) {
        return Math.max(MINIMUM_POINTS, lines * LINE_POINTS + PADDING_POINTS);
    }

    /** Full-width characters (汉字, full-width punctuation and forms) take two widths, others one. */
    private static int width(int codePoint) {
        return codePoint >= 0x1100 && (codePoint <= 0x115F || codePoint >= 0x2E80 && codePoint <= 0xA4CF
                || codePoint >= 0xAC00 && codePoint <= 0xD7A3 || codePoint >= 0xF900 && codePoint <= 0xFAFF
                || codePoint >= 0xFE30 && codePoint <= 0xFE4F || codePoint >= 0xFF00 && codePoint <= 0xFF60
                || codePoint >= 0xFFE0 && codePoint <= 0xFFE6 || codePoint >= 0x20000) ? 2 : 1;
    }
}
