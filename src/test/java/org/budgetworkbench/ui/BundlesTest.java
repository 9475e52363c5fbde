package org.budgetworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BundlesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Language.ENGLISH.bundle().keySet())
                .containsExactlyInAnyOrderElementsOf(Language.CHINESE.bundle().keySet());
    }

    @Test
    void chineseIsTheDefaultWhateverTheMachineSays() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Language.fromTag(null)).isEqualTo(Language.CHINESE);
            assertThat(Language.CHINESE.bundle().getString("menu.file")).isEqualTo("文件");
            assertThat(Language.ENGLISH.bundle().getString("menu.file")).isEqualTo("File");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void noKeyIsGivenTwice() throws Exception {
        // a key written twice silently takes the later text, and the first place shows the wrong words
        for (String name : java.util.List.of("messages_zh_CN.properties", "messages_en.properties")) {
            java.util.List<String> keys = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                    "src/main/resources/org/budgetworkbench/ui", name)).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                    .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
            assertThat(keys).as(name).doesNotHaveDuplicates();
        }
    }
}
