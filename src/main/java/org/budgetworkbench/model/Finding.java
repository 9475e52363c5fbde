package org.budgetworkbench.model;

/**
 * One thing a reviewer would flag (审核发现): the rule that fired, its kind and severity, where it points,
 * the figure found and the figure expected (numbers or text), and a Chinese message for the analyst.
 * {@code other} names the second table of a cross-table finding.
 */
public record Finding(String rule, FindingKind kind, Severity severity, FindingPlace where, Object found,
                      Object expected, String message, FindingPlace other) {

    public Finding(String rule, FindingKind kind, Severity severity, FindingPlace where, Object found,
                   Object expected, String message) {
        this(rule, kind, severity, where, found, expected, message, null);
    }

    /**
     * A stable fingerprint, the same on every validation of the same defect, so that an analyst's
     * accepted/dismissed status survives re-validation. Figures are left out: a corrected figure is the
     * same defect until it is gone.
     */
    public String fingerprint() {
        String w = String.join("|", rule, nz(where.table()), nz(where.row()), nz(where.column()),
                nz(where.target()), nz(where.indicator()), nz(where.section()), nz(where.quote()))
                + formKeys(where);
        return Integer.toHexString(w.hashCode()) + Integer.toHexString(w.length());
    }

    /** The form keys (project, goal, period, field) where given; findings on tables keep their old fingerprint. */
    private static String formKeys(FindingPlace w) {
        if (w.project() == null && w.goal() == null && w.period() == null && w.field() == null) {
            return "";
        }
        return String.join("|", "", nz(w.project()), nz(w.goal()), nz(w.period()), nz(w.field()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
