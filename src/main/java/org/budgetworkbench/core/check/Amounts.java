package org.budgetworkbench.core.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * Comparing amounts in 万元 (金额比对): tables are computed in 元 and printed in 万元, so a difference of 0.01
 * is a rounding note (尾数差异), anything larger an error.
 */
public final class Amounts {
    public static final BigDecimal CENT = new BigDecimal("0.01");
    /** Below this two amounts are the same figure printed differently. */
    public static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    /** Up to this a difference is the rounding of 元 to 万元 (0.01, with room for how decimals are held). */
    public static final BigDecimal ROUNDING_LIMIT = new BigDecimal("0.015");

    private Amounts() {
    }

    /** How two amounts differ. */
    public enum Difference {
        NONE, ROUNDING, MISMATCH;

        public boolean any() {
            return this != NONE;
        }
    }

    public static Difference compare(BigDecimal found, BigDecimal expected) {
        BigDecimal d = nz(found).subtract(nz(expected)).abs();
        // up to half a cent: a figure kept in 元 (x.xx5 万元) against the same figure printed to 0.01 万元 — both are
        // right at the coarser precision; two figures printed to 0.01 never differ by exactly 0.005
        if (d.compareTo(HALF_CENT) <= 0) {
            return Difference.NONE;
        }
        return d.compareTo(ROUNDING_LIMIT) <= 0 ? Difference.ROUNDING : Difference.MISMATCH;
    }

    /** The kind a difference gets: rounding when it is 0.01, else the kind of the rule. */
    public static FindingKind kind(Difference d, FindingKind mismatch) {
        return d == Difference.ROUNDING ? FindingKind.ROUNDING : mismatch;
    }

    public static Severity severity(Difference d) {
        return d == Difference.ROUNDING ? Severity.INFO : Severity.ERROR;
    }

    public static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    public static BigDecimal sum(Collection<BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(nz(v));
        }
        return s;
    }

    /** Two decimals, as the tables print: {@code 1754.24}. */
    public static BigDecimal money(BigDecimal v) {
        return nz(v).setScale(2, RoundingMode.HALF_UP);
    }

    public static String show(BigDecimal v) {
        return money(v).toPlainString();
    }
}
