package org.budgetworkbench.core.read.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running heads, running feet and page numbers (页眉页脚、页码): lines in the top or bottom margin band
 * that are a page number, or whose text (digits aside) recurs in that band on several pages.
 */
final class PageFurniture {
    private static final double BAND = 0.08;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/／]\\s*(共\\s*)?\\d{1,4}\\s*页?)?[-—–－\\s]*$"
                    + "|^[-—–－\\s]*[IVXLivxl]{1,6}[-—–－\\s]*$");

    private final Map<String, Integer> recurring = new HashMap<>();
    private final int threshold;

    PageFurniture(List<PageLayout> pages) {
        for (PageLayout p : pages) {
            p.lines().stream().filter(l -> inBand(l, p)).map(PageFurniture::shape).distinct()
                    .forEach(s -> recurring.merge(s, 1, Integer::sum));
        }
        threshold = Math.max(3, (pages.size() + 2) / 3);
    }

    boolean isFurniture(TextLine line, PageLayout page) {
        if (!inBand(line, page)) {
            return false;
        }
        return PAGE_NUMBER.matcher(line.text()).matches()
                || recurring.getOrDefault(shape(line), 0) >= threshold;
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text).matches();
    }

    private static boolean inBand(TextLine l, PageLayout p) {
        return l.bottom() < p.height() * BAND || l.top() > p.height() * (1 - BAND);
    }

    private static String shape(TextLine l) {
        return (l.top() < 200 ? "T:" : "B:") + l.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}
