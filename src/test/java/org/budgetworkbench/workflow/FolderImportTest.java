package org.budgetworkbench.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A district's folder imported at once: nested by department, what reads is kept, known content skipped. */
class FolderImportTest {
    @TempDir
    Path dir;

    /** Reads a file as the department its folder is named after; "broken" refuses, "partial" skips a sheet. */
    private final DocumentSource source = file -> {
        String name = file.getFileName().toString();
        if (name.startsWith("broken")) {
            throw new DisclosureReadException(file, "文件已损坏");
        }
        String dept = file.getParent().getFileName().toString();
        Document d = new Document(dept, 2024, DocumentKind.BUDGET, null, List.of(), List.of(), List.of(),
                name.endsWith(".pdf") ? List.of(new NarrativeSection("一、总体情况", 2, 1, List.of("收入总计 1 万元。")))
                        : List.of(), List.of());
        return new ExtractResult(file, d, name.startsWith("partial") ? List.of("Sheet3：未识别") : List.of());
    };

    private Path district() throws Exception {
        Path d = dir.resolve("区");
        write(d.resolve("教育局/部门预算.xlsx"), "edu-xlsx");
        write(d.resolve("教育局/部门预算.pdf"), "edu-pdf");
        write(d.resolve("卫健局/部门预算.xlsx"), "health");
        write(d.resolve("卫健局/~$部门预算.xlsx"), "lock");
        write(d.resolve("街道/某街道/broken.pdf"), "broken");
        write(d.resolve("街道/某街道/partial.xlsx"), "street");
        return d;
    }

    private static void write(Path p, String content) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    @Test
    void importsEveryDepartmentKeepsWhatReadsAndListsTheRest() throws Exception {
        Path d = district();
        try (Store store = Store.open(dir.resolve("store"))) {
            List<Integer> seen = new ArrayList<>();
            ImportReport r = new ImportWorkflow(source, store, doc -> List.of()).importFolder(d, new ImportProgress() {
                @Override
                public void reading(int index, int total, Path file) {
                    seen.add(index);
                    assertThat(total).isEqualTo(5);
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            assertThat(seen).containsExactly(0, 1, 2, 3, 4);
            assertThat(r.cancelled()).isFalse();
            assertThat(r.discarded()).isFalse();
            assertThat(r.stored()).extracting(ImportReport.StoredOutcome::title).containsExactly(
                    "卫健局 2024 年部门预算", "教育局 2024 年部门预算", "某街道 2024 年部门预算");
            assertThat(r.stored().get(1).mergedFrom()).singleElement().asString().endsWith("部门预算.pdf");
            assertThat(r.failures()).singleElement().asString().startsWith("街道/某街道/broken.pdf：").contains("文件已损坏");
            assertThat(r.files()).filteredOn(f -> f.file().endsWith("partial.xlsx")).singleElement()
                    .satisfies(f -> assertThat(f.skipped()).containsExactly("Sheet3：未识别"));
            assertThat(store.documents().list()).hasSize(3);

            // again, and with a copy of a workbook under another name: nothing new is stored
            Files.copy(d.resolve("卫健局/部门预算.xlsx"), Files.createDirectories(d.resolve("副本")).resolve("卫健.xlsx"));
            ImportReport again = new ImportWorkflow(source, store, doc -> List.of()).importFolder(d, ImportProgress.NONE);
            assertThat(again.stored()).isEmpty();
            assertThat(again.alreadyStored()).containsExactlyInAnyOrder("副本/卫健.xlsx", "卫健局/部门预算.xlsx",
                    "教育局/部门预算.pdf", "教育局/部门预算.xlsx", "街道/某街道/partial.xlsx");
            assertThat(again.failures()).hasSize(1);
            assertThat(store.documents().list()).hasSize(3);
        }
    }

    @Test
    void aCancelKeepsTheDepartmentsFinishedAndSaysSo() throws Exception {
        Path d = district();
        try (Store store = Store.open(dir.resolve("store"))) {
            int[] read = {0};
            ImportReport r = new ImportWorkflow(source, store, doc -> List.of()).importFolder(d, new ImportProgress() {
                @Override
                public void reading(int index, int total, Path file) {
                    read[0]++;
                }

                @Override
                public boolean cancelled() {
                    return read[0] >= 2;
                }
            });
            assertThat(r.cancelled()).isTrue();
            assertThat(read[0]).isEqualTo(2);
            assertThat(r.stored()).extracting(ImportReport.StoredOutcome::title).containsExactly("卫健局 2024 年部门预算");
            assertThat(store.documents().list()).hasSize(1);
            assertThat(r.failures()).containsExactly("教育局/部门预算.pdf：" + FolderImport.CANCELLED);
        }
    }

    @Test
    void aFolderThatIsNotThereIsOneRefusalNamingIt() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportReport r = new ImportWorkflow(source, store, doc -> List.of()).importFolder(dir.resolve("nowhere"),
                    ImportProgress.NONE);
            assertThat(r.failures()).singleElement().asString().contains("nowhere");
        }
    }
}
