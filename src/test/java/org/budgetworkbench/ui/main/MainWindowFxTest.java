package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.LanguagePreference;
import org.budgetworkbench.ui.Screenshot;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.table.TableRowNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the main window headless, imports the samples, opens 支出总表 from the navigator and reads its rows. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    static {
        // Monocle's headless screen is 1280×800 unless told; the window is checked at a 1366×768 laptop's size
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private HeadlessWindow window;
    private Store store;
    private MainWindowViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        window = new HeadlessWindow();
        store = window.store;
        vm = new MainWindowViewModel(store, CorpusDocuments.source(), new Samples(List.of(Path.of("samples"))),
                Language.CHINESE);
        scene = window.show(stage, vm);
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    @Test
    void importSamplesThenOpenATableFromTheNavigator(FxRobot robot) throws Exception {
        Button samples = robot.lookup("#welcome-samples").queryButton();
        assertThat(samples.getText()).startsWith("打开示例");
        robot.clickOn(samples);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.emptyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".status-bar .label").queryLabeled().getText()).startsWith("已导入 2 份文档");

        robot.clickOn(".navigator .text-field").write("支出总表");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".tree-cell").<Labeled>match(c -> "支出总表".equals(((Labeled) c).getText()))
                .queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();

        TreeTableView<TableRowNode> amounts = robot.lookup("#table-amounts").query();
        TreeTableView<TableRowNode> fixed = robot.lookup("#table-fixed").query();
        assertThat(amounts.getRoot().getChildren().get(0).getValue().row().name()).isEqualTo("合计");
        assertThat(shownTexts(robot, fixed)).contains("2010301", "行政运行", "合计");
        assertThat(shownTexts(robot, amounts)).contains("1,040.55", "2,255.84");
        assertThat(robot.lookup("#table-amounts .column-header .label").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("合计", "基本支出", "项目支出");

        int all = amounts.getExpandedItemCount();
        robot.clickOn("全部折叠");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(amounts.getExpandedItemCount()).isLessThan(all).isEqualTo(amounts.getRoot().getChildren().size());
        assertThat(fixed.getExpandedItemCount()).isEqualTo(amounts.getExpandedItemCount());
        robot.clickOn("全部展开");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(amounts.getExpandedItemCount()).isEqualTo(all);

        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-main-window.png")));
    }

    @Test
    void englishFromTheMenuIsRememberedAndRelabelsTheWindow(FxRobot robot) {
        robot.clickOn("语言").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new LanguagePreference(window.prefs).load()).isEqualTo(Language.ENGLISH);
        assertThat(robot.lookup("#welcome-samples").queryButton().getText()).startsWith("Open samples");
        robot.clickOn("Language").clickOn("中文");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new LanguagePreference(window.prefs).load()).isEqualTo(Language.CHINESE);
        assertThat(robot.lookup("#welcome-samples").queryButton().getText()).startsWith("打开示例");
    }

    @Test
    void frozenNamesStayLevelWithTheirAmountsWhenScrolledToTheEnd(FxRobot robot) throws Exception {
        robot.interact(() -> vm.applied(vm.importNow(vm.sampleFiles(), true)));
        String dept = CorpusDocuments.load(CorpusDocuments.FINAL).department();
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(dept + "/2024/final/final.gpb_basic")));
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<TableRowNode> amounts = robot.lookup("#table-amounts").query();
        TreeTableView<TableRowNode> fixed = robot.lookup("#table-fixed").query();
        int last = amounts.getExpandedItemCount() - 1;
        assertThat(last).isGreaterThan(40);
        robot.interact(() -> amounts.scrollTo(last));
        WaitForAsyncUtils.waitForFxEvents();
        String lastName = amounts.getTreeItem(last).getValue().row().name();
        TreeTableRow<?> left = shownRow(robot, fixed, last);
        TreeTableRow<?> right = shownRow(robot, amounts, last);
        assertThat(left).as("row %s shown on the left", lastName).isNotNull();
        assertThat(right).isNotNull();
        assertThat(left.localToScreen(0, 0).getY()).isCloseTo(right.localToScreen(0, 0).getY(), within(1.0));
        assertThat(((TableRowNode) left.getItem()).row().name()).isEqualTo(lastName);
    }

    private static TreeTableRow<?> shownRow(FxRobot robot, TreeTableView<?> table, int index) {
        return robot.from(table).lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.isVisible() && r.getIndex() == index && r.getItem() != null).findFirst().orElse(null);
    }

    private static List<String> shownTexts(FxRobot robot, TreeTableView<?> table) {
        return robot.from(table).lookup(".tree-table-cell").queryAllAs(Labeled.class).stream()
                .filter(javafx.scene.Node::isVisible).map(Labeled::getText).filter(t -> t != null).toList();
    }
}
