package org.budgetworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {
    private final Preferences node = Preferences.userRoot().node("org/budgetworkbench/test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void chineseUntilEnglishIsChosenThenRemembered() {
        assertThat(new LanguagePreference(node).load()).isEqualTo(Language.CHINESE);
        new LanguagePreference(node).save(Language.ENGLISH);
        assertThat(new LanguagePreference(node).load()).isEqualTo(Language.ENGLISH);
        new LanguagePreference(node).save(Language.CHINESE);
        assertThat(new LanguagePreference(node).load()).isEqualTo(Language.CHINESE);
    }
}
