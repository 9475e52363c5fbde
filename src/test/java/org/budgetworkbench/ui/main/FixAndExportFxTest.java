package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.Screenshot;
import org.budgetworkbench.ui.findings.FindingItem;
import org.budgetworkbench.ui.findings.FindingsView;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.narrative.NarrativeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's 修正 button and 文件 → 导出, headless, on the final accounts read from their PDF: a fix shown for
 * confirmation, applied, gone from the findings and back with Ctrl+Z; the export menu items enabled as the
 * chosen document allows, and an export reported in the status line.
 */
@ExtendWith(ApplicationExtension.class)
class FixAndExportFxTest {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private HeadlessWindow window;
    private Path dir;
    private Store store;
    private ExecutorService background;
    private MainWindowViewModel vm;
    private Scene scene;
    private String docPath;

    @Start
    void start(Stage stage) throws Exception {
        window = new HeadlessWindow();
        dir = window.dir;
        store = window.store;
        background = window.background;
        vm = new MainWindowViewModel(store, new DisclosureExtractor()::extract, new Validator()::validate,
                new Samples(List.of(Path.of("samples"))), Language.CHINESE, null);
        vm.applied(vm.importNow(List.of(Path.of("samples", CorpusDocuments.FINAL + ".pdf")), false));
        docPath = CorpusDocuments.load(CorpusDocuments.FINAL).department() + "/2024/final";
        scene = window.show(stage, vm);
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private FindingItem percentFinding() {
        return vm.findings().all().stream().filter(i -> "text.percent".equals(i.finding().rule())
                && i.finding().where().quote().contains("5.6%")).findFirst().orElseThrow();
    }

    private static String narrativeText(Object content) {
        return String.join("", ((NarrativeViewModel) content).sections().stream()
                .flatMap(s -> s.paragraphs().stream()).toList());
    }

    @Test
    void theFixButtonShowsTheChangeAppliesItOnConfirmationAndCtrlZTakesItBack(FxRobot robot) {
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(docPath)));
        Button fix = robot.lookup("#findings-fix").queryButton();
        assertThat(fix.isDisabled()).isTrue();
        FindingsView panel = robot.lookup("#findings-panel").queryAs(FindingsView.class);
        FindingItem percent = percentFinding();
        robot.interact(() -> panel.table().getSelectionModel().select(percent));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.contentProperty().get()).isInstanceOf(NarrativeViewModel.class);
        assertThat(fix.isDisabled()).isFalse();

        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirm = robot.lookup("#fix-confirm").queryAs(DialogPane.class);
        assertThat(robot.lookup("#fix-description").queryAs(Label.class).getText())
                .contains("占5.6%").contains("占5.7%").contains("撤销");
        assertThat(confirm.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText)
                .containsExactlyInAnyOrder("修正", "取消");
        robot.interact(() -> Screenshot.save(confirm.getScene(), Path.of("target/ui-fix-confirm.png")));
        robot.clickOn((Button) confirm.lookupButton(confirm.getButtonTypes().stream()
                .filter(t -> t.getText().equals("修正")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.findings().all()).noneMatch(i -> i.fingerprint().equals(percent.fingerprint()));
        assertThat(narrativeText(vm.contentProperty().get())).contains("占5.7%").doesNotContain("占5.6%");
        assertThat(((NarrativeViewModel) vm.contentProperty().get()).selectedProperty().get().heading())
                .isEqualTo(percent.finding().where().section());
        assertThat(robot.lookup(".status-bar .label").queryLabeled().getText()).contains("已修改");
        assertThat(menuItem(robot, "undoItem").isDisable()).isFalse();
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-fix-applied.png")));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.findings().all()).anyMatch(i -> i.fingerprint().equals(percent.fingerprint()));
        assertThat(narrativeText(vm.contentProperty().get())).contains("占5.6%");
    }

    @Test
    void theExportItemsFollowTheChosenDocumentAndAnExportIsReportedInTheStatusLine(FxRobot robot) throws Exception {
        assertThat(menuItem(robot, "exportItem").isDisable()).isTrue();
        assertThat(menuItem(robot, "reportAllItem").isDisable()).isFalse();
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(docPath)));
        assertThat(menuItem(robot, "exportItem").isDisable()).isFalse();
        assertThat(menuItem(robot, "reportItem").isDisable()).isFalse();
        assertThat(robot.lookup("#exportButton").queryButton().isDisabled()).isFalse();
        // read from a PDF: there is no workbook of the department's to write back into
        assertThat(menuItem(robot, "writeBackItem").isDisable()).isTrue();

        long id = vm.chosenDocument().orElseThrow();
        Path out = dir.resolve("公开表.xlsx");
        robot.interact(() -> background.execute(vm.exportTask(out, p -> vm.exports().disclosure(id, p))));
        background.shutdown();
        assertThat(background.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".status-bar .label").queryLabeled().getText()).startsWith("已导出").contains("公开表.xlsx");
        assertThat(vm.navigator().find(docPath).detail()).startsWith("已导出");
        Document back = new DisclosureExtractor().extract(out).document();
        assertThat(back.table(TableType.FINAL_EXPENDITURE)).isPresent();
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-exported.png")));
    }
}
