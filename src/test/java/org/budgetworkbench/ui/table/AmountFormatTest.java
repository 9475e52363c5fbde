package org.budgetworkbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountFormatTest {
    @Test
    void groupsThousandsWithTwoDecimals() {
        assertThat(AmountFormat.format(new BigDecimal("1234.56"))).isEqualTo("1,234.56");
        assertThat(AmountFormat.format(new BigDecimal("12345678.9"))).isEqualTo("12,345,678.90");
        assertThat(AmountFormat.format(new BigDecimal("1040.55"))).isEqualTo("1,040.55");
    }

    @Test
    void blankStaysBlankAndZeroShows() {
        assertThat(AmountFormat.format(null)).isEmpty();
        assertThat(AmountFormat.format(BigDecimal.ZERO)).isEqualTo("0.00");
    }

    @Test
    void negativesAndRoundingHalfUp() {
        assertThat(AmountFormat.format(new BigDecimal("-1234.5"))).isEqualTo("-1,234.50");
        assertThat(AmountFormat.format(new BigDecimal("0.005"))).isEqualTo("0.01");
        assertThat(AmountFormat.format(new BigDecimal("999.995"))).isEqualTo("1,000.00");
    }
}
