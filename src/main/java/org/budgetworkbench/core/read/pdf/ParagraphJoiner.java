package org.budgetworkbench.core.read.pdf;

/**
 * Joins the next printed line onto a paragraph (段落拼接). Chinese runs on without a space; where a
 * line break falls between two Latin words or between a number and a word set apart, one space stays.
 */
final class ParagraphJoiner {
    private ParagraphJoiner() {
    }

    static String join(String paragraph, String line) {
        if (paragraph.isEmpty()) {
            return line;
        }
        if (line.isEmpty()) {
            return paragraph;
        }
        char a = paragraph.charAt(paragraph.length() - 1);
        char b = line.charAt(0);
        if (isLatinWordChar(a) && isLatinWordChar(b) && (Character.isLetter(a) || Character.isLetter(b))) {
            return paragraph + " " + line;
        }
        return paragraph + line;
    }

    private static boolean isLatinWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
