package org.budgetworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The notes printed under a table, and the one that says the table is empty on purpose. */
class DisclosureTableNotesTest {

    private static DisclosureTable table(String... notes) {
        return new DisclosureTable(TableType.BUDGET_GOV_FUND, "政府性基金预算支出表", null, List.of())
                .withNotes(List.of(notes));
    }

    @Test
    void theNotesSayingATableIsEmptyOnPurposeAreRecognised() {
        assertThat(table("说明：上海市某某局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。").notedAsEmpty()).isTrue();
        assertThat(table("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。").notedAsEmpty()).isTrue();
        assertThat(table("注：本 表 无 数 据").notedAsEmpty()).isTrue();
        assertThat(table("注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。").notedAsEmpty()).isFalse();
        assertThat(table().notedAsEmpty()).isFalse();
    }

    @Test
    void notesSurviveNewRowsAndATableWithoutNotesHasNone() {
        DisclosureTable t = table("注：本表无数据。");
        assertThat(t.withRows(List.of()).notes()).containsExactly("注：本表无数据。");
        assertThat(new DisclosureTable(TableType.BUDGET_GOV_FUND, "表", null, List.of()).notes()).isEmpty();
        assertThat(t.withNotes(null).notes()).isEmpty();
        DisclosureTable more = new DisclosureTable(TableType.BUDGET_GOV_FUND, "表", null, List.of())
                .withNotes(List.of("说明：本表无数据。"));
        assertThat(table("注：本表反映…").continuedBy(more).notes()).containsExactly("注：本表反映…", "说明：本表无数据。");
    }
}
