package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.Screenshot;
import org.budgetworkbench.ui.WorkbenchDocuments;
import org.budgetworkbench.ui.compare.ComparisonViewModel;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.table.TableRowNode;
import org.budgetworkbench.ui.targets.TargetEditorView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The analyst's workbench in the window, headless: correct a figure and undo it, edit an indicator, compare. */
@ExtendWith(ApplicationExtension.class)
class EditingFxTest {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private HeadlessWindow window;
    private Path dir;
    private Store store;
    private MainWindowViewModel vm;
    private Scene scene;
    private String dept;

    @Start
    void start(Stage stage) throws Exception {
        window = new HeadlessWindow();
        dir = window.dir;
        store = window.store;
        vm = new MainWindowViewModel(store, CorpusDocuments.source(), new Samples(List.of(Path.of("samples"))),
                Language.CHINESE);
        vm.applied(vm.importNow(vm.sampleFiles(), true));
        dept = CorpusDocuments.load(CorpusDocuments.BUDGET).department();
        scene = window.show(stage, vm);
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
        if (store != window.store) {
            store.close(); // the test reopened it
        }
    }

    private void open(FxRobot robot, String path) {
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(dept + path)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableCell<TableRowNode, String> cell(FxRobot robot, String rowKey, String column) {
        return robot.lookup("#table-amounts .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(c -> c.isVisible() && c.getTableColumn() != null
                        && ("col-" + column).equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() != null
                        && rowKey.equals(((TableRowNode) c.getTableRow().getItem()).row().key()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + rowKey + "/" + column));
    }

    @Test
    void correctAFigureSeeTheTotalsMarkedAndUndoWithCtrlZ(FxRobot robot) {
        open(robot, "/2024/budget/budget.expenditure");
        MenuItem undo = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "undoItem".equals(i.getId())).findFirst()
                .orElseThrow();
        assertThat(undo.isDisable()).isTrue();
        assertThat(cell(robot, "2010301", "total").getText()).isEqualTo("1,040.55");

        robot.doubleClickOn(cell(robot, "2010301", "total"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup(".amount-field").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("1040.55");
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write("1050.55").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cell(robot, "2010301", "total").getText()).isEqualTo("1,050.55");
        TreeTableCell<TableRowNode, String> kuan = cell(robot, "20103", "total");
        assertThat(kuan.getStyleClass()).contains("unbalanced");
        assertThat(kuan.getTooltip().getText()).isEqualTo("应为 1,732.24");
        assertThat(cell(robot, "total", "total").getStyleClass()).contains("unbalanced");
        assertThat(undo.isDisable()).isFalse();
        assertThat(robot.lookup(".status-bar .label").queryLabeled().getText()).contains("已修改");
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-edit-table.png")));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(robot, "2010301", "total").getText()).isEqualTo("1,040.55");
        assertThat(cell(robot, "20103", "total").getStyleClass()).doesNotContain("unbalanced");
        assertThat(undo.isDisable()).isTrue();
        assertThat(store.documents().load(vm.navigator().find(dept + "/2024/budget").documentId()).orElseThrow()
                .table(TableType.BUDGET_EXPENDITURE).orElseThrow().row("2010301").orElseThrow().amount("total"))
                .isEqualByComparingTo("1040.55");

        open(robot, "/2024/budget/history");
        TableView<?> history = robot.lookup("#history-table").queryAs(TableView.class);
        assertThat(history.getItems()).hasSize(2);
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-history.png")));
    }

    @Test
    void aBadIndicatorValueIsRefusedAGoodOneSavedAndStillThereAfterReopening(FxRobot robot) {
        open(robot, "/2024/budget/targets");
        TargetEditorView editor = robot.lookup(".target-editor").queryAs(TargetEditorView.class);
        TextField number = robot.lookup("#target-number").queryAs(TextField.class);
        Button save = robot.lookup("#target-save").queryButton();
        assertThat(number.getText()).isEqualTo("100");

        robot.interact(() -> number.setText(""));
        robot.clickOn(number).write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#target-problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("不是数字");
        assertThat(save.isDisabled()).isTrue();
        assertThat(editor.validation().getValidationResult().getErrors()).isNotEmpty();

        robot.interact(() -> number.setText(""));
        robot.clickOn(number).write("2000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).contains("超过100%");
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-target-editor-refused.png")));

        robot.interact(() -> number.setText(""));
        robot.clickOn(number).write("98");
        robot.interact(() -> robot.lookup("#target-operator").queryAs(javafx.scene.control.ComboBox.class)
                .setValue("≥"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).isEmpty();
        assertThat(editor.validation().getValidationResult().getErrors()).isEmpty();
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#target-message").queryAs(Label.class).getText()).contains("已保存");
        TableView<?> indicators = robot.lookup("#target-indicators").queryAs(TableView.class);
        assertThat(((Indicator) indicators.getItems().get(0)).value()).isEqualTo("≥98%");
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-target-editor.png")));

        long id = vm.navigator().find(dept + "/2024/budget").documentId();
        store.close();
        store = Store.open(dir.resolve("store"));
        Document back = store.documents().load(id).orElseThrow();
        assertThat(back.targets().get(0).indicators().get(0).value()).isEqualTo("≥98%");
    }

    @Test
    void theComparisonViewWithTwoDocuments(FxRobot robot) {
        Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);
        robot.interact(() -> {
            store.documents().save(WorkbenchDocuments.previousYear(budget, "0.8"), "2023.xlsx");
            vm.refresh();
        });
        open(robot, "/2024/budget/compare");
        assertThat(vm.contentProperty().get()).isInstanceOf(ComparisonViewModel.class);
        TableView<?> rows = robot.lookup("#compare-rows").queryAs(TableView.class);
        robot.interact(() -> ((ComparisonViewModel) vm.contentProperty().get())
                .chooseTable(TableType.BUDGET_EXPENDITURE));
        WaitForAsyncUtils.waitForFxEvents();
        ComparisonViewModel.Line total = (ComparisonViewModel.Line) rows.getItems().get(0);
        assertThat(total.rate()).isEqualTo("25.00%");
        assertThat(robot.lookup("#compare-rows .column-header .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("2024 年", "2023 年", "增减额", "增减率");
        assertThat(robot.lookup("#compare-rows .table-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).contains("2,255.84", "1,804.67", "+451.17");
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-compare.png")));
    }
}
