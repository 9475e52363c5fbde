package org.budgetworkbench.model;

/**
 * Where a finding points: a table cell ({@code table}, {@code row}, {@code column}), a narrative clause
 * ({@code section}, {@code quote}), or a place on a performance or self-evaluation form (绩效目标表 / 绩效自评表):
 * the form's {@code table}, the {@code project} it is about, the {@code goal} label as printed (年度目标2), the
 * {@code period} where the form has separate 长期/年度 tables but no goal labels, the {@code indicator}
 * (三级 name), a form {@code field} (项目编码, 收入构成/合计) and the {@code column} at fault (value, score …).
 * {@code target} is the older single key for a project or goal, kept for stored findings. Fields that do not
 * apply are null.
 */
public record FindingPlace(String table, String row, String column, String target, String indicator,
                           String section, String quote, String project, String goal, String period,
                           String field) {

    public FindingPlace(String table, String row, String column, String target, String indicator, String section,
                        String quote) {
        this(table, row, column, target, indicator, section, quote, null, null, null, null);
    }

    public static FindingPlace cell(String table, String row, String column) {
        return new FindingPlace(table, row, column, null, null, null, null);
    }

    public static FindingPlace text(String section, String quote) {
        return new FindingPlace(null, null, null, null, null, section, quote);
    }

    public static FindingPlace indicator(String table, String target, String row, String indicator) {
        return new FindingPlace(table, row, null, target, indicator, null, null);
    }

    /** A place on the performance form {@code table} (performance.project …); narrowed with the withers. */
    public static FindingPlace form(String table) {
        return new FindingPlace(table, null, null, null, null, null, null);
    }

    public FindingPlace withProject(String value) {
        return new FindingPlace(table, row, column, target, indicator, section, quote, value, goal, period, field);
    }

    public FindingPlace withGoal(String value) {
        return new FindingPlace(table, row, column, target, indicator, section, quote, project, value, period, field);
    }

    public FindingPlace withPeriod(String value) {
        return new FindingPlace(table, row, column, target, indicator, section, quote, project, goal, value, field);
    }

    public FindingPlace withIndicator(String value) {
        return new FindingPlace(table, row, column, target, value, section, quote, project, goal, period, field);
    }

    public FindingPlace withField(String value) {
        return new FindingPlace(table, row, column, target, indicator, section, quote, project, goal, period, value);
    }

    public FindingPlace withColumn(String value) {
        return new FindingPlace(table, row, value, target, indicator, section, quote, project, goal, period, field);
    }

    public FindingPlace withRow(String value) {
        return new FindingPlace(table, value, column, target, indicator, section, quote, project, goal, period, field);
    }

    public FindingPlace withQuote(String sectionValue, String quoteValue) {
        return new FindingPlace(table, row, column, target, indicator, sectionValue, quoteValue, project, goal, period,
                field);
    }

    public boolean isNarrative() {
        return quote != null || (section != null && table == null);
    }
}
