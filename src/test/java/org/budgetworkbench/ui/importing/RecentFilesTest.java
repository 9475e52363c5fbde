package org.budgetworkbench.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("org/budgetworkbench/test/" + UUID.randomUUID());

    @AfterEach
    void tearDown() throws Exception {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutRepeatsAndRememberedAcrossInstances() {
        RecentFiles recent = new RecentFiles(node);
        recent.add(List.of(Path.of("/d/a.xlsx"), Path.of("/d/b.pdf")));
        recent.add(List.of(Path.of("/d/c.xls"), Path.of("/d/a.xlsx")));
        assertThat(new RecentFiles(node).list())
                .containsExactly(Path.of("/d/c.xls"), Path.of("/d/a.xlsx"), Path.of("/d/b.pdf"));
    }

    @Test
    void keepsTheTenNewest() {
        RecentFiles recent = new RecentFiles(node);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            recent.add(List.of(Path.of("/d/f" + i + ".xlsx")));
            files.add(0, Path.of("/d/f" + i + ".xlsx"));
        }
        assertThat(recent.list()).hasSize(RecentFiles.MAX).containsExactlyElementsOf(files.subList(0, 10));
        recent.clear();
        assertThat(recent.list()).isEmpty();
    }

    @Test
    void droppedFilesKeepOnlyWorkbooksAndPdfs() {
        assertThat(DroppedFiles.importable(List.of(Path.of("a.XLSX"), Path.of("b.xls"), Path.of("c.pdf"),
                Path.of("d.docx"), Path.of("e.csv")))).containsExactly(Path.of("a.XLSX"), Path.of("b.xls"),
                Path.of("c.pdf"));
    }
}
