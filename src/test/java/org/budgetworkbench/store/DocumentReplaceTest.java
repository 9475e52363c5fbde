package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corrected document rewrites its stored version: same id and version, new content, history kept. */
class DocumentReplaceTest {
    @TempDir
    Path dir;

    @Test
    void replacedContentIsWhatLoadsAfterReopeningAndNoVersionIsAdded() throws Exception {
        Document doc = SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH);
        Document changed = changeFirstFigureAndDropAnIndicator(doc);
        assertThat(changed).isNotEqualTo(doc);
        long id;
        try (Store store = Store.open(dir.resolve("s"))) {
            id = store.documents().save(doc, "a.xlsx");
            store.edits().record(id, "x/y/z", "1", "2");
            store.documents().replace(id, changed);
            assertThat(store.documents().load(id)).contains(changed);
        }
        try (Store store = Store.open(dir.resolve("s"))) {
            assertThat(store.documents().load(id)).contains(changed);
            assertThat(store.documents().versions(doc.department(), doc.year(), doc.kind())).hasSize(1);
            assertThat(store.edits().list(id)).hasSize(1);
        }
    }

    @Test
    void anotherDocumentsContentOrAnUnknownIdIsRefusedAndNothingChanges() throws Exception {
        Document doc = SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH);
        try (Store store = Store.open(dir.resolve("s"))) {
            long id = store.documents().save(doc, "a.xlsx");
            Document otherYear = new Document(doc.department(), doc.year() - 1, doc.kind(), doc.unit(), List.of(),
                    List.of(), List.of(), List.of(), List.of());
            assertThatThrownBy(() -> store.documents().replace(id, otherYear)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("不能用");
            assertThatThrownBy(() -> store.documents().replace(id + 99, doc)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("找不到");
            assertThat(store.documents().load(id)).contains(doc);
        }
    }

    private static Document changeFirstFigureAndDropAnIndicator(Document doc) {
        DisclosureTable t = doc.tables().get(0);
        Row r = t.rows().get(0);
        String col = r.values().keySet().iterator().next();
        List<Row> rows = new ArrayList<>(t.rows());
        rows.set(0, r.withValue(col, r.amount(col).add(new BigDecimal("1.25"))));
        List<DisclosureTable> tables = new ArrayList<>(doc.tables());
        tables.set(0, t.withRows(rows));
        List<Target> targets = new ArrayList<>(doc.targets());
        Target first = targets.get(0);
        List<Indicator> inds = new ArrayList<>(first.indicators());
        inds.remove(0);
        targets.set(0, first.withIndicators(inds));
        return doc.withTables(tables).withTargets(targets);
    }
}
