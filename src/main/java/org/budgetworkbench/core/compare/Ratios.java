package org.budgetworkbench.core.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Ratios for comparisons: a part over a whole, as a fraction to six places (0.142857 = 14.2857%). */
final class Ratios {
    static final int SCALE = 6;

    private Ratios() {
    }

    /** {@code part ÷ whole}, or null when the whole is blank or zero (no rate can be given). */
    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return (part == null ? BigDecimal.ZERO : part).divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
