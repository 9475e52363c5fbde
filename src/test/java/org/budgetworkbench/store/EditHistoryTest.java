package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditHistoryTest {
    @TempDir
    Path dir;

    @Test
    void editsAreListedOldestFirstPerDocument() {
        try (Store store = Store.open(dir.resolve("store"))) {
            long a = store.documents().save(SampleDocuments.everyPart("某局", 2024), "a");
            long b = store.documents().save(SampleDocuments.everyPart("另一局", 2024), "b");
            long e1 = store.edits().record(a, "budget.expenditure/221/total", "210.49", "210.50");
            long e2 = store.edits().record(b, "budget.expenditure/201/basic", "1", "2");
            long e3 = store.edits().record(a, "target/年度目标1/聘用人员数量", "≥18", "≥18人");
            long e4 = store.edits().record(a, "budget.expenditure/221/project", null, "0");

            List<Edit> edits = store.edits().list(a);
            assertThat(edits).extracting(Edit::id).containsExactly(e1, e3, e4);
            assertThat(edits).extracting(Edit::place).containsExactly("budget.expenditure/221/total",
                    "target/年度目标1/聘用人员数量", "budget.expenditure/221/project");
            assertThat(edits.get(2).oldValue()).isNull();
            assertThat(edits).allSatisfy(e -> assertThat(e.documentId()).isEqualTo(a));
            assertThat(edits.get(0).at()).isBeforeOrEqualTo(edits.get(1).at());
            assertThat(edits.get(1).at()).isBeforeOrEqualTo(edits.get(2).at());
            assertThat(store.edits().list(b)).extracting(Edit::id).containsExactly(e2);
        }
    }
}
