package org.budgetworkbench.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void storesEachReadableFileAndNamesTheOnesThatFail() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            DocumentSource source = file -> {
                if (file.getFileName().toString().startsWith("broken")) {
                    throw new DisclosureReadException(file, "文件已损坏");
                }
                return new ExtractResult(file, CorpusDocuments.load(CorpusDocuments.BUDGET), List.of("Sheet9：未识别"));
            };
            ImportReport r = new ImportViewModel(source, store.documents()).importFiles(List.of(
                    dir.resolve("broken.xlsx"), dir.resolve(CorpusDocuments.BUDGET + ".xlsx")));
            assertThat(r.storedIds()).hasSize(1);
            assertThat(r.failures()).containsExactly("broken.xlsx：文件已损坏");
            assertThat(r.notes()).containsExactly(CorpusDocuments.BUDGET + ".xlsx：Sheet9：未识别");
            assertThat(store.documents().list()).hasSize(1);
            assertThat(store.documents().load(r.storedIds().get(0))).isPresent();
        }
    }

    @Test
    void samplesAlreadyStoredAreNotStoredAgain() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            ImportViewModel vm = new ImportViewModel(CorpusDocuments.source(), store.documents());
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
            ImportReport r = new ImportViewModel(source, store.documents()).importFiles(List.of(Path.of("a.pdf")));
            assertThat(r.failures()).singleElement().asString().startsWith("a.pdf：").contains("bug");
        }
    }

    @Test
    void samplesAreTheWorkbooksOfTheFirstFolderThatHasAny() {
        Samples s = new Samples(List.of(dir.resolve("nowhere"), Path.of("samples")));
        assertThat(s.files()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).endsWith(".xlsx"));
        assertThat(new Samples(List.of(dir)).files()).isEmpty();
    }
}
