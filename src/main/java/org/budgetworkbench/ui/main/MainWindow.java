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

/**
 * Puts the main window on a stage: loads MainWindow.fxml in the chosen language and, when the language
 * changes, remembers it and loads the view again over the same view model — nothing the analyst opened is lost.
 */
public final class MainWindow {
    private final Stage stage;
    private final MainWindowViewModel vm;
    private final LanguagePreference preference;
    private final Executor background;
    private Scene scene;

    public MainWindow(Stage stage, MainWindowViewModel vm, LanguagePreference preference, Executor background) {
        this.stage = stage;
        this.vm = vm;
        this.preference = preference;
        this.background = background;
    }

    public Scene show(double width, double height) {
        scene = new Scene(load(), width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("main.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Texts.get(vm.bundle(), "app.title"));
        stage.show();
        return scene;
    }

    private Parent load() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), vm.bundle());
        loader.setControllerFactory(c -> new MainWindowController(vm, background, this::switchTo));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
