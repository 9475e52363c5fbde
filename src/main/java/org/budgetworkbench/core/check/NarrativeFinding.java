package org.budgetworkbench.core.check;

import java.math.BigDecimal;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.model.FindingPlace;

/** Helpers for findings on the narrative: where = {section, quote}; printed precision of a figure. */
public final class NarrativeFinding {
    private NarrativeFinding() {
    }

    public static FindingPlace place(Figure f) {
        return FindingPlace.text(f.section(), f.sentence());
    }

    /** Half a unit of the last printed digit (0.005 for 12.34, 0.5 for 74): what rounding may explain. */
    public static BigDecimal halfUnit(Figure f) {
        return BigDecimal.ONE.movePointLeft(f.decimals()).divide(BigDecimal.valueOf(2));
    }

    /** A figure as printed: 40, 1754.25, 5.6. */
    public static String show(Figure f) {
        return f.value().toPlainString();
    }
}
