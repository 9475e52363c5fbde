package org.budgetworkbench.store;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.model.Document;

/**
 * TEST FIXTURE, run in a child JVM: imports the two sample documents into a store again and again, saying
 * "saved N" after each commit, until it is killed. The parent kills it at a random moment of a write.
 */
public final class ImportLoop {
    private ImportLoop() {
    }

    public static void main(String[] args) throws Exception {
        List<Document> docs = List.of(SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH),
                SampleDocuments.truth(SampleDocuments.FINAL_TRUTH));
        try (Store store = Store.open(Path.of(args[0]))) {
            for (int i = 1; ; i++) {
                store.documents().saveAllChecked(docs, List.of("a.xlsx", "b.xlsx"), List.of(List.of(), List.of()));
                System.out.println("saved " + i);
                System.out.flush();
            }
        }
    }
}
