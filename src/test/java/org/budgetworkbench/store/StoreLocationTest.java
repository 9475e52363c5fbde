package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
    private final Path home = Path.of("/home/analyst");

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(StoreLocation.forSystem("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home))
                .isEqualTo(Path.of("/data/xdg", "budget-workbench", "store"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(StoreLocation.forSystem("Linux", Map.of(), home))
                .isEqualTo(home.resolve(".local/share/budget-workbench/store"));
        assertThat(StoreLocation.forSystem("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), home))
                .isEqualTo(home.resolve(".local/share/budget-workbench/store"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(StoreLocation.forSystem("Windows 11", Map.of("APPDATA", "/users/analyst/AppData/Roaming"), home))
                .isEqualTo(Path.of("/users/analyst/AppData/Roaming", "BudgetWorkbench", "store"));
        assertThat(StoreLocation.forSystem("Windows 10", Map.of(), home))
                .isEqualTo(home.resolve("AppData/Roaming/BudgetWorkbench/store"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(StoreLocation.forSystem("Mac OS X", Map.of("XDG_DATA_HOME", "/data/xdg"), home))
                .isEqualTo(home.resolve("Library/Application Support/BudgetWorkbench/store"));
    }

    @Test
    void defaultLocationFollowsThisSystem() {
        assertThat(Store.defaultLocation()).isEqualTo(StoreLocation.forThisSystem());
        assertThat(Store.defaultLocation().getFileName().toString()).isEqualTo("store");
    }
}
