package org.budgetworkbench.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives by default (数据目录): the per-user data folder each operating system expects.
 * Kept apart from {@link Store} so the rule can be tested for every system on any one of them.
 */
final class StoreLocation {
    static final String APP_DIR_UNIX = "budget-workbench";
    static final String APP_DIR = "BudgetWorkbench";
    static final String FILE_NAME = "store";

    private StoreLocation() {
    }

    static Path forThisSystem() {
        return forSystem(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Windows: %APPDATA%\BudgetWorkbench; macOS: ~/Library/Application Support/BudgetWorkbench;
     * others: $XDG_DATA_HOME/budget-workbench, else ~/.local/share/budget-workbench. File name {@code store}.
     */
    static Path forSystem(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path dir;
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            dir = base.resolve(APP_DIR);
        } else if (os.startsWith("mac") || os.contains("darwin")) {
            dir = home.resolve("Library").resolve("Application Support").resolve(APP_DIR);
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            // the XDG spec says a relative value is to be ignored
            Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
            dir = base.resolve(APP_DIR_UNIX);
        }
        return dir.resolve(FILE_NAME);
    }

    private static boolean isSet(String v) {
        return v != null && !v.isBlank();
    }
}
