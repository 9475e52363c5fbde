package org.budgetworkbench.model;

import java.util.List;

/**
 * A section of the narrative (情况说明): a heading (第一部分 = 1, 一、 = 2, （一） = 3, 1. = 4) and
 * its paragraphs, joined across line and page breaks, with the page it starts on.
 */
public record NarrativeSection(String heading, int level, Integer page, List<String> paragraphs) {
    public NarrativeSection {
        paragraphs = List.copyOf(paragraphs);
    }
}
