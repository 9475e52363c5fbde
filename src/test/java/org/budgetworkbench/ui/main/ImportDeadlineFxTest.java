package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.limits.ProcessingDeadline;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.importing.RecentFiles;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.workflow.DocumentSource;
import org.budgetworkbench.workflow.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An import past the per-file deadline (处理时限) in the window: the window answers while the file is read, the
 * file is refused with 文件过于复杂/超出处理时限, and the store keeps what it held. The file is a generated
 * workbook of many coded rows — within every limit, so only the clock can stop it — read with a deadline of a
 * fifth of a second; the window's own import path runs it (文件 → 最近打开的文件), on the window's background thread.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDeadlineFxTest {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    private HeadlessWindow window;
    private Stage stage;
    private MainWindowViewModel vm;
    private Path big;
    private String deadlineBefore;
    /** Counted down when the import starts reading the file; the reading waits for {@link #go}. */
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch go = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new HeadlessWindow();
        big = window.dir.resolve("某区某局2024年部门预算公开表.xlsx");
        manyCodedRows(big);
        DocumentSource real = new DisclosureExtractor()::extract;
        // the real reader, held at its start until the test has used the window while the import is under way
        DocumentSource held = file -> {
            reading.countDown();
            try {
                go.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.extract(file);
        };
        RecentFiles recent = new RecentFiles(window.prefs.node("recent"));
        recent.add(List.of(big));
        vm = new MainWindowViewModel(window.store, held, new Validator()::validate,
                new Samples(List.of(Path.of("samples"))), Language.CHINESE, recent);
        window.store.documents().save(CorpusDocuments.load(CorpusDocuments.BUDGET), "部门预算.xlsx");
        vm.refresh();
        window.show(stage, vm);
    }

    @AfterEach
    void tearDown() throws Exception {
        go.countDown();
        if (deadlineBefore == null) {
            System.clearProperty(ProcessingDeadline.PROPERTY);
        } else {
            System.setProperty(ProcessingDeadline.PROPERTY, deadlineBefore);
        }
        window.close();
    }

    @Test
    void theWindowAnswersWhileTheFileRunsPastTheDeadlineAndTheStoreIsUntouched(FxRobot robot) throws Exception {
        deadlineBefore = System.getProperty(ProcessingDeadline.PROPERTY);
        System.setProperty(ProcessingDeadline.PROPERTY, "0.2");
        List<Long> before = window.store.documents().list().stream().map(StoredDocument::id).toList();
        assertThat(before).hasSize(1);

        robot.clickOn("文件").clickOn("最近打开的文件").clickOn(big.getFileName().toString());
        assertThat(reading.await(30, TimeUnit.SECONDS)).as("the import started").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.busyProperty().get()).as("the import runs").isTrue();
        // another control answers while the import runs: the navigator's filter takes what is typed
        TextField filter = robot.lookup("#filterField").queryAs(TextField.class);
        robot.clickOn(filter).write("2024");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filter.getText()).isEqualTo("2024");
        assertThat(vm.busyProperty().get()).as("still running while the window answered").isTrue();

        go.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        ImportReport report = vm.lastReportProperty().get();
        assertThat(report).isNotNull();
        assertThat(report.stored()).isEmpty();
        assertThat(report.failures()).singleElement().asString().contains(ProcessingDeadline.TOO_COMPLEX);
        List<Window> dialogs = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList();
        assertThat(dialogs).hasSize(1);
        DialogPane pane = (DialogPane) dialogs.get(0).getScene().getRoot();
        assertThat(robot.from(pane).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> String.valueOf(c.getItem()))
                .anyMatch(t -> t.contains(ProcessingDeadline.TOO_COMPLEX));
        assertThat(vm.statusProperty().get()).contains(ProcessingDeadline.TOO_COMPLEX);
        assertThat(window.store.documents().list().stream().map(StoredDocument::id).toList()).isEqualTo(before);
        robot.interact(() -> dialogs.forEach(Window::hide));
    }

    /**
     * A 支出总表 of 9,000 项 on each of two sheets, fourteen columns: every limit holds (rows, cells, sheets), and
     * reading and checking it takes far longer than a fifth of a second of processor time.
     */
    private static void manyCodedRows(Path out) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            for (int s = 0; s < 2; s++) {
                Sheet sheet = wb.createSheet("支出总表" + (s + 1));
                sheet.createRow(0).createCell(0).setCellValue("某区某局2024年部门预算支出总表");
                Row header = sheet.createRow(1);
                String[] heads = {"科目编码", "科目名称", "合计", "基本支出", "项目支出", "事业单位经营支出",
                        "上缴上级支出", "对附属单位补助支出", "人员经费", "公用经费", "一般公共预算", "政府性基金预算",
                        "国有资本经营预算", "其他"};
                for (int c = 0; c < heads.length; c++) {
                    header.createCell(c).setCellValue(heads[c]);
                }
                for (int r = 0; r < 9000; r++) {
                    Row row = sheet.createRow(r + 2);
                    row.createCell(0).setCellValue(String.valueOf(2010101 + s * 100000 + r));
                    row.createCell(1).setCellValue("项目" + r);
                    for (int c = 2; c < heads.length; c++) {
                        row.createCell(c).setCellValue((r % 97) + c * 0.01);
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            wb.dispose();
        }
    }
}
