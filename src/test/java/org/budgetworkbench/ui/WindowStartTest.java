package org.budgetworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStartTest {
    @TempDir
    Path dir;

    @Test
    void onlyNothingOrDbAloneOpensTheWindow() {
        assertThat(WindowStart.opensWindow(new String[0])).isTrue();
        assertThat(WindowStart.opensWindow(new String[] {"--db", "/x/store"})).isTrue();
        assertThat(WindowStart.storeArgument(new String[] {"--db=/x/store"})).contains(Path.of("/x/store"));
        assertThat(WindowStart.opensWindow(new String[] {"import", "a.xlsx", "--db", "/x/store"})).isFalse();
        assertThat(WindowStart.opensWindow(new String[] {"--db"})).isFalse();
    }

    @Test
    void aStoreNamedForTheWindowMustExist() throws Exception {
        Path store = dir.resolve("store");
        assertThat(WindowStart.missingStore(store)).get().asString().contains("不存在").contains("store.mv.db");
        Files.writeString(dir.resolve("store.mv.db"), "");
        assertThat(WindowStart.missingStore(store)).isEmpty();
        assertThat(WindowStart.missingStore(dir.resolve("store.mv.db"))).isEmpty();
    }

    @Test
    void aWindowThatCannotStartSaysWhatTheMachineLacksInASentence() {
        String s = WindowStart.cannotStart(new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(s).contains("GTK 3").contains("libgtk-3-0").doesNotContain("Exception");
    }

    @Test
    void withoutAChineseFontTheWindowSaysSo() {
        assertThat(WindowStart.missingChineseFont(List.of("DejaVu Sans", "System"))).get().asString()
                .contains("fonts-noto-cjk");
        assertThat(WindowStart.missingChineseFont(List.of("DejaVu Sans", "Noto Sans CJK SC"))).isEmpty();
    }
}
