package org.budgetworkbench.ui.district;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.budgetworkbench.ui.DialogButtons;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.importing.ImportResultView;
import org.budgetworkbench.workflow.DistrictOverview;
import org.budgetworkbench.workflow.ImportReport;
import org.budgetworkbench.workflow.Reviews;

/**
 * 区级总览: every department's documents in one sortable, filterable table (部门, 范围, 类型, 年度, 待处理错误 / 警告 /
 * 提示, 缺少的表, 最后审核日期), opened by a double click; 导入文件夹… with one progress bar and 取消, its result
 * file by file; 导出审核检查表… for the whole store. Lines start sorted by open errors, then warnings.
 */
public final class DistrictView extends BorderPane {
    /** Where the view asks the analyst for a folder or a file; the tests answer without a native dialog. */
    public interface Chooser {
        Optional<Path> folder(Window owner);

        Optional<Path> sheetFile(Window owner);
    }

    private final DistrictViewModel vm;
    private final ResourceBundle b;
    private final Executor background;
    private final Chooser chooser;
    private final TableView<DistrictOverview.Line> table = new TableView<>();
    private final TableColumn<DistrictOverview.Line, Integer> errors;

    public DistrictView(DistrictViewModel vm, ResourceBundle b, Executor background, Chooser chooser,
                        Consumer<Long> open) {
        this.vm = vm;
        this.b = b;
        this.background = background;
        this.chooser = chooser;
        setId("district-view");

        Button importFolder = new Button(Texts.get(b, "district.import"));
        importFolder.setId("district-import");
        importFolder.disableProperty().bind(vm.busyProperty());
        importFolder.setOnAction(e -> chooser.folder(getScene().getWindow()).ifPresent(this::importFolder));
        Button export = new Button(Texts.get(b, "district.export"));
        export.setId("district-export");
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> exportSheet());
        TextField filter = new TextField();
        filter.setId("district-filter");
        filter.setPromptText(Texts.get(b, "district.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox top = new HBox(8, importFolder, export, filter);
        top.setPadding(new Insets(8));
        setTop(top);

        table.setId("district-table");
        table.setPlaceholder(new Label(Texts.get(b, "district.empty")));
        table.getColumns().add(text("district.col.department", DistrictOverview.Line::department, 260));
        table.getColumns().add(text("district.col.scope", DistrictOverview.Line::scope, 60));
        table.getColumns().add(text("district.col.kind", l -> l.kind().chinese(), 60));
        table.getColumns().add(number("district.col.year", DistrictOverview.Line::year, 60));
        errors = number("district.col.errors", DistrictOverview.Line::openErrors, 90);
        errors.setId("district-col-errors");
        errors.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().add(errors);
        table.getColumns().add(number("district.col.warnings", DistrictOverview.Line::openWarnings, 60));
        table.getColumns().add(number("district.col.notes", DistrictOverview.Line::openNotes, 60));
        table.getColumns().add(text("district.col.missing", l -> String.join("、", l.missingTables()), 200));
        table.getColumns().add(text("district.col.verdict",
                l -> l.lastVerdict() == null ? "" : l.lastVerdict().toString(), 110));
        SortedList<DistrictOverview.Line> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(errors);
        table.setRowFactory(t -> {
            TableRow<DistrictOverview.Line> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().documentId());
                }
            });
            return row;
        });
        setCenter(table);

        ProgressBar bar = new ProgressBar();
        bar.setId("district-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        bar.managedProperty().bind(vm.busyProperty());
        bar.setPrefWidth(220);
        Button cancel = new Button(Texts.get(b, "district.cancel"));
        cancel.setId("district-cancel");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.setId("district-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(8, bar, cancel, status);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        setBottom(bottom);

        vm.lastImportProperty().addListener((o, a, r) -> {
            if (r != null) {
                showResult(r);
            }
        });
    }

    /** Reads the lines again, off the FX thread. */
    public void refresh() {
        background.execute(vm.refreshTask());
    }

    /** Starts importing a district's folder. */
    public void importFolder(Path folder) {
        if (!vm.busyProperty().get()) {
            background.execute(vm.importFolderTask(folder));
        }
    }

    /** Asks for the file and the deadline, then writes the review sheet. */
    public void exportSheet() {
        Window owner = getScene() == null ? null : getScene().getWindow();
        Optional<Reviews.Deadline> deadline = askDeadline(owner);
        if (deadline.isEmpty()) {
            return;
        }
        chooser.sheetFile(owner).ifPresent(out -> background.execute(vm.exportTask(out, deadline.get())));
    }

    private Optional<Reviews.Deadline> askDeadline(Window owner) {
        Dialog<Reviews.Deadline> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Texts.get(b, "district.sheet.title"));
        DatePicker approved = new DatePicker();
        approved.setId("district-approved");
        TextField days = new TextField("20");
        days.setId("district-days");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Texts.get(b, "district.sheet.approved")), approved);
        grid.addRow(1, new Label(Texts.get(b, "district.sheet.days")), days);
        d.getDialogPane().setContent(grid);
        styled(d);
        d.getDialogPane().getButtonTypes().addAll(DialogButtons.ok(b), DialogButtons.cancel(b));
        d.setResultConverter(bt -> bt == null || bt.getButtonData().isCancelButton() ? null
                : new Reviews.Deadline(approved.getValue(), parseDays(days.getText())));
        return d.showAndWait();
    }

    static Integer parseDays(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void showResult(ImportReport r) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(Texts.get(b, "district.import.result"));
        d.getDialogPane().setContent(new ImportResultView(r, vm.describe(r), b));
        d.getDialogPane().getButtonTypes().add(DialogButtons.ok(b));
        d.setResizable(true);
        styled(d);
        d.show();
    }

    /** Dialogs take the window's style sheets (its CJK font among them). */
    private void styled(Dialog<?> d) {
        if (getScene() != null) {
            d.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
    }

    public TableView<DistrictOverview.Line> table() {
        return table;
    }

    private TableColumn<DistrictOverview.Line, String> text(String key, Function<DistrictOverview.Line, String> f,
                                                           double width) {
        TableColumn<DistrictOverview.Line, String> c = new TableColumn<>(Texts.get(b, key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<DistrictOverview.Line, Integer> number(String key, Function<DistrictOverview.Line, Integer> f,
                                                              double width) {
        TableColumn<DistrictOverview.Line, Integer> c = new TableColumn<>(Texts.get(b, key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setPrefWidth(width);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
