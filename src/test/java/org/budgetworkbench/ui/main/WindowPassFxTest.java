package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.CorpusFindings;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.LayoutPreference;
import org.budgetworkbench.workflow.DocumentSource;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.table.SummarySidesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window pass (issue 12) headless at 1366×768: one window after a language switch, a partly read file said
 * so in the result dialog and on the document, the summary pane, 收支总表 two-sided, export with open errors
 * asking first, the import result one click from the status line, dialogs and chart axes in the window's fonts,
 * the findings divider remembered.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPassFxTest {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
        System.setProperty("testfx.setup.timeout", "180000");
    }

    static final String UNREAD = "工作表“附表3”未识别为公开表，已跳过";

    private HeadlessWindow window;
    private MainWindowViewModel vm;
    private Scene scene;
    private Stage stage;
    private final String dept = CorpusDocuments.load(CorpusDocuments.BUDGET).department();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new HeadlessWindow();
        // the budget's workbook had a sheet that was not read; the final accounts were read whole
        DocumentSource partly = file -> {
            ExtractResult r = CorpusDocuments.source().extract(file);
            return file.getFileName().toString().startsWith(CorpusDocuments.BUDGET)
                    ? new ExtractResult(file, r.document(), List.of(UNREAD)) : r;
        };
        vm = new MainWindowViewModel(window.store, partly, CorpusFindings.validator(),
                new Samples(List.of(Path.of("samples"))), Language.CHINESE, null);
        scene = window.show(stage, vm);
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    private void importBoth(FxRobot robot) {
        robot.interact(() -> vm.applied(vm.importNow(List.of(Path.of(CorpusDocuments.BUDGET + "-部门预算公开表.xlsx"),
                Path.of(CorpusDocuments.FINAL + "-部门决算公开表.xlsx")), false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Window> dialogs() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList();
    }

    private void closeDialogs(FxRobot robot) {
        robot.interact(() -> dialogs().forEach(Window::hide));
    }

    @Test
    void inEnglishAt1366TheFindingsRowStaysWithinTheWindow(FxRobot robot) {
        importBoth(robot);
        closeDialogs(robot);
        robot.clickOn("语言").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node header = robot.lookup("#findings-panel .findings-header").query();
        double right = scene.getWidth();
        assertThat(header.localToScene(header.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(right + 0.5);
        for (javafx.scene.Node n : ((javafx.scene.layout.Pane) header).getChildren()) {
            assertThat(n.localToScene(n.getBoundsInLocal()).getMaxX()).as(n.getId()).isLessThanOrEqualTo(right + 0.5);
        }
        // the buttons that gave way keep their whole name in a tooltip
        Button other = robot.lookup("#findings-toother").queryButton();
        assertThat(other.getTooltip().getText()).isEqualTo(other.getText());
    }

    @Test
    void afterSwitchingLanguageTwiceAnImportOpensOneDialogInTheLanguageChosen(FxRobot robot) {
        MainWindow shown = window.mainWindow();
        MainWindowController first = shown.controller();
        robot.clickOn("语言").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Language").clickOn("中文");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.listening()).as("the replaced view's listeners").isZero();
        assertThat(shown.controller()).isNotSameAs(first);
        importBoth(robot);
        assertThat(dialogs()).hasSize(1);
        DialogPane pane = (DialogPane) dialogs().get(0).getScene().getRoot();
        assertThat(pane.lookup("#import-result")).isNotNull();
        assertThat(((Stage) dialogs().get(0)).getTitle()).isEqualTo("导入结果");
    }

    @Test
    void aPartlyReadFileIsSaidSoInTheResultDialogWithWrappedReasonsAndWholeNames(FxRobot robot) {
        importBoth(robot);
        assertThat(dialogs()).hasSize(1);
        DialogPane pane = (DialogPane) dialogs().get(0).getScene().getRoot();
        TableView<?> table = (TableView<?>) pane.lookup("#import-result-table");
        List<TableCell<?, ?>> cells = robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(c -> (TableCell<?, ?>) c).filter(c -> c.getTableRow() != null && c.getTableRow().getIndex() == 0
                        && c.getItem() != null).toList();
        assertThat(cells).extracting(c -> String.valueOf(c.getItem())).contains("部分读取");
        TableCell<?, ?> file = cells.stream().filter(c -> String.valueOf(c.getItem()).endsWith(".xlsx")).findFirst()
                .orElseThrow();
        assertThat(file.getTextOverrun()).isEqualTo(OverrunStyle.CENTER_ELLIPSIS);
        assertThat(file.getTooltip().getText()).isEqualTo(CorpusDocuments.BUDGET + "-部门预算公开表.xlsx");
        TableCell<?, ?> reason = cells.stream().filter(c -> String.valueOf(c.getItem()).contains("附表3")).findFirst()
                .orElseThrow();
        assertThat(reason.getGraphic()).isInstanceOf(Text.class);
        assertThat(((Text) reason.getGraphic()).getWrappingWidth()).isGreaterThan(0);
        assertThat(pane.getScene().getStylesheets()).anyMatch(s -> s.endsWith("main.css"));
    }

    @Test
    void theDocumentNodeShowsItsSummaryWithTheRegionsNotRead(FxRobot robot) {
        importBoth(robot);
        closeDialogs(robot);
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(dept + "/2024/budget")));
        WaitForAsyncUtils.waitForFxEvents();
        Label unread = robot.lookup("#summary-unread").queryAs(Label.class);
        assertThat(unread.getText()).contains("1 个区域未读取");
        assertThat(robot.lookup(".document-summary .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(dept, "预算", "收入总计", "部门（含所属单位）").anyMatch(t -> t.contains(UNREAD));
        TableView<?> parts = robot.lookup("#summary-parts").queryAs(TableView.class);
        // the ten tables a budget publishes, each read here, then the narrative and forms with findings
        assertThat(parts.getItems()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(parts.getItems().subList(0, 10)).allMatch(p -> ((org.budgetworkbench.ui.summary
                .DocumentSummaryViewModel.Part) p).state() == org.budgetworkbench.ui.summary.DocumentSummaryViewModel
                .TableState.READ);
    }

    @Test
    void theSummaryTableIsTwoSidedWithTheTotalsOnOneLine(FxRobot robot) {
        importBoth(robot);
        closeDialogs(robot);
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(dept + "/2024/budget/budget.summary")));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> sides = robot.lookup("#summary-sides-table").queryAs(TableView.class);
        assertThat(sides.isVisible()).isTrue();
        assertThat(sides.getColumns()).extracting(TableColumn::getText).containsExactly("收入", "支出");
        @SuppressWarnings("unchecked")
        List<SummarySidesViewModel.Line> lines = (List<SummarySidesViewModel.Line>) sides.getItems();
        SummarySidesViewModel.Line last = lines.get(lines.size() - 1);
        assertThat(last.on(0).key()).isEqualTo("income.grand_total");
        assertThat(last.on(1).key()).isEqualTo("expenditure.grand_total");
        robot.clickOn("#summary-as-rows");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summary-sides").query().isVisible()).isFalse();
    }

    @Test
    void exportingADocumentWithOpenErrorsAsksFirst(FxRobot robot) {
        importBoth(robot);
        closeDialogs(robot);
        String budgetPath = dept + "/2024/budget";
        long id = vm.navigator().find(budgetPath).documentId();
        assertThat(vm.exports().openErrors(id)).isPositive();
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(budgetPath)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".tool-bar .button").<Button>match(b -> ((Button) b).getText().startsWith("导出"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane asked = robot.lookup("#export-errors").queryAs(DialogPane.class);
        assertThat(asked.getHeaderText()).contains("待处理的错误");
        assertThat(asked.getButtonTypes()).extracting(b -> b.getText()).containsExactly("仍然导出", "取消");
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theImportResultIsOneClickFromTheStatusLine(FxRobot robot) {
        importBoth(robot);
        closeDialogs(robot);
        Hyperlink link = robot.lookup("#resultLink").queryAs(Hyperlink.class);
        assertThat(link.isVisible()).isTrue();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs()).hasSize(1);
        assertThat(dialogs().get(0).getScene().getRoot().lookup("#import-result")).isNotNull();
    }

    @Test
    void chartAxesUseTheWindowsFontFamily(FxRobot robot) {
        importBoth(robot);
        closeDialogs(robot);
        robot.interact(() -> vm.selectedProperty().set(vm.navigator().find(dept + "/2024/budget/charts")));
        WaitForAsyncUtils.waitForFxEvents();
        String family = robot.lookup(".status-bar .label").queryAs(Label.class).getFont().getFamily();
        BarChart<?, ?> chart = robot.lookup(".bar-chart").queryAs(BarChart.class);
        for (Axis<?> axis : List.of(chart.getXAxis(), chart.getYAxis())) {
            assertThat(axis.getTickLabelFont().getFamily()).isEqualTo(family);
        }
    }

    @Test
    void theFindingsDividerIsRememberedAcrossViews(FxRobot robot) {
        SplitPane work = robot.lookup("#workPane").queryAs(SplitPane.class);
        robot.interact(() -> work.setDividerPositions(0.4));
        assertThat(new LayoutPreference(window.prefs).divider("findings", 0.9)).isCloseTo(0.4, within(0.01));
        robot.clickOn("语言").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane again = robot.lookup("#workPane").queryAs(SplitPane.class);
        assertThat(again).isNotSameAs(work);
        assertThat(again.getDividerPositions()[0]).isCloseTo(0.4, within(0.01));
    }
}
