package org.budgetworkbench.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportWorkflowTest {
    @TempDir
    Path dir;

    @Test
    void aFailingFileInTheBatchLeavesTheStoreAsItWasAndTheReportSaysWhyFileByFile() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            DocumentSource source = file -> {
                if (file.getFileName().toString().startsWith("broken")) {
                    throw new DisclosureReadException(file, "文件已损坏");
                }
                return new ExtractResult(file, CorpusDocuments.load(CorpusDocuments.BUDGET), List.of("Sheet9：未识别"));
            };
            ImportReport r = new ImportWorkflow(source, store.documents()).importFiles(List.of(
                    dir.resolve(CorpusDocuments.BUDGET + ".xlsx"), dir.resolve("broken.xlsx")));
            assertThat(r.storedIds()).isEmpty();
            assertThat(r.discarded()).isTrue();
            assertThat(store.documents().list()).isEmpty();
            assertThat(r.failures()).containsExactly("broken.xlsx：文件已损坏");
            assertThat(r.files()).extracting(FileOutcome::result)
                    .containsExactly(FileOutcome.Result.READ, FileOutcome.Result.FAILED);
            FileOutcome read = r.files().get(0);
            assertThat(read.tables()).isEqualTo(CorpusDocuments.load(CorpusDocuments.BUDGET).tables().size());
            assertThat(read.skipped()).containsExactly("Sheet9：未识别");
            assertThat(r.notes()).containsExactly(CorpusDocuments.BUDGET + ".xlsx：Sheet9：未识别");
        }
    }

    @Test
    void aBatchThatReadsWholeIsStoredAndEachDocumentCheckedByTheValidator() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            List<Document> checked = new ArrayList<>();
            Finding f = new Finding("R1", FindingKind.SUM_MISMATCH, Severity.ERROR,
                    FindingPlace.cell("budget.expenditure", "221", "total"), new BigDecimal("1.00"),
                    new BigDecimal("2.00"), "合计不等于明细之和");
            ImportWorkflow vm = new ImportWorkflow(CorpusDocuments.source(), store.documents(), store.findings(),
                    d -> {
                        checked.add(d);
                        return d.kind() == DocumentKind.BUDGET ? List.of(f) : List.of();
                    });
            ImportReport r = vm.importFiles(List.of(Path.of(CorpusDocuments.BUDGET + ".xlsx"),
                    Path.of(CorpusDocuments.FINAL + ".xlsx")));
            assertThat(r.discarded()).isFalse();
            assertThat(r.storedIds()).hasSize(2);
            assertThat(checked).extracting(Document::kind).containsExactly(DocumentKind.BUDGET, DocumentKind.FINAL);
            assertThat(store.findings().list(r.storedIds().get(0))).extracting(s -> s.finding().rule())
                    .containsExactly("R1");
            assertThat(store.findings().list(r.storedIds().get(1))).isEmpty();
        }
    }

    @Test
    void cancelledBetweenFilesStoresNothing() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            List<Path> asked = new ArrayList<>();
            ImportProgress cancelAfterFirst = new ImportProgress() {
                @Override
                public void reading(int index, int total, Path file) {
                    asked.add(file);
                }

                @Override
                public boolean cancelled() {
                    return asked.size() >= 1;
                }
            };
            ImportReport r = new ImportWorkflow(CorpusDocuments.source(), store.documents()).importFiles(List.of(
                    Path.of(CorpusDocuments.BUDGET + ".xlsx"), Path.of(CorpusDocuments.FINAL + ".xlsx")),
                    cancelAfterFirst);
            assertThat(r.cancelled()).isTrue();
            assertThat(r.storedIds()).isEmpty();
            assertThat(asked).hasSize(1);
            assertThat(store.documents().list()).isEmpty();
        }
    }

    @Test
    void cancelledAfterTheLastFileStillStoresNothing() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            int[] read = {0};
            ImportProgress cancelAtTheEnd = new ImportProgress() {
                @Override
                public void reading(int index, int total, Path file) {
                    read[0]++;
                }

                @Override
                public boolean cancelled() {
                    return read[0] == 2;
                }
            };
            ImportReport r = new ImportWorkflow(CorpusDocuments.source(), store.documents()).importFiles(List.of(
                    Path.of(CorpusDocuments.BUDGET + ".xlsx"), Path.of(CorpusDocuments.FINAL + ".xlsx")),
                    cancelAtTheEnd);
            assertThat(r.cancelled()).isTrue();
            assertThat(store.documents().list()).isEmpty();
        }
    }

    @Test
    void samplesAlreadyStoredAreNotStoredAgain() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportWorkflow vm = new ImportWorkflow(CorpusDocuments.source(), store.documents());
            List<Path> samples = List.of(Path.of(CorpusDocuments.BUDGET + ".xlsx"),
                    Path.of(CorpusDocuments.BUDGET + "-stacked.xlsx"), Path.of(CorpusDocuments.FINAL + ".xlsx"));
            ImportReport first = vm.importSamples(samples);
            assertThat(first.storedIds()).hasSize(2);
            assertThat(first.alreadyStored()).containsExactly(CorpusDocuments.BUDGET + "-stacked.xlsx");
            ImportReport again = vm.importSamples(samples);
            assertThat(again.storedIds()).isEmpty();
            assertThat(store.documents().list()).hasSize(2);
        }
    }

    @Test
    void aReaderCrashIsReportedWithTheFileName() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            DocumentSource source = file -> {
                throw new IllegalStateException("bug");
            };
            ImportReport r = new ImportWorkflow(source, store.documents()).importFiles(List.of(Path.of("a.pdf")));
            // the analyst reads a sentence naming the file; the exception itself goes to the log
            assertThat(r.failures()).singleElement().asString().startsWith("a.pdf：").contains("程序出错")
                    .doesNotContain("IllegalStateException");
        }
    }

    @Test
    void aWorkbookImportedWithItsPdfIsStoredOnceWithTheWorkbookAsItsSourceAndTheNarrativeOfThePdf() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Document tables = CorpusDocuments.load(CorpusDocuments.FINAL);
            org.budgetworkbench.model.NarrativeSection text = new org.budgetworkbench.model.NarrativeSection(
                    "一、收入支出决算总体情况说明", 1, 5, List.of("收入总计 1548.12 万元。"));
            DocumentSource source = file -> new ExtractResult(file,
                    file.toString().endsWith(".pdf") ? tables.withNarrative(List.of(text)) : tables, List.of());
            ImportWorkflow vm = new ImportWorkflow(source, store.documents());
            ImportReport r = vm.importFiles(List.of(Path.of("d/决算.pdf"), Path.of("d/决算.xlsx")));

            assertThat(r.storedIds()).hasSize(1);
            assertThat(store.documents().list()).singleElement()
                    .satisfies(d -> assertThat(d.sourceFile()).isEqualTo(Path.of("d/决算.xlsx").toString()));
            assertThat(store.documents().load(r.storedIds().get(0)).orElseThrow().narrative()).containsExactly(text);
            assertThat(r.notes()).singleElement().asString().startsWith("决算.pdf：已与 决算.xlsx 合为一份文档");
        }
    }

    @Test
    void aFileOfWhichNoTableNorFormWasReadIsRefusedNamingTheFileAndNothingIsStored() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Document nothing = new Document("", 2024, DocumentKind.BUDGET, Document.UNIT, List.of(), List.of(),
                    List.of(), List.of(), List.of());
            DocumentSource source = file -> file.getFileName().toString().startsWith("empty")
                    ? new ExtractResult(file, nothing, List.of("工作表“封面”未识别为公开表，已跳过"))
                    : CorpusDocuments.source().extract(file);
            ImportReport r = new ImportWorkflow(source, store.documents(), store.findings(), d -> List.of())
                    .importFiles(List.of(Path.of(CorpusDocuments.BUDGET + ".xlsx"), Path.of("empty-说明.xlsx")));
            assertThat(r.discarded()).isTrue();
            assertThat(r.storedIds()).isEmpty();
            assertThat(store.documents().list()).isEmpty();
            assertThat(r.files().get(1).result()).isEqualTo(FileOutcome.Result.FAILED);
            assertThat(r.failures()).singleElement().asString().startsWith("empty-说明.xlsx：未读出任何公开表或绩效表单")
                    .contains("封面");
        }
    }

    @Test
    void theRegionsNotReadStayWithTheStoredDocumentAndThePartlyReadFileSaysSo() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            DocumentSource source = file -> new ExtractResult(file, CorpusDocuments.load(CorpusDocuments.BUDGET),
                    List.of("工作表“表9”未识别为公开表，已跳过"));
            ImportReport r = new ImportWorkflow(source, store, d -> List.of()).importFiles(List.of(Path.of("部门预算.xlsx")));
            assertThat(r.storedIds()).hasSize(1);
            assertThat(store.readingNotes().list(r.storedIds().get(0)))
                    .containsExactly("部门预算.xlsx：工作表“表9”未识别为公开表，已跳过");
            assertThat(r.files().get(0).partlyRead()).isTrue();
        }
    }

    @Test
    void aFileReadWholeSaysReadAndLeavesNoNotes() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportReport r = new ImportWorkflow(CorpusDocuments.source(), store, d -> List.of()).importFiles(List.of(Path.of(CorpusDocuments.BUDGET + ".xlsx")));
            assertThat(store.readingNotes().list(r.storedIds().get(0))).isEmpty();
            assertThat(r.files().get(0).partlyRead()).isFalse();
        }
    }
}
