package org.budgetworkbench.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's documents paired and checked across; the findings name the other document and outlive re-validation. */
class CrossDocumentReviewTest {
    @TempDir
    Path dir;

    private static Document doc(DocumentKind kind, TableType type, String column, String value) {
        Row total = new Row("total", "合计", Map.of(column, new BigDecimal(value)));
        return new Document("某区某局", 2024, kind, null, List.of(new DisclosureTable(type, type.standardTitle(), null,
                List.of(total))), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aFinalIsComparedWithItsBudgetAndTheFindingLeadsToTheBudget() {
        try (Store store = Store.open(dir.resolve("store"))) {
            List<Long> ids = store.documents().saveAll(List.of(
                    doc(DocumentKind.BUDGET, TableType.BUDGET_THREE_PUBLIC, "total", "36.00"),
                    doc(DocumentKind.FINAL, TableType.FINAL_THREE_PUBLIC, "budget_total", "40.00")), List.of("b", "f"));
            CrossDocumentReview.Result r = new CrossDocumentReview(store).run();
            assertThat(r.pairs()).isEqualTo(1);
            assertThat(r.findings()).isEqualTo(1);
            StoredFinding f = store.findings().list(ids.get(1)).get(0);
            assertThat(f.across()).isTrue();
            assertThat(f.otherDocumentId()).isEqualTo(ids.get(0));
            assertThat(f.finding().other().table()).isEqualTo("budget.three_public");

            store.findings().replace(ids.get(1), List.of()); // the document's own re-validation
            assertThat(store.findings().list(ids.get(1))).hasSize(1);

            store.documents().saveAll(List.of(doc(DocumentKind.FINAL, TableType.FINAL_THREE_PUBLIC, "budget_total",
                    "36.00")), List.of("f2"));
            assertThat(new CrossDocumentReview(store).run().findings()).isZero();
        }
    }

    @Test
    void aUnitsDocumentIsNotComparedWithTheDepartmentsOfTheSameName() {
        try (Store store = Store.open(dir.resolve("store"))) {
            store.documents().saveAll(List.of(
                    doc(DocumentKind.BUDGET, TableType.BUDGET_THREE_PUBLIC, "total", "36.00"),
                    doc(DocumentKind.FINAL, TableType.FINAL_THREE_PUBLIC, "budget_total", "40.00")
                            .withScope(org.budgetworkbench.model.DocumentScope.UNIT)), List.of("b", "f"));
            CrossDocumentReview.Result r = new CrossDocumentReview(store).run();
            assertThat(r.pairs()).isZero();
            assertThat(r.findings()).isZero();
        }
    }
}
