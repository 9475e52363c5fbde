package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.budgetworkbench.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the program in the middle of an import (kill -9 of a child JVM writing to the store) never leaves a
 * partial document: reopened, every document the store lists loads whole, with all its tables and rows.
 */
class KilledImportTest {
    @TempDir
    Path dir;

    @Test
    void aStoreKilledMidImportHoldsOnlyWholeDocuments() throws Exception {
        Document budget = SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH);
        Document fin = SampleDocuments.truth(SampleDocuments.FINAL_TRUTH);
        Map<String, Document> expected = Map.of(budget.department() + budget.kind(), budget,
                fin.department() + fin.kind(), fin);
        Random random = new Random(13);
        Path file = dir.resolve("store");
        for (int trial = 0; trial < 3; trial++) {
            try (ChildJvm child = new ChildJvm(ImportLoop.class, file.toString())) {
                assertThat(child.awaitLine("saved 1")).as("the child imports").isTrue();
                Thread.sleep(random.nextInt(400));
                child.kill();
            }
            try (Store store = Store.open(file)) {
                assertThat(store.documents().list()).isNotEmpty();
                for (StoredDocument d : store.documents().list()) {
                    Document want = expected.get(d.department() + d.kind());
                    Document got = store.documents().load(d.id()).orElseThrow();
                    assertThat(got.tables()).hasSameSizeAs(want.tables());
                    for (int t = 0; t < want.tables().size(); t++) {
                        assertThat(got.tables().get(t).rows()).hasSameSizeAs(want.tables().get(t).rows());
                    }
                }
            }
        }
    }
}
