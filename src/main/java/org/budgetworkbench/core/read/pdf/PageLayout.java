package org.budgetworkbench.core.read.pdf;

import java.util.List;

/**
 * What one page holds once read (页面版面): its size, its tables, and the lines of text outside them in
 * reading order (top to bottom).
 */
record PageLayout(int page, double width, double height, List<PageTable> tables, List<TextLine> lines) {
    PageLayout {
        tables = List.copyOf(tables);
        lines = List.copyOf(lines);
    }
}
