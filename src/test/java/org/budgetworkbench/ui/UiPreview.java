package org.budgetworkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.main.MainWindow;
import org.budgetworkbench.ui.main.MainWindowViewModel;

/**
 * Not a test: a look at the filled window for a person checking the layout. Imports the samples through the
 * truth files (with the narrative cut from the published text and the known defects as findings), opens the
 * navigator path given as first argument (e.g. "…/2024/budget/budget.projects", "…/charts"; a
 * leading "*" matches any department), optionally in English ("en" second), saves a PNG (third) and exits.
 */
public class UiPreview extends Application {
    /** Started through this class, as a main class that extends Application needs JavaFX on the module path. */
    public static final class Run {
        public static void main(String[] args) {
            Application.launch(UiPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        Language lang = a.size() > 1 && a.get(1).equals("en") ? Language.ENGLISH : Language.CHINESE;
        Store store = Store.open(Files.createTempDirectory("bw-preview"));
        // the corpus documents with their narrative and their known defects as findings
        MainWindowViewModel vm = new MainWindowViewModel(store, CorpusNarrative.source(), CorpusFindings.validator(),
                new Samples(List.of(Path.of("samples"))), lang, null);
        vm.applied(vm.importNow(vm.sampleFiles(), true));
        Preferences prefs = Preferences.userRoot().node("org/budgetworkbench/preview");
        Scene scene = new MainWindow(stage, vm, new LanguagePreference(prefs), Executors.newSingleThreadExecutor())
                .show(Math.min(1366, Screen.getPrimary().getBounds().getWidth()),
                        Math.min(768, Screen.getPrimary().getBounds().getHeight()));
        String wanted = a.get(0);
        String dept = wanted.startsWith("*") ? CorpusDocuments.load(wanted.contains("final")
                ? CorpusDocuments.FINAL : CorpusDocuments.BUDGET).department() : "";
        vm.selectedProperty().set(vm.navigator().find(dept + wanted.replaceFirst("^\\*", "")));
        PauseTransition wait = new PauseTransition(Duration.seconds(1.5));
        wait.setOnFinished(e -> {
            Screenshot.save(scene, Path.of(a.get(2)));
            Platform.exit();
            System.exit(0);
        });
        wait.play();
    }
}
