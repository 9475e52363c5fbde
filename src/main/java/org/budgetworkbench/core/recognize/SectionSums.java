package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.model.Row;

/**
 * 款级合计裁决: the document's own arithmetic decides how a short code reads. A code column that prints only the
 * new part of each path (201, 03, 01, 02, 04 …) leaves "04" open: the 项 2010304 or the next 款 20104. The 款's
 * figure settles it — once its 项 already add up to it, or this line would carry them past it, the line opens a
 * new 款.
 */
final class SectionSums {
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private SectionSums() {
    }

    /**
     * Whether the 项 read so far under {@code section} leave no room for one more: they add up to its figure in
     * {@code column}, or {@code next} (the open line's figure) would take them past it.
     */
    static boolean closed(List<Row> rows, String section, String column, BigDecimal next) {
        if (column == null) {
            return false;
        }
        BigDecimal figure = null;
        BigDecimal sum = BigDecimal.ZERO;
        int items = 0;
        for (Row r : rows) {
            if (r.key().equals(section)) {
                figure = r.amount(column);
            } else if (r.key().length() == 7 && r.key().startsWith(section)) {
                sum = sum.add(r.amount(column));
                items++;
            }
        }
        if (figure == null || items == 0 || figure.signum() == 0) {
            return false;
        }
        if (figure.subtract(sum).abs().compareTo(HALF_CENT) < 0) {
            return true;
        }
        return next != null && sum.add(next).subtract(figure).compareTo(HALF_CENT) > 0;
    }
}
