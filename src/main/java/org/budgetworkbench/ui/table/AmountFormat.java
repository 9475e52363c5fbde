package org.budgetworkbench.ui.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How an amount in 万元 is shown (金额格式): 1,234.56, two decimals; a blank cell stays blank. */
public final class AmountFormat {
    private AmountFormat() {
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        // DecimalFormat is not thread-safe, so one per call; cells are few enough for this not to matter
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }
}
