package org.budgetworkbench.model;

/**
 * Where a finding points: a table cell ({@code table}, {@code row}, {@code column}), a performance-form
 * line ({@code target}, {@code indicator}) or a narrative clause ({@code section}, {@code quote}).
 * Fields that do not apply are null.
 */
public record FindingPlace(String table, String row, String column, String target, String indicator,
                           String section, String quote) {
    public static FindingPlace cell(String table, String row, String column) {
        return new FindingPlace(table, row, column, null, null, null, null);
    }

    public static FindingPlace text(String section, String quote) {
        return new FindingPlace(null, null, null, null, null, section, quote);
    }

    public static FindingPlace indicator(String table, String target, String row, String indicator) {
        return new FindingPlace(table, row, null, target, indicator, null, null);
    }

    public boolean isNarrative() {
        return quote != null || (section != null && table == null);
    }
}
