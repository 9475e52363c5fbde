package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberedItemsTest {

    @Test
    void splitsNumberedNames() {
        assertThat(NumberedItems.split("1. 聘用人员数量; 2. 培训次数; 3. 应急事件处理完成率", 0))
                .containsExactly(Map.entry(1, "聘用人员数量"), Map.entry(2, "培训次数"), Map.entry(3, "应急事件处理完成率"));
    }

    @Test
    void oneEntryMayServeSeveralNumbers() {
        assertThat(NumberedItems.split("1. 100%; 2、3 ≥90%", 3))
                .containsExactly(Map.entry(1, "100%"), Map.entry(2, "≥90%"), Map.entry(3, "≥90%"));
    }

    @Test
    void extraNumbersBeyondTheItemCountAreText() {
        // "12 次" is a value, not items 12 of a two-item list
        assertThat(NumberedItems.split("1. 5 次; 2. 12 次", 2))
                .containsExactly(Map.entry(1, "5 次"), Map.entry(2, "12 次"));
    }

    @Test
    void decimalsAndPlainTextAreNoNumbering() {
        assertThat(NumberedItems.split("1.5万元", 2)).isNull();
        assertThat(NumberedItems.split("2023年完成率", 2)).isNull();
        assertThat(NumberedItems.split("聘用人员数量", 2)).isNull();
    }

    @Test
    void singleItemLosesItsNumber() {
        assertThat(NumberedItems.single("1. 聘用人员数量；")).isEqualTo("聘用人员数量");
        assertThat(NumberedItems.single("1、≥ 18人；")).isEqualTo("≥ 18人");
        assertThat(NumberedItems.single("经费使用合规率")).isEqualTo("经费使用合规率");
    }

    @Test
    void itemsSeparatedBySpacesOnly() {
        assertThat(NumberedItems.split("1.≥18人 2.≥12次", 2))
                .containsExactly(Map.entry(1, "≥18人"), Map.entry(2, "≥12次"));
    }

    @Test
    void spacesLostAtPrintedLineWrapsStillSplit() {
        // a PDF cell "1. ≥18人; 2." / "≥12次; 3." / "100%" read back without the spaces at its wraps
        assertThat(NumberedItems.split("1. ≥18人; 2.≥12次; 3.100%", 3))
                .containsExactly(Map.entry(1, "≥18人"), Map.entry(2, "≥12次"), Map.entry(3, "100%"));
        assertThat(NumberedItems.split("1. 100%; 2、3≥90%", 3))
                .containsExactly(Map.entry(1, "100%"), Map.entry(2, "≥90%"), Map.entry(3, "≥90%"));
        // a decimal that is not the next number stays a value
        assertThat(NumberedItems.split("1. 2.5%; 2. 3%", 2))
                .containsExactly(Map.entry(1, "2.5%"), Map.entry(2, "3%"));
        assertThat(NumberedItems.split("1. 5%; 3.5%", 2)).containsExactly(Map.entry(1, "5%; 3.5%"));
    }
}
