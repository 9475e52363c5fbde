package org.budgetworkbench.core.edit;

import java.util.ArrayList;
import java.util.List;

/** Finds a figure printed in a paragraph (文中数字) as a whole number: 1754.25 is not found inside 11754.251. */
public final class FigureText {
    private FigureText() {
    }

    /** Start offsets of each whole occurrence of {@code figure} in {@code text}, in order. */
    public static List<Integer> occurrences(String text, String figure) {
        List<Integer> out = new ArrayList<>();
        if (text == null || figure == null || figure.isEmpty()) {
            return out;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(figure, from);
            if (at < 0) {
                return out;
            }
            int end = at + figure.length();
            boolean cutBefore = at > 0 && isNumberChar(text.charAt(at - 1));
            boolean cutAfter = end < text.length() && (Character.isDigit(text.charAt(end))
                    || (text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))));
            if (!cutBefore && !cutAfter) {
                out.add(at);
            }
            from = at + 1;
        }
    }

    /** The text with the n-th whole occurrence of {@code figure} replaced, or null when there is none. */
    public static String replace(String text, String figure, int occurrence, String replacement) {
        List<Integer> at = occurrences(text, figure);
        if (occurrence >= at.size()) {
            return null;
        }
        int start = at.get(occurrence);
        return text.substring(0, start) + replacement + text.substring(start + figure.length());
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == ',';
    }
}
