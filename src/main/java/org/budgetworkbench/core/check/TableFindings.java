package org.budgetworkbench.core.check;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Row;

/** Builds the findings of table checks: a cell, the figure found, the figure the identity expects. */
public final class TableFindings {
    private TableFindings() {
    }

    /**
     * Compares a cell with what an identity says it should be; adds a finding (rounding note for 0.01)
     * to {@code out} when they differ. {@code what} says what the expected figure is ("其下各款之和").
     */
    public static void compare(List<Finding> out, String rule, FindingKind kind, DisclosureTable t, Row r,
                               String column, BigDecimal expected, String what) {
        compare(out, rule, kind, t, r, column, r.amount(column), expected, what, null);
    }

    public static void compare(List<Finding> out, String rule, FindingKind kind, DisclosureTable t, Row r,
                               String column, BigDecimal found, BigDecimal expected, String what,
                               FindingPlace other) {
        if (!t.prints(column)) {
            return; // a column the template does not print is absent, not 0: nothing to compare
        }
        Amounts.Difference d = Amounts.compare(found, expected);
        if (!d.any()) {
            return;
        }
        String msg = Labels.table(t) + " " + Labels.row(r) + " " + Labels.column(column) + " " + Amounts.show(found)
                + " ≠ " + what + " " + Amounts.show(expected)
                + (d == Amounts.Difference.ROUNDING ? "（相差 0.01，尾数差异）" : "（相差 "
                + Amounts.show(found.subtract(expected).abs()) + "）");
        out.add(new Finding(rule, Amounts.kind(d, kind), Amounts.severity(d),
                FindingPlace.cell(t.type().id(), r.key(), column), Amounts.money(found), Amounts.money(expected),
                msg, other));
    }
}
