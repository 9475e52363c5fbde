package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void budgetTruthComesBackEqual() throws Exception {
        Document doc = SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH);
        long id = store.documents().save(doc, "samples/budget.xlsx");
        assertThat(store.documents().load(id)).contains(doc);
    }

    @Test
    void finalTruthWithEvaluationsComesBackEqual() throws Exception {
        Document doc = SampleDocuments.truth(SampleDocuments.FINAL_TRUTH);
        assertThat(doc.evaluations()).isNotEmpty();
        long id = store.documents().save(doc, "samples/final.pdf");
        assertThat(store.documents().load(id)).contains(doc);
    }

    @Test
    void aTablesHeadWordsComeBackSoTheChecksOnThemHoldOnAStoredDocument() throws Exception {
        Document doc = SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH);
        List<DisclosureTable> tables = new ArrayList<>(doc.tables());
        tables.set(0, tables.get(0).withHead(new org.budgetworkbench.model.TableHead(
                List.of("第二部分 某局2024年部门预算表", "单位：万元"), List.of("项目", "本年政府性基金预算支出", "合计"))));
        Document headed = doc.withTables(tables);
        long id = store.documents().save(headed, "samples/budget.xlsx");
        Document back = store.documents().load(id).orElseThrow();
        assertThat(back.tables().get(0).head()).isEqualTo(tables.get(0).head());
        assertThat(back.tables().get(1).head().isEmpty()).isTrue();
    }

    @Test
    void theOutlinesOfTheCurrentVersionsSayWhatEachHoldsWithoutLoadingIt() throws Exception {
        Document budget = SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH);
        Document finals = SampleDocuments.truth(SampleDocuments.FINAL_TRUTH);
        Document parts = SampleDocuments.everyPart("某局", 2024);
        long b = store.documents().save(budget, "b.xlsx");
        long f = store.documents().save(finals, "f.xlsx");
        long p = store.documents().save(parts, "p.xlsx");
        Document bare = new Document("空局", 2024, org.budgetworkbench.model.DocumentKind.BUDGET, "万元",
                List.of(), List.of(), List.of(), List.of(), List.of());
        long e = store.documents().save(bare, "e.xlsx");

        java.util.Map<Long, org.budgetworkbench.model.DocumentOutline> outlines = store.documents().outlines();
        assertThat(outlines).containsEntry(b, org.budgetworkbench.model.DocumentOutline.of(budget))
                .containsEntry(f, org.budgetworkbench.model.DocumentOutline.of(finals))
                .containsEntry(p, org.budgetworkbench.model.DocumentOutline.of(parts))
                .containsEntry(e, org.budgetworkbench.model.DocumentOutline.of(bare));
        assertThat(outlines.get(p).hasNarrative()).isTrue();
        assertThat(outlines.get(f).hasEvaluations()).isTrue();

        long again = store.documents().save(budget, "b2.xlsx");
        assertThat(store.documents().outlines()).containsKey(again).doesNotContainKey(b);
    }

    @Test
    void everyPartComesBackEqualInOrder() {
        Document doc = SampleDocuments.everyPart("某局", 2024);
        long id = store.documents().save(doc, null);
        Document back = store.documents().load(id).orElseThrow();

        assertThat(back).isEqualTo(doc);
        Row total = back.tables().get(0).rows().get(0);
        // the scale each figure came with, the blank cell, and the order of the columns
        assertThat(total.values().get("basic")).isEqualTo(new BigDecimal("1754.240"));
        assertThat(total.values().get("to_superior")).isEqualTo(new BigDecimal("1E+3"));
        assertThat(total.values().get("to_affiliated")).isEqualTo(new BigDecimal("0.12345678"));
        assertThat(total.values()).containsKey("project").containsEntry("project", null);
        assertThat(new ArrayList<>(total.values().keySet()))
                .containsExactlyElementsOf(doc.tables().get(0).rows().get(0).values().keySet());
        assertThat(total.cells()).containsOnlyKeys("total", "project", "remark");
        assertThat(back.tables().get(0).rows()).extracting(Row::key).containsExactly("total", "2010301", "name:某项目");
    }

    @Test
    void unknownIdLoadsNothing() {
        assertThat(store.documents().load(424242)).isEmpty();
        assertThat(store.documents().get(424242)).isEmpty();
    }

    @Test
    void reimportKeepsTheEarlierVersionAndMakesTheNewOneCurrent() {
        Document first = SampleDocuments.everyPart("某局", 2024);
        Document second = first.withTables(List.of(first.tables().get(0).withRows(List.of())));
        long v1 = store.documents().save(first, "first.xlsx");
        long v2 = store.documents().save(second, "second.xlsx");

        assertThat(store.documents().versions("某局", 2024, DocumentKind.BUDGET))
                .extracting(StoredDocument::id, StoredDocument::version, StoredDocument::sourceFile)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(v1, 1, "first.xlsx"),
                        org.assertj.core.groups.Tuple.tuple(v2, 2, "second.xlsx"));
        assertThat(store.documents().current("某局", 2024, DocumentKind.BUDGET)).get()
                .extracting(StoredDocument::id).isEqualTo(v2);
        assertThat(store.documents().list()).extracting(StoredDocument::id).containsExactly(v2);
        assertThat(store.documents().load(v1)).contains(first);
        assertThat(store.documents().load(v2)).contains(second);
    }

    @Test
    void otherYearsAndKindsAreOtherDocuments() {
        long a = store.documents().save(SampleDocuments.everyPart("某局", 2024), "a");
        long b = store.documents().save(SampleDocuments.everyPart("某局", 2023), "b");
        Document fin = SampleDocuments.everyPart("某局", 2024);
        long c = store.documents().save(new Document(fin.department(), fin.year(), DocumentKind.FINAL, fin.unit(),
                fin.tables(), fin.targets(), fin.evaluations(), fin.narrative(), fin.formFields()), "c");

        assertThat(store.documents().list()).extracting(StoredDocument::id).containsExactlyInAnyOrder(a, b, c);
        assertThat(store.documents().list()).allSatisfy(d -> assertThat(d.version()).isEqualTo(1));
        assertThat(store.documents().current("某局", 2024, DocumentKind.FINAL)).get()
                .satisfies(d -> {
                    assertThat(d.id()).isEqualTo(c);
                    assertThat(d.status()).isEqualTo(DocumentStatus.IMPORTED);
                    assertThat(d.importedAt()).isNotNull();
                });
        assertThat(store.documents().current("另一局", 2024, DocumentKind.FINAL)).isEmpty();
    }

    @Test
    void saveAllWithOneBadDocumentStoresNothingAndKeepsWhatWasThere() throws Exception {
        Document kept = SampleDocuments.everyPart("某局", 2024);
        long keptId = store.documents().save(kept, "kept.xlsx");

        Document good = SampleDocuments.everyPart("新局", 2024);
        // a new version of the kept document that fails midway: its document row and first table go in,
        // then a row without a key breaks the NOT NULL constraint
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("total", BigDecimal.ONE);
        DisclosureTable broken = kept.tables().get(0).withRows(List.of(new Row(null, "无键行", v)));
        Document badVersion = kept.withTables(List.of(kept.tables().get(0), broken));
        Document noDepartment = SampleDocuments.everyPart(null, 2024);

        assertThatThrownBy(() -> store.documents().saveAll(List.of(good, badVersion), List.of("good", "bad")))
                .isInstanceOf(StoreException.class).hasMessageContaining("保存文档失败")
                .hasMessageContaining(store.file().toString());
        assertThatThrownBy(() -> store.documents().saveAll(List.of(good, noDepartment), List.of("good", "bad")))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.documents().save(noDepartment, "bad")).isInstanceOf(StoreException.class);

        assertThat(store.documents().list()).extracting(StoredDocument::id).containsExactly(keptId);
        assertThat(store.documents().versions("某局", 2024, DocumentKind.BUDGET)).hasSize(1);
        assertThat(store.documents().current("某局", 2024, DocumentKind.BUDGET)).get()
                .extracting(StoredDocument::id).isEqualTo(keptId);
        assertThat(store.documents().versions("新局", 2024, DocumentKind.BUDGET)).isEmpty();
        assertThat(store.documents().load(keptId)).contains(kept);
        assertThat(count("SELECT COUNT(*) FROM table_rows")).isEqualTo(3);

        // and the store still works afterwards
        List<Long> ids = store.documents().saveAll(List.of(good, SampleDocuments.everyPart("第三局", 2024)),
                List.of("good", "third"));
        assertThat(ids).hasSize(2);
        assertThat(store.documents().load(ids.get(0))).contains(good);
    }

    @Test
    void statusMovesThroughTheWorkflow() {
        long id = store.documents().save(SampleDocuments.everyPart("某局", 2024), "a");
        store.documents().setStatus(id, DocumentStatus.CHECKED);
        assertThat(store.documents().get(id)).get().extracting(StoredDocument::status).isEqualTo("checked");
        store.documents().setStatus(id, "exported");
        assertThat(store.documents().list()).extracting(StoredDocument::status).containsExactly("exported");

        assertThatThrownBy(() -> store.documents().setStatus(id, "done"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("未知的文档状态");
        assertThatThrownBy(() -> store.documents().setStatus(id + 1000, "checked"))
                .isInstanceOf(StoreException.class).hasMessageContaining("找不到编号为");
    }

    @Test
    void figuresAreQueryableAsDecimals() throws Exception {
        long id = store.documents().save(SampleDocuments.everyPart("某局", 2024), "a");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT c.amount FROM cells c JOIN table_rows r "
                     + "ON r.document_id = c.document_id AND r.table_no = c.table_no AND r.row_no = c.row_no "
                     + "WHERE c.document_id = " + id + " AND r.row_key = '2010301' AND c.column_id = 'total'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("1040.55");
        }
    }

    @Test
    void everythingIsStillThereAfterReopening() throws Exception {
        Document doc = SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH);
        long id = store.documents().save(doc, "budget.xlsx");
        store.documents().setStatus(id, DocumentStatus.EDITED);
        store.findings().replace(id, List.of(FindingsStoreTest.sumMismatch(new BigDecimal("210.49"))));
        String fp = FindingsStoreTest.sumMismatch(BigDecimal.ONE).fingerprint();
        store.findings().setStatus(id, fp, FindingStatus.ACCEPTED);
        store.edits().record(id, "budget.expenditure/221/total", "210.49", "210.50");
        StoredDocument stored = store.documents().get(id).orElseThrow();
        store.close();

        // the same file, named with its suffix this time
        store = Store.open(dir.resolve("store.mv.db"));
        assertThat(store.documents().list()).containsExactly(stored);
        assertThat(store.documents().load(id)).contains(doc);
        assertThat(store.findings().list(id)).extracting(StoredFinding::status).containsExactly("accepted");
        assertThat(store.edits().list(id)).extracting(Edit::newValue).containsExactly("210.50");
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
