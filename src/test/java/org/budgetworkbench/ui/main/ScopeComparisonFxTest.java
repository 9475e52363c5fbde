package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.Screenshot;
import org.budgetworkbench.ui.WorkbenchDocuments;
import org.budgetworkbench.ui.compare.ComparisonViewModel;
import org.budgetworkbench.ui.importing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 部门与单位 in the window: with a department's budget and its 单位预算 stored side by side, the 比较 of either offers
 * the pair, and choosing it in the comparison list shows the department's and the unit's figures, the difference
 * and the unit's share.
 */
@ExtendWith(ApplicationExtension.class)
class ScopeComparisonFxTest {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private HeadlessWindow window;
    private Store store;
    private MainWindowViewModel vm;
    private Scene scene;
    private String dept;

    @Start
    void start(Stage stage) throws Exception {
        window = new HeadlessWindow();
        store = window.store;
        vm = new MainWindowViewModel(store, CorpusDocuments.source(), new Samples(List.of(Path.of("samples"))),
                Language.CHINESE);
        Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);
        dept = budget.department();
        store.documents().save(budget, "部门预算.xlsx");
        store.documents().save(WorkbenchDocuments.unit(budget, "0.6"), "单位预算.xlsx");
        vm.refresh();
        scene = window.show(stage, vm);
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    @Test
    void choosingTheDepartmentAndUnitPairShowsBothFiguresTheDifferenceAndTheShare(FxRobot robot) {
        for (String path : List.of("/2024/budget/compare", "/2024/budget-unit/compare")) {
            robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(dept + path)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.contentProperty().get()).as(path).isInstanceOf(ComparisonViewModel.class);
            @SuppressWarnings("unchecked")
            ComboBox<ComparisonViewModel.Comparison> which = robot.lookup("#compare-kind").queryAs(ComboBox.class);
            assertThat(which.getItems()).extracting(ComparisonViewModel.Comparison::title)
                    .containsExactly("部门与单位（" + dept + "）");
            robot.clickOn(which);
            robot.clickOn("部门与单位（" + dept + "）");
            robot.interact(() -> ((ComparisonViewModel) vm.contentProperty().get())
                    .chooseTable(TableType.BUDGET_EXPENDITURE));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#compare-rows .column-header .label").queryAllAs(Label.class))
                    .filteredOn(Label::isVisible).extracting(Label::getText)
                    .contains("部门", "单位", "增减额", "单位占部门");
            // 2255.84 and 0.6 of it: 1353.50, 902.34 less, 60.00%
            assertThat(robot.lookup("#compare-rows .table-cell").queryAllAs(Labeled.class))
                    .extracting(Labeled::getText).contains("2,255.84", "1,353.50", "-902.34", "60.00%");
            List<javafx.scene.Node> bars = robot.lookup("#compare-chart .chart-bar").queryAll().stream()
                    .filter(n -> !n.getStyleClass().contains("chart-legend-item-symbol")).toList();
            assertThat(bars).isNotEmpty().allMatch(n -> "down".equals(n.getProperties().get("change")));
        }
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-compare-scope.png")));
    }
}
