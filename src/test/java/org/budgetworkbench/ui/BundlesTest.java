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
}
