package org.budgetworkbench.model;

/** Where a table was found: the PDF page it starts on or the sheet it was read from. */
public record TableSource(Integer page, String sheet) {
    public static final TableSource UNKNOWN = new TableSource(null, null);
}
