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
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.workflow.DocumentSource;
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

    private static Document previousYear(Document doc) {
        List<org.budgetworkbench.model.DisclosureTable> tables = new java.util.ArrayList<>();
        for (org.budgetworkbench.model.DisclosureTable t : doc.tables()) {
            List<org.budgetworkbench.model.Row> rows = new java.util.ArrayList<>();
            for (org.budgetworkbench.model.Row r : t.rows()) {
                java.math.BigDecimal f = new java.math.BigDecimal("0.6").add(new java.math.BigDecimal(
                        Math.floorMod(r.key().hashCode(), 7)).multiply(new java.math.BigDecimal("0.15")));
                java.util.Map<String, java.math.BigDecimal> v = new java.util.LinkedHashMap<>();
                r.values().forEach((k, x) -> v.put(k, x == null ? null
                        : x.multiply(f).setScale(2, java.math.RoundingMode.HALF_UP)));
                rows.add(new org.budgetworkbench.model.Row(r.key(), r.name(), v));
            }
            tables.add(t.withRows(rows));
        }
        return new Document(doc.department(), doc.year() - 1, doc.kind(), doc.unit(), tables, doc.targets(),
                doc.evaluations(), doc.narrative(), doc.formFields());
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        Language lang = a.size() > 1 && a.get(1).equals("en") ? Language.ENGLISH : Language.CHINESE;
        Store store = Store.open(Files.createTempDirectory("bw-preview"));
        // the samples as the window reads and checks them: the real reader and the real validator, so the
        // findings shown are the ones an analyst sees (never the truth files' English notes)
        // "import-result": the budget's workbook is read with one sheet not read, and the result dialog is shown
        boolean result = a.get(0).equals("import-result");
        DocumentSource narrated = new org.budgetworkbench.core.DisclosureExtractor()::extract;
        DocumentSource source = !result ? narrated : file -> {
            ExtractResult r = narrated.extract(file);
            return r.document().kind() == org.budgetworkbench.model.DocumentKind.BUDGET
                    ? new ExtractResult(file, r.document(), List.of("工作表“附表3 政府采购预算表（续）”未识别为公开表，已跳过"))
                    : r;
        };
        MainWindowViewModel vm = new MainWindowViewModel(store, source, new org.budgetworkbench.core.check.Validator()::validate,
                new Samples(List.of(Path.of("samples"))), lang, null);
        if (!result) {
            vm.applied(vm.importNow(vm.sampleFiles(), true));
        }
        if (a.get(0).endsWith("/compare")) {
            // a year earlier, each class of its own size, so the chart has rises and falls to show
            Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);
            store.documents().saveAll(List.of(previousYear(budget)), List.of("preview-previous-year.xlsx"));
            vm.refresh();
        }
        Preferences prefs = Preferences.userRoot().node("org/budgetworkbench/preview");
        prefs.clear();
        Scene scene = new MainWindow(stage, vm, new LanguagePreference(prefs), Executors.newSingleThreadExecutor())
                .show(Math.min(1366, Screen.getPrimary().getBounds().getWidth()),
                        Math.min(768, Screen.getPrimary().getBounds().getHeight()));
        if (result) {
            vm.applied(vm.importNow(List.of(Path.of("samples/000_2efbff76b0545c5f.xlsx"),
                    Path.of("samples/002_7253a26da12f1913-stacked-with-a-long-name-that-runs-on-and-on.xlsx")), false));
            PauseTransition later = new PauseTransition(Duration.seconds(2));
            later.setOnFinished(e -> {
                javafx.stage.Window.getWindows().stream().filter(w -> w != stage).findFirst()
                        .ifPresent(w -> Screenshot.save(w.getScene(), Path.of(a.get(2))));
                Platform.exit();
                System.exit(0);
            });
            later.play();
            return;
        }
        String wanted = a.get(0);
        String dept = wanted.startsWith("*") ? CorpusDocuments.load(wanted.contains("final")
                ? CorpusDocuments.FINAL : CorpusDocuments.BUDGET).department() : "";
        vm.selectedProperty().set(vm.navigator().find(dept + wanted.replaceFirst("^\\*", "")));
        if (vm.contentProperty().get() instanceof org.budgetworkbench.ui.compare.ComparisonViewModel c) {
            c.chooseTable(org.budgetworkbench.model.TableType.BUDGET_EXPENDITURE);
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(1.5));
        wait.setOnFinished(e -> {
            Screenshot.save(scene, Path.of(a.get(2)));
            Platform.exit();
            System.exit(0);
        });
        wait.play();
    }
}
