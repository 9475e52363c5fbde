package org.budgetworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The tests keep their preferences (language, recent files, dividers) under target/, never in the user's own. */
class PrivatePreferencesTest {
    @Test
    void preferencesWrittenByATestLandUnderTheBuildFolder() throws Exception {
        String root = System.getProperty("java.util.prefs.userRoot");
        assertThat(root).as("java.util.prefs.userRoot set by the build").isNotNull();
        Path dir = Path.of(root).toAbsolutePath();
        assertThat(dir.toString()).contains("target");
        assertThat(dir.startsWith(Path.of(System.getProperty("user.home"), ".java"))).isFalse();
        Preferences node = Preferences.userRoot().node("org/budgetworkbench/test/" + UUID.randomUUID());
        node.put("k", "v");
        node.flush();
        try (var files = Files.walk(dir)) {
            assertThat(files.anyMatch(p -> p.toString().contains(node.name()))).isTrue();
        } finally {
            node.removeNode();
        }
    }
}
