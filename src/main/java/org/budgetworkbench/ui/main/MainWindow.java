package org.budgetworkbench.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.LanguagePreference;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.WindowFonts;

/**
 * Puts the main window on a stage: loads MainWindow.fxml in the chosen language and, when the language
 * changes, remembers it and loads the view again over the same view model — nothing the analyst opened is lost.
 */
public final class MainWindow {
    private final Stage stage;
    private MainWindowViewModel vm;
    private java.util.function.Function<java.nio.file.Path, MainWindowViewModel> storeOpener;
    private final LanguagePreference preference;
    private final Executor background;
    private Scene scene;
    private MainWindowController controller;

    public MainWindow(Stage stage, MainWindowViewModel vm, LanguagePreference preference, Executor background) {
        this.stage = stage;
        this.vm = vm;
        this.preference = preference;
        this.background = background;
    }

    public Scene show(double width, double height) {
        scene = new Scene(load(), width, height);
        String css = MainWindow.class.getResource("main.css").toExternalForm();
        scene.getStylesheets().add(css);
        WindowFonts.install(css);
        stage.setScene(scene);
        stage.setTitle(Texts.get(vm.bundle(), "app.title"));
        stage.show();
        return scene;
    }

    private Parent load() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), vm.bundle());
        MainWindowController next = new MainWindowController(vm, background, this::switchTo, preference.layout(),
                this::openStore);
        loader.setControllerFactory(c -> next);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the view replaced stops following the view model: one window, one set of listeners
        if (controller != null) {
            controller.dispose();
        }
        controller = next;
        return root;
    }

    /** The view shown now (tests check a language switch leaves one view listening). */
    MainWindowController controller() {
        return controller;
    }

    /**
     * How 文件 → 打开数据库… opens another store: gives the view model over it, or throws
     * {@link org.budgetworkbench.store.StoreException} saying why it cannot. Without one the menu item is off.
     */
    public MainWindow withStoreOpener(java.util.function.Function<java.nio.file.Path, MainWindowViewModel> opener) {
        this.storeOpener = opener;
        return this;
    }

    boolean canOpenStores() {
        return storeOpener != null;
    }

    /** Shows the store at {@code file} in this window, in the language chosen. */
    void openStore(java.nio.file.Path file) {
        MainWindowViewModel next = storeOpener.apply(file);
        next.languageProperty().set(vm.languageProperty().get());
        vm = next;
        scene.setRoot(load());
        stage.setTitle(Texts.get(vm.bundle(), "app.title") + " — " + file.getFileName());
    }

    private void switchTo(Language language) {
        if (language == vm.languageProperty().get()) {
            return;
        }
        preference.save(language);
        vm.languageProperty().set(language);
        scene.setRoot(load());
        stage.setTitle(Texts.get(vm.bundle(), "app.title"));
    }
}
