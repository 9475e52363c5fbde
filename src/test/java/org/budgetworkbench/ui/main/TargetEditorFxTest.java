package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.export.TargetFormWorkbook;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.Screenshot;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.targets.TargetEditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The target editor in the window, on a department's own form generated here and imported as an analyst would:
 * 添加指标 opens a marked draft that is stored only once complete, as one change Ctrl+Z takes back; the goal's
 * text is edited and undone; and 写回原工作簿 counts the cells the edits changed.
 */
@ExtendWith(ApplicationExtension.class)
class TargetEditorFxTest {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private final HeadlessWindow window;
    private final Store store;
    private final MainWindowViewModel vm;
    private final org.budgetworkbench.workflow.ImportReport imported;
    private final String docPath;
    private Scene scene;

    /**
     * The form is written and imported (read and checked) here, on the test's thread as the window does it on its
     * background thread, so the window's start stays within TestFX's set-up time on a loaded machine.
     */
    TargetEditorFxTest() throws Exception {
        window = new HeadlessWindow();
        store = window.store;
        Path workbook = TargetFormWorkbook.write(window.dir.resolve("测试局2025年部门预算.xlsx"), true);
        vm = new MainWindowViewModel(store, new DisclosureExtractor()::extract, new Validator()::validate,
                new Samples(List.of()), Language.CHINESE, null);
        imported = vm.importNow(List.of(workbook), false);
        var stored = store.documents().list().get(0);
        docPath = stored.department() + "/" + stored.year() + "/" + stored.kind().id();
    }

    @Start
    void start(Stage stage) {
        vm.applied(imported);
        scene = window.show(stage, vm);
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    private long documentId() {
        return vm.navigator().find(docPath).documentId();
    }

    private List<Indicator> stored() {
        return store.documents().load(documentId()).orElseThrow().targets().get(0).indicators();
    }

    private void openEditor(FxRobot robot) {
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(docPath + "/targets")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.contentProperty().get()).isInstanceOf(TargetEditorViewModel.class);
    }

    /** 编辑 → 撤销, as chosen from the menu (Ctrl+Z in a text box undoes the typing, as in any text box). */
    private static void undoFromMenu(FxRobot robot) {
        javafx.scene.control.MenuItem undo = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "undoItem".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(undo.isDisable()).isFalse();
        robot.interact(undo::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDraftIsMarkedNotStoredUntilCompleteThenStoredAndUndoneAsOneChange(FxRobot robot) throws Exception {
        openEditor(robot);
        TableView<?> table = robot.lookup("#target-indicators").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#target-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).hasSize(4);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        List<Integer> marked = table.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("draft")))
                .map(TableRow::getIndex).toList();
        assertThat(marked).containsExactly(1);
        assertThat(robot.lookup("#target-indicators .table-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).contains("新指标（草稿，未保存）");
        Button save = robot.lookup("#target-save").queryButton();
        assertThat(save.getText()).isEqualTo("添加到目标");
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#target-cancel-draft").queryButton().isVisible()).isTrue();
        assertThat(stored()).hasSize(3);
        assertThat(store.edits().list(documentId())).isEmpty();

        robot.clickOn("#target-level3").write("培训场次");
        robot.interact(() -> robot.lookup("#target-operator").queryAs(ComboBox.class).setValue("≥"));
        robot.clickOn("#target-number").write("12");
        robot.interact(() -> robot.lookup("#target-unit").queryAs(ComboBox.class).setValue("次"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-target-editor-draft.png")));
        assertThat(stored()).hasSize(3); // complete, but not added yet
        assertThat(save.isDisabled()).isFalse();

        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).extracting(Indicator::level3).containsExactly("培训人数", "培训场次", "培训合格率",
                "群众知晓度");
        assertThat(store.edits().list(documentId())).hasSize(1);
        assertThat(robot.lookup("#target-message").queryAs(Label.class).getText()).contains("已添加指标");
        String status = robot.lookup(".status-bar .label").queryLabeled().getText();
        assertThat(status).contains("已修改").doesNotContain("[", "{", "\"level");
        assertThat(save.getText()).isEqualTo("保存");

        undo(robot);
        assertThat(stored()).extracting(Indicator::level3).doesNotContain("培训场次");
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup(".status-bar .label").queryLabeled().getText()).contains("已撤销")
                .doesNotContain("[", "{");
    }

    @Test
    void aDraftCancelledStoresNothing(FxRobot robot) {
        openEditor(robot);
        robot.clickOn("#target-add");
        robot.clickOn("#target-level3").write("半截指标");
        robot.clickOn("#target-cancel-draft");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#target-indicators").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#target-cancel-draft").queryButton().isVisible()).isFalse();
        assertThat(store.edits().list(documentId())).isEmpty();
    }

    @Test
    void theGoalTextIsEditedAndUndone(FxRobot robot) {
        openEditor(robot);
        TextArea goal = robot.lookup("#target-goal-text").queryAs(TextArea.class);
        Button saveGoal = robot.lookup("#target-goal-save").queryButton();
        assertThat(goal.getText()).isEqualTo("保障机关正常运转");
        assertThat(saveGoal.isDisabled()).isTrue();
        robot.interact(() -> goal.setText(""));
        robot.clickOn(goal).write("保障机关高效运转");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saveGoal.isDisabled()).isFalse();
        robot.clickOn(saveGoal);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.documents().load(documentId()).orElseThrow().targets().get(0).goal())
                .isEqualTo("保障机关高效运转");
        assertThat(robot.lookup(".status-bar .label").queryLabeled().getText()).contains("目标内容");

        undoFromMenu(robot);
        assertThat(goal.getText()).isEqualTo("保障机关正常运转");
        assertThat(store.documents().load(documentId()).orElseThrow().targets().get(0).goal())
                .isEqualTo("保障机关正常运转");
    }

    @Test
    void writeBackCountsTheCellsTheEditsChangedAndListsAnAddedIndicator(FxRobot robot) throws Exception {
        openEditor(robot);
        TextArea goal = robot.lookup("#target-goal-text").queryAs(TextArea.class);
        robot.interact(() -> goal.setText("保障机关高效运转"));
        robot.clickOn("#target-goal-save");
        TableView<?> table = robot.lookup("#target-indicators").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        TextField level3 = robot.lookup("#target-level3").queryAs(TextField.class);
        robot.interact(() -> level3.setText("培训考核合格率"));
        robot.clickOn("#target-save");
        robot.clickOn("#target-add");
        robot.clickOn("#target-level3").write("培训场次");
        robot.interact(() -> robot.lookup("#target-qualitative").queryAs(TextField.class).setText("按计划完成"));
        robot.clickOn("#target-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).hasSize(4);

        Path out = window.dir.resolve("回写.xlsx");
        var outcome = vm.exports().intoOriginal(documentId(), out);
        assertThat(outcome.written()).isTrue();
        // the goal's cell and the renamed name's cell; the added indicator has no row to go into, and says so
        assertThat(outcome.message()).contains("已写回 2 个单元格").contains("培训场次").contains("未写入");
        Document back = new DisclosureExtractor().extract(out).document();
        assertThat(back.targets().get(0).goal()).isEqualTo("保障机关高效运转");
        assertThat(back.targets().get(0).indicators()).extracting(Indicator::level3).contains("培训考核合格率");
        assertThat(Files.size(out)).isPositive();
    }
}
