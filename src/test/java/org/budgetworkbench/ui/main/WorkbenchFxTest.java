package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.CorpusFindings;
import org.budgetworkbench.ui.CorpusNarrative;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.Screenshot;
import org.budgetworkbench.ui.findings.FindingItem;
import org.budgetworkbench.workflow.DocumentSource;
import org.budgetworkbench.ui.importing.RecentFiles;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.table.DisclosureTableView;
import org.budgetworkbench.ui.table.TableRowNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's workbench headless at 1366×768: a finding chosen in the panel selects its table row, a
 * clause finding highlights the narrative, the charts show, and an import runs with a cancel button.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
        // the window is set up with two documents imported and checked; give a busy machine time for it
        System.setProperty("testfx.setup.timeout", "180000");
    }

    private HeadlessWindow window;
    private Preferences prefs;
    private final CountDownLatch release = new CountDownLatch(1);
    private Store store;
    private MainWindowViewModel vm;
    private Scene scene;
    private final Document finals = CorpusDocuments.load(CorpusDocuments.FINAL);

    @Start
    void start(Stage stage) throws Exception {
        window = new HeadlessWindow();
        store = window.store;
        prefs = window.prefs;
        DocumentSource narrated = CorpusNarrative.source();
        // a file named slow-… waits for the test to let it go, so an import can be caught running
        DocumentSource source = file -> {
            if (file.getFileName().toString().startsWith("slow")) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ExtractResult(file, CorpusDocuments.load(CorpusDocuments.BUDGET), List.of());
            }
            return narrated.extract(file);
        };
        vm = new MainWindowViewModel(store, source, CorpusFindings.validator(),
                new Samples(List.of(Path.of("samples"))), Language.CHINESE, new RecentFiles(prefs.node("recent")));
        vm.applied(vm.importNow(vm.sampleFiles(), true));
        scene = window.show(stage, vm);
    }

    @AfterEach
    void tearDown() throws Exception {
        release.countDown();
        window.close();
    }

    private String finalPath() {
        return finals.department() + "/2024/final";
    }

    @Test
    void aFindingChosenInThePanelSelectsItsTableRowAndMarksTheCell(FxRobot robot) throws Exception {
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(finalPath())));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FindingItem> findings = robot.lookup("#findings-table").query();
        assertThat(findings.getItems()).hasSize(CorpusFindings.of(CorpusDocuments.FINAL).size());
        assertThat(robot.lookup("#findings-summary").queryLabeled().getText()).contains("错误").contains("待处理");
        robot.interact(() -> robot.lookup(".navigator .tree-cell").queryAll()); // let the tree settle

        int row = indexOf(findings, "final.gpb_basic", "302");
        robot.interact(() -> findings.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(shownRow(robot, findings, row));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();

        TreeTableView<TableRowNode> amounts = robot.lookup("#table-amounts").query();
        assertThat(amounts.getSelectionModel().getSelectedItem().getValue().row().key()).isEqualTo("302");
        TreeTableView<TableRowNode> fixed = robot.lookup("#table-fixed").query();
        assertThat(fixed.getSelectionModel().getSelectedItem().getValue().row().key()).isEqualTo("302");
        assertThat(robot.lookup(".navigator .tree-view").queryAs(javafx.scene.control.TreeView.class)
                .getSelectionModel().getSelectedItem()).extracting(i -> ((javafx.scene.control.TreeItem<?>) i)
                .getValue().toString()).isEqualTo(finals.table(org.budgetworkbench.model.TableType.FINAL_GPB_BASIC)
                .orElseThrow().title());
        List<Node> marked = robot.lookup("." + DisclosureTableView.FINDING_CELL).queryAll().stream()
                .filter(Node::isVisible).toList();
        assertThat(marked).isNotEmpty();
        assertThat(marked).anySatisfy(n -> assertThat(((javafx.scene.control.Control) n).getTooltip().getText())
                .isEqualTo(findings.getItems().get(row).finding().message()));
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-findings.png")));

        Button accept = robot.lookup("#findings-accept").queryButton();
        robot.clickOn(accept);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.findings().list(vm.findings().documentIdProperty().get()))
                .filteredOn(f -> "302".equals(f.finding().where().row())
                        && "final.gpb_basic".equals(f.finding().where().table()))
                .extracting(f -> f.status()).containsExactly(FindingStatus.ACCEPTED);
    }

    @Test
    void aClauseFindingHighlightsItsQuoteInTheNarrative(FxRobot robot) {
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(finalPath())));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FindingItem> findings = robot.lookup("#findings-table").query();
        int row = -1;
        for (int i = 0; i < findings.getItems().size(); i++) {
            if ("D16".equals(findings.getItems().get(i).finding().rule())) {
                row = i;
            }
        }
        int chosen = row;
        robot.interact(() -> findings.getSelectionModel().select(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        Text quote = robot.lookup(".quote-highlight").query();
        assertThat(quote.getText().replaceAll("\\s", ""))
                .isEqualTo(findings.getItems().get(chosen).finding().where().quote().replaceAll("\\s", ""));
        assertThat(robot.lookup("#narrative-outline").queryAs(javafx.scene.control.TreeView.class)
                .getSelectionModel().getSelectedItem()).isNotNull();
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-narrative.png")));
    }

    @Test
    void theChartsShowTheExpenditureStructure(FxRobot robot) {
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(finalPath() + "/charts")));
        WaitForAsyncUtils.waitForFxEvents();
        PieChart function = robot.lookup("#chart-function").query();
        assertThat(function.getData()).isNotEmpty();
        assertThat(function.getData().get(0).getName()).startsWith("一般公共服务支出");
        assertThat(function.isVisible()).isTrue();
        assertThat(robot.lookup("#chart-economic").queryAs(PieChart.class).getData()).isNotEmpty();
        BarChart<?, ?> three = robot.lookup("#chart-three-public").query();
        assertThat(three.getData()).hasSize(4);
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-charts.png")));
        String budgetDept = CorpusDocuments.load(CorpusDocuments.BUDGET).department();
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(budgetDept + "/2024/budget/charts")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-charts-budget.png")));
    }

    @Test
    void aDroppedBatchShowsProgressAndCancelStoresNothing(FxRobot robot) throws Exception {
        int before = store.documents().list().size();
        FileDrop drop = new FileDrop(vm::importable, files -> window.background.execute(vm.importTask(files, false)));
        robot.interact(() -> assertThat(drop.drop(List.of(new File("slow-a.xlsx"), new File("note.txt"),
                new File("slow-b.pdf")))).isTrue());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Button cancel = robot.lookup("#cancelImportButton").queryButton();
        assertThat(cancel.isVisible()).isTrue();
        assertThat(robot.lookup(".status-bar .progress-bar").query().isVisible()).isTrue();
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-import-progress.png")));
        robot.clickOn(cancel);
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.documents().list()).hasSize(before);
        assertThat(robot.lookup(".status-bar .label").queryLabeled().getText()).isEqualTo("已取消导入，未保存任何文档");
        assertThat(vm.recentFiles()).isEmpty();
    }

    @Test
    void aFinishedImportIsReportedFileByFileAndRemembered(FxRobot robot) throws Exception {
        release.countDown();
        robot.interact(() -> window.background.execute(vm.importTask(List.of(Path.of("slow-c.xlsx")), false)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-result").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> result = robot.lookup("#import-result-table").query();
        assertThat(result.getItems()).hasSize(1);
        robot.interact(() -> Screenshot.save(result.getScene(), Path.of("target/ui-import-result.png")));
        assertThat(vm.recentFiles()).containsExactly(Path.of("slow-c.xlsx").toAbsolutePath());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-result").tryQuery()).isEmpty();
        robot.clickOn("文件").clickOn("最近打开的文件");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("slow-c.xlsx").tryQuery()).isPresent();
        // close the menus before the window goes, or their focus handling fails in the next test
        robot.type(javafx.scene.input.KeyCode.ESCAPE, javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int indexOf(TableView<FindingItem> t, String table, String row) {
        for (int i = 0; i < t.getItems().size(); i++) {
            var w = t.getItems().get(i).finding().where();
            if (table.equals(w.table()) && row.equals(w.row())) {
                return i;
            }
        }
        throw new AssertionError("no finding on " + table + " " + row);
    }

    private static TableRow<?> shownRow(FxRobot robot, TableView<?> table, int index) {
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && r.getIndex() == index && r.getItem() != null).findFirst()
                .orElseThrow(() -> new AssertionError("row " + index + " not shown"));
    }
}
