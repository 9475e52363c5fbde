package org.budgetworkbench.ui;

import org.budgetworkbench.core.DisclosureExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoreException;
import org.slf4j.LoggerFactory;
import org.budgetworkbench.workflow.DocumentSource;
import org.budgetworkbench.ui.importing.RecentFiles;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.main.MainWindow;
import org.budgetworkbench.ui.main.MainWindowViewModel;

/**
 * The desktop application (桌面程序): opens the store, the main window in the remembered language (Chinese
 * unless English was chosen) and wires the reader in. With {@code -Dbudgetworkbench.screenshot=FILE} it
 * saves a picture of the window once shown, for looking at the layout without a person at the screen.
 */
public class App extends Application {
    public static final String SCREENSHOT_PROPERTY = "budgetworkbench.screenshot";
    /** Start-up benchmark: print "shown-after-ms=N" once the window is shown and takes input, then exit. */
    public static final String EXIT_WHEN_SHOWN_PROPERTY = "budgetworkbench.exitWhenShown";

    private Store store;
    private ExecutorService background;

    /** The store, opened (schema checked by Flyway: the slowest part of start-up) while the toolkit starts. */
    private static volatile CompletableFuture<Store> opening;

    /** The store the window shows: {@code --db PATH} (which must exist), else the usual one. */
    private static volatile Path storePath;

    public static void launchApp(String[] args) {
        Optional<Path> named = WindowStart.storeArgument(args);
        if (named.isPresent() && WindowStart.missingStore(named.get()).isPresent()) {
            System.err.println(WindowStart.missingStore(named.get()).get());
            System.exit(2);
            return;
        }
        Path db = named.orElseGet(Store::defaultLocation);
        storePath = db;
        WindowLog.toFileBeside(db);
        // a start that fails (no display, no GTK) must not leave a new empty store behind
        boolean existed = Files.exists(WindowStart.databaseFile(db.toAbsolutePath()));
        opening = CompletableFuture.supplyAsync(() -> Store.open(db), r -> {
            Thread t = new Thread(r, "store-open");
            t.setDaemon(true);
            t.start();
        });
        try {
            Application.launch(App.class);
        } catch (RuntimeException | Error e) {
            LoggerFactory.getLogger(App.class).error("窗口无法启动", e);
            System.err.println(WindowStart.cannotStart(e));
            closeAndForget(db, existed);
            System.exit(1);
        }
    }

    /** After a failed start: the store closed and, if this start created it, removed with its trace file. */
    private static void closeAndForget(Path db, boolean existed) {
        try {
            opening.join().close();
        } catch (RuntimeException ignored) {
            // the store did not open either; nothing to close
        }
        if (!existed) {
            Path file = WindowStart.databaseFile(db.toAbsolutePath());
            String base = file.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
            for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
                try {
                    Files.deleteIfExists(file.resolveSibling(base + suffix));
                } catch (java.io.IOException ignored) {
                    // best effort: the message above already says what went wrong
                }
            }
        }
    }

    private static Store openedStore() {
        CompletableFuture<Store> f = opening;
        if (f == null) {
            return Store.open(storePath == null ? Store.defaultLocation() : storePath);
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The reader the window imports with. */
    static DocumentSource reader() {
        return new DisclosureExtractor()::extract;
    }

    /** The validator each imported document is checked by; its findings are stored with the document. */
    static Function<Document, List<Finding>> validator() {
        return new Validator()::validate;
    }

    @Override
    public void start(Stage stage) {
        try {
            store = openedStore();
        } catch (StoreException e) {
            LoggerFactory.getLogger(App.class).error("数据库无法打开", e);
            StoreProblem.alert(e, LanguagePreference.forUser().load().bundle()).showAndWait();
            Platform.exit();
            return;
        }
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import");
            t.setDaemon(true);
            return t;
        });
        LanguagePreference preference = LanguagePreference.forUser();
        MainWindowViewModel vm = new MainWindowViewModel(store, reader(), validator(), Samples.standard(),
                preference.load(), RecentFiles.forUser());
        // fill a small screen (1366×768 laptops are common in finance bureaus), stay moderate on a large one
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new MainWindow(stage, vm, preference, background).withStoreOpener(this::openOther)
                .show(Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        WindowStart.missingChineseFont(javafx.scene.text.Font.getFamilies()).ifPresent(vm::warn);
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN_PROPERTY)) {
            StartupTimer.exitWhenShown(scene);
        }
        String shot = System.getProperty(SCREENSHOT_PROPERTY);
        if (shot != null && !shot.isBlank()) {
            Screenshot.later(scene, Path.of(shot));
        }
    }

    /**
     * 文件 → 打开数据库…: the store at {@code file} (which must exist) replaces the open one; on failure the
     * open one stays and the {@link StoreException} says why.
     */
    private MainWindowViewModel openOther(Path file) {
        WindowStart.missingStore(file).ifPresent(m -> {
            throw new StoreException(m);
        });
        Store next = Store.open(file);
        Store previous = store;
        store = next;
        if (previous != null) {
            previous.close();
        }
        return new MainWindowViewModel(next, reader(), validator(), Samples.standard(),
                LanguagePreference.forUser().load(), RecentFiles.forUser());
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
        if (store != null) {
            store.close();
        }
        Platform.exit();
    }
}
