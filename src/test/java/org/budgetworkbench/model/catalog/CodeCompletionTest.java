package org.budgetworkbench.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Repairing codes and names the PDF reader got cut short or split. */
class CodeCompletionTest {
    private final FunctionClassification catalogue = FunctionClassification.get();

    @Test
    void shortCodeWithItsNameFindsEveryFittingCode() {
        assertThat(catalogue.completeCode("2010", "事业运行"))
                .contains("2010150", "2010350", "2010450")
                .allMatch(c -> c.startsWith("2010") && c.endsWith("50"))
                .isSorted();
    }

    @Test
    void theEnclosingKuanNarrowsToOne() {
        assertThat(catalogue.completeCode("2010", "事业运行", "20101")).containsExactly("2010150");
        assertThat(catalogue.completeCode("2010", "事业运行", "20103")).containsExactly("2010350");
        assertThat(catalogue.completeCode("2010", "事业运行", "")).hasSizeGreaterThan(1);
    }

    @Test
    void sixDigitsForSeven() {
        assertThat(catalogue.completeCode("201030", "行政运行")).containsExactly("2010301");
        assertThat(catalogue.completeCode("221020", "提租补贴")).containsExactly("2210202");
    }

    @Test
    void codeSplitOverCellsIsJoined() {
        assertThat(catalogue.completeCode("20103 01", "行政运行")).containsExactly("2010301");
    }

    @Test
    void nameIsComparedLooselyAndByFormerNames() {
        assertThat(catalogue.completeCode("2010", "政府办公厅(室)及相关机构事务")).containsExactly("20103");
        assertThat(catalogue.completeCode("21", "医疗卫生与计划生育支出")).containsExactly("210");
    }

    @Test
    void aNameThatDoesNotFitFindsNothing() {
        assertThat(catalogue.completeCode("2010", "住房公积金")).isEmpty();
        assertThat(catalogue.completeCode("2010", "")).isEmpty();
        assertThat(catalogue.completeCode("", "行政运行")).isEmpty();
        assertThat(catalogue.completeCode(null, null)).isEmpty();
    }

    @Test
    void economicCodesComplete() {
        assertThat(EconomicClassification.get().completeCode("3021", "公务接待费")).containsExactly("30217");
        assertThat(EconomicClassification.get().completeCode("31", "其他对企业补助"))
                .containsExactly("31199", "31299");
    }

    @Test
    void nameCutShortIsCompleted() {
        assertThat(catalogue.completeName("207", "七、文化旅游体育与传媒支")).contains("文化旅游体育与传媒支出");
        assertThat(catalogue.completeName("20103", "政府办公厅(室)及相关")).contains("政府办公厅（室）及相关机构事务");
        assertThat(catalogue.completeName("2010301", "行政运行")).contains("行政运行");
    }

    @Test
    void nameCutShortMayBeAFormerName() {
        assertThat(catalogue.completeName("210", "医疗卫生与计划")).contains("医疗卫生与计划生育支出");
    }

    @Test
    void nameCompletionNeedsAKnownCodeAndAPrefix() {
        assertThat(catalogue.completeName("207", "卫生健康")).isEmpty();
        assertThat(catalogue.completeName("999", "其他")).isEmpty();
        assertThat(catalogue.completeName("207", "")).isEmpty();
        assertThat(catalogue.completeName(null, "文化")).isEmpty();
    }
}
