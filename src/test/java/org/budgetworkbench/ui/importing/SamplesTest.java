package org.budgetworkbench.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.ui.CorpusDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {
    @TempDir
    Path dir;

    @Test
    void samplesAreWhatTheFirstFolderWithAnyListsElseItsWorkbooks() throws Exception {
        Samples shipped = new Samples(List.of(dir.resolve("nowhere"), Path.of("samples")));
        assertThat(shipped.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                CorpusDocuments.BUDGET + ".xlsx", CorpusDocuments.BUDGET + ".pdf",
                CorpusDocuments.FINAL + ".xlsx", CorpusDocuments.FINAL + ".pdf");
        assertThat(new Samples(List.of(dir)).files()).isEmpty();

        java.nio.file.Files.writeString(dir.resolve("b.xlsx"), "");
        java.nio.file.Files.writeString(dir.resolve("a.xlsx"), "");
        java.nio.file.Files.writeString(dir.resolve("a.pdf"), "");
        assertThat(new Samples(List.of(dir)).files()).extracting(p -> p.getFileName().toString())
                .containsExactly("a.xlsx", "b.xlsx");
        java.nio.file.Files.writeString(dir.resolve("samples.list"), "# the PDF only\n\na.pdf\nmissing.pdf\n");
        assertThat(new Samples(List.of(dir)).files()).extracting(p -> p.getFileName().toString())
                .containsExactly("a.pdf");
    }
}
