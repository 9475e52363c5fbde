package org.budgetworkbench.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.LanguagePreference;

/**
 * What the window tests share: a store in a folder of its own, preferences of their own (so a test never
 * touches the user's), one background thread, and the window shown at a 1366×768 laptop's size.
 * Set {@code headless.geometry} to 1366x768-32 in the test class's static block, before the toolkit starts.
 */
final class HeadlessWindow implements AutoCloseable {
    final Path dir;
    final Store store;
    final Preferences prefs = Preferences.userRoot().node("org/budgetworkbench/test/" + UUID.randomUUID());
    final ExecutorService background = Executors.newSingleThreadExecutor();

    HeadlessWindow() throws java.io.IOException {
        dir = Files.createTempDirectory("bw-window");
        store = Store.open(dir.resolve("store"));
    }

    private MainWindow main;

    /** The window shown last. */
    MainWindow mainWindow() {
        return main;
    }

    Scene show(Stage stage, MainWindowViewModel vm) {
        main = new MainWindow(stage, vm, new LanguagePreference(prefs), background);
        return main.show(Math.min(1366, Screen.getPrimary().getBounds().getWidth()),
                        Math.min(768, Screen.getPrimary().getBounds().getHeight()));
    }

    @Override
    public void close() throws BackingStoreException {
        background.shutdownNow();
        store.close();
        prefs.removeNode();
    }
}
