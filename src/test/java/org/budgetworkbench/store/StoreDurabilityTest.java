package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 数据库持久性: a write the disk refuses is a failure the analyst is told of, with nothing half-stored; a store
 * that cannot be written is refused when opened; an export that cannot be recorded keeps the old file; a text as
 * long as a cell may hold is stored whole.
 */
class StoreDurabilityTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fileSystem() {
        FailingFileSystem.register();
    }

    @AfterEach
    void healthy() {
        FailingFileSystem.full = false;
        FailingFileSystem.readOnly = false;
    }

    private Store failing(Path file) {
        return Store.open(file, true, FailingFileSystem.PREFIX);
    }

    @Test
    void anImportOnAFullDiskFailsSaysSoAndLeavesTheStoreAsItWas() throws Exception {
        Path file = dir.resolve("store");
        Document first = SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH);
        Document second = SampleDocuments.truth(SampleDocuments.FINAL_TRUTH);
        Store store = failing(file);
        store.documents().saveAll(List.of(first), List.of("a.xlsx"));
        FailingFileSystem.full = true;
        StoreException e = catchThrowableOfType(() -> store.documents().saveAllChecked(List.of(second),
                List.of("b.xlsx"), List.of(List.of())), StoreException.class);
        assertThat(e).as("a write the disk refused is a failure, not 已导入").isNotNull();
        assertThat(e.getMessage()).contains("磁盘可能已满").contains("数据库中原有的内容不变")
                .doesNotContain("Exception").doesNotContain("General error");
        try {
            store.close();
        } catch (StoreException closing) {
            assertThat(closing.getMessage()).doesNotContain("Exception");
        }
        FailingFileSystem.full = false;
        try (Store reopened = Store.open(file)) {
            List<StoredDocument> docs = reopened.documents().list();
            assertThat(docs).extracting(StoredDocument::department).containsExactly(first.department());
            assertThat(reopened.documents().load(docs.get(0).id()).orElseThrow().tables())
                    .hasSameSizeAs(first.tables());
        }
    }

    @Test
    void aReadOnlyStoreIsRefusedWhenOpenedInWords() throws Exception {
        Path file = dir.resolve("store");
        Store.open(file).close();
        FailingFileSystem.readOnly = true;
        StoreException e = catchThrowableOfType(() -> failing(file), StoreException.class);
        assertThat(e.getMessage()).contains("只读").doesNotContain("Exception").doesNotContain("SQL");
    }

    @Test
    void aStoreThatMustExistIsNotCreated() {
        Path file = dir.resolve("typo").resolve("store");
        StoreException e = catchThrowableOfType(() -> Store.openExisting(file), StoreException.class);
        assertThat(e.getMessage()).contains("不存在").contains("--create-db");
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    @Test
    void anExportTheStoreCannotRecordKeepsTheOldFileAndLeavesNoPart() throws Exception {
        Path file = dir.resolve("store");
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Path out = outDir.resolve("公开表.xlsx");
        Files.writeString(out, "the analyst's earlier export");
        try (Store store = failing(file)) {
            long id = store.documents().saveAll(List.of(SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH)),
                    List.of("a.xlsx")).get(0);
            FailingFileSystem.full = true;
            StoreException e = catchThrowableOfType(() -> new org.budgetworkbench.workflow.StoreExports(store).disclosure(id, out),
                    StoreException.class);
            assertThat(e.getMessage()).contains("磁盘可能已满");
        } catch (StoreException closing) {
            // the store cannot be closed cleanly on a full disk either; what matters is below
        }
        assertThat(Files.readString(out)).isEqualTo("the analyst's earlier export");
        try (Stream<Path> left = Files.list(outDir)) {
            assertThat(left).containsExactly(out);
        }
    }

    @Test
    void anExportIntoAMissingFolderIsAnError() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            long id = store.documents().saveAll(List.of(SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH)),
                    List.of("a.xlsx")).get(0);
            Path out = dir.resolve("no-such-folder").resolve("x.xlsx");
            java.io.IOException e = catchThrowableOfType(() -> new org.budgetworkbench.workflow.StoreExports(store).disclosure(id, out),
                    java.io.IOException.class);
            assertThat(e.getMessage()).contains("不存在");
            assertThat(dir.resolve("no-such-folder")).doesNotExist();
        }
    }

    @Test
    void aRowNameAsLongAsACellMayHoldIsStoredWhole() throws Exception {
        Document doc = SampleDocuments.truth(SampleDocuments.BUDGET_TRUTH);
        DisclosureTable t = doc.tables().get(0);
        Row r = t.rows().get(0);
        String name = "长".repeat(32_767);
        Document longName = doc.withTables(Stream.concat(
                Stream.of(t.withRows(Stream.concat(Stream.of(new Row(r.key(), name, r.values(), r.cells())),
                        t.rows().stream().skip(1)).toList())), doc.tables().stream().skip(1)).toList());
        try (Store store = Store.open(dir.resolve("store"))) {
            long id = store.documents().save(longName, "a.xlsx");
            assertThat(store.documents().load(id).orElseThrow().tables().get(0).rows().get(0).name()).isEqualTo(name);
        }
    }
}
