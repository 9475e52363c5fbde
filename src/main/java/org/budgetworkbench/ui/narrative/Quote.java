package org.budgetworkbench.ui.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * Finding a quoted clause in a paragraph (引文定位) the way a reader would: spaces and line breaks do not
 * count, as the narrative was joined across lines and pages and a finding may quote it either way.
 */
public final class Quote {
    private Quote() {
    }

    /** [start, end) of the quote in the text, or null when it is not there. */
    public static int[] find(String text, String quote) {
        if (text == null || quote == null) {
            return null;
        }
        List<Integer> at = new ArrayList<>();
        StringBuilder squeezed = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                squeezed.append(c);
                at.add(i);
            }
        }
        String q = squeeze(quote);
        if (q.isEmpty()) {
            return null;
        }
        int k = squeezed.indexOf(q);
        if (k < 0) {
            return null;
        }
        return new int[] {at.get(k), at.get(k + q.length() - 1) + 1};
    }

    static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "");
    }
}
