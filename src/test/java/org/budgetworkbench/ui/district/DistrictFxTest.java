package org.budgetworkbench.ui.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.Screenshot;
import org.budgetworkbench.workflow.DistrictOverview;
import org.budgetworkbench.workflow.DocumentSource;
import org.budgetworkbench.workflow.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The district view headless: a folder import shows one progress bar and stops on 取消 keeping the departments
 * finished; the documents list most open errors first; 导出审核检查表… writes the sheet with the overview ranked.
 */
@ExtendWith(ApplicationExtension.class)
class DistrictFxTest {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @TempDir
    static Path dir;

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "district-test");
        t.setDaemon(true);
        return t;
    });
    private Store store;
    private DistrictViewModel vm;
    private DistrictView view;
    private Scene scene;
    private Path folder;
    private Path sheet;

    /** A department folder "N-name" holds a document with N open errors; a file named slow… waits for the test. */
    private final DocumentSource source = file -> {
        if (file.getFileName().toString().startsWith("slow")) {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String dept = file.getParent().getFileName().toString();
        return new ExtractResult(file, new Document(dept, 2024, DocumentKind.BUDGET, null, List.of(), List.of(),
                List.of(), List.of(), List.of()), List.of());
    };

    private static List<Finding> errors(Document d) {
        int n = Integer.parseInt(d.department().substring(0, 1));
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Finding("R" + i, FindingKind.SUM_MISMATCH, Severity.ERROR,
                    FindingPlace.cell("budget.expenditure", "20" + i, "total"), BigDecimal.ONE, BigDecimal.TEN,
                    d.department() + " 合计不等于明细之和 " + i));
        }
        return out;
    }

    @Start
    void start(Stage stage) throws Exception {
        Path run = Files.createTempDirectory(dir, "run");
        store = Store.open(run.resolve("store"));
        folder = run.resolve("区");
        sheet = run.resolve("审核检查表.xlsx");
        for (String d : List.of("2-教育局", "5-卫健局", "0-财政局", "3-民政局")) {
            Files.createDirectories(folder.resolve(d));
            Files.writeString(folder.resolve(d).resolve("部门预算.xlsx"), d);
        }
        vm = new DistrictViewModel(store, source, DistrictFxTest::errors, Language.CHINESE.bundle());
        view = new DistrictView(vm, Language.CHINESE.bundle(), background, new DistrictView.Chooser() {
            @Override
            public Optional<Path> folder(Window owner) {
                return Optional.of(folder);
            }

            @Override
            public Optional<Path> sheetFile(Window owner) {
                return Optional.of(sheet);
            }
        }, id -> { });
        scene = new Scene(view, 1100, 600);
        scene.getStylesheets().add(org.budgetworkbench.ui.main.MainWindow.class.getResource("main.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        background.shutdownNow();
        store.close();
    }

    private void awaitIdle() throws Exception {
        for (int i = 0; i < 600 && (vm.busyProperty().get() || vm.lastImportProperty().get() == null
                && vm.statusProperty().get().isEmpty()); i++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Imports the four departments and closes the result dialog. */
    private void importAllAndCloseTheResult(FxRobot robot) throws Exception {
        robot.clickOn("#district-import");
        awaitIdle();
        for (int i = 0; i < 300 && vm.all().size() < 4; i++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w != scene.getWindow())
                .filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).close()));
    }

    @Test
    void aFolderImportShowsOneProgressBarAndCancelKeepsTheDepartmentsFinished(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("3-民政局").resolve("slow-部门决算.xlsx"), "slow");
        robot.clickOn("#district-import");
        for (int i = 0; i < 300 && !robot.lookup("#district-cancel").query().isVisible(); i++) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#district-progress").query().isVisible()).isTrue();
        assertThat(vm.statusProperty().get()).contains("正在读取");
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-district-importing.png")));
        robot.clickOn("#district-cancel");
        release.countDown();
        awaitIdle();
        for (int i = 0; i < 300 && vm.lastImportProperty().get() == null; i++) {
            Thread.sleep(100);
        }
        ImportReport r = vm.lastImportProperty().get();
        assertThat(r.cancelled()).isTrue();
        // sorted: 0-财政局, 2-教育局, 3-民政局 (held up, then cancelled before its next file); the rest not read
        assertThat(r.stored()).extracting(ImportReport.StoredOutcome::title).containsExactly(
                "0-财政局 2024 年部门预算", "2-教育局 2024 年部门预算");
        assertThat(r.failures()).singleElement().asString().startsWith("3-民政局/slow-部门决算.xlsx：已取消");
        assertThat(robot.lookup("#district-cancel").query().isVisible()).isFalse();
        assertThat(vm.statusProperty().get()).contains("已取消").contains("2 份文档");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w != scene.getWindow())
                .filter(w -> w instanceof Stage).findFirst().ifPresent(w -> Screenshot.save(w.getScene(),
                        Path.of("target/ui-district-import-result.png"))));
    }

    @Test
    void theDocumentsListMostOpenErrorsFirstAndTheFilterNarrowsThem(FxRobot robot) throws Exception {
        importAllAndCloseTheResult(robot);
        TableView<DistrictOverview.Line> table = robot.lookup("#district-table").query();
        assertThat(table.getItems()).extracting(DistrictOverview.Line::department)
                .containsExactly("5-卫健局", "3-民政局", "2-教育局", "0-财政局");
        assertThat(table.getItems()).extracting(DistrictOverview.Line::openErrors).containsExactly(5, 3, 2, 0);
        robot.interact(() -> Screenshot.save(scene, Path.of("target/ui-district.png")));

        robot.clickOn("#district-filter").write("教育");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(DistrictOverview.Line::department).containsExactly("2-教育局");
    }

    @Test
    void theReviewSheetIsExportedFromTheViewWithTheOverviewRanked(FxRobot robot) throws Exception {
        importAllAndCloseTheResult(robot);
        robot.clickOn("#district-export");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w != scene.getWindow())
                .filter(w -> w instanceof Stage).findFirst().ifPresent(w -> Screenshot.save(w.getScene(),
                        Path.of("target/ui-district-sheet-dialog.png"))));
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        robot.clickOn(ok);
        for (int i = 0; i < 600 && !Files.exists(sheet); i++) {
            Thread.sleep(100);
        }
        awaitIdle();
        for (int i = 0; i < 300 && !vm.statusProperty().get().contains("已写出"); i++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(vm.statusProperty().get()).contains("已写出审核检查表").contains("4 个部门");
        try (InputStream in = Files.newInputStream(sheet); Workbook wb = WorkbookFactory.create(in)) {
            Sheet overview = wb.getSheet("总览");
            List<String> ranked = new ArrayList<>();
            for (int r = 2; r <= overview.getLastRowNum(); r++) {
                ranked.add(overview.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(ranked).containsExactly("5-卫健局", "3-民政局", "2-教育局", "0-财政局");
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            String cell = wb.getSheet("5-卫健局").getRow(3).getCell(3).getStringCellValue();
            assertThat(cell).isEqualTo("无法判断"); // no approval date given: timeliness is not guessed
        }
    }
}
