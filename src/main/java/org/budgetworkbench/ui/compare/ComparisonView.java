package org.budgetworkbench.ui.compare;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budgetworkbench.ui.Texts;

/**
 * Shows a comparison (比较): the comparison, table and column chosen above; the rows below with both figures, the
 * change and the rate. Headers follow the comparison (本年/上年/增减率 or 预算数/决算数/执行率).
 */
public final class ComparisonView extends VBox {
    public ComparisonView(ComparisonViewModel vm, ResourceBundle b) {
        getStyleClass().add("comparison");
        setSpacing(6);
        Label title = new Label(vm.title());
        title.getStyleClass().add("content-title");
        ComboBox<ComparisonViewModel.Comparison> which = new ComboBox<>(vm.comparisons());
        which.setId("compare-kind");
        which.valueProperty().bindBidirectional(vm.comparisonProperty());
        ComboBox<ComparisonViewModel.TableChoice> table = new ComboBox<>(vm.tables());
        table.setId("compare-table");
        table.valueProperty().bindBidirectional(vm.tableProperty());
        ComboBox<ComparisonViewModel.ColumnChoice> column = new ComboBox<>(vm.columns());
        column.setId("compare-column");
        column.valueProperty().bindBidirectional(vm.columnProperty());
        javafx.scene.control.Button export = new javafx.scene.control.Button(Texts.get(b, "compare.export"));
        export.setId("compare-export");
        export.setOnAction(e -> export(vm, b));
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.lines()));
        HBox choices = new HBox(8, which, table, column, export);

        TableView<ComparisonViewModel.Line> rows = new TableView<>(vm.lines());
        rows.setId("compare-rows");
        rows.setPlaceholder(new Label(Texts.get(b, "compare.none")));
        // 类/款/项 stay a hierarchy: each level indented under its parent
        TableColumn<ComparisonViewModel.Line, String> name = column(Texts.get(b, "table.name"), 250,
                l -> "　".repeat(l.depth()) + l.name(), false);
        TableColumn<ComparisonViewModel.Line, String> first = column("", 110, ComparisonViewModel.Line::first, true);
        TableColumn<ComparisonViewModel.Line, String> second = column("", 110, ComparisonViewModel.Line::second, true);
        TableColumn<ComparisonViewModel.Line, String> change = column(Texts.get(b, "compare.change"), 100,
                ComparisonViewModel.Line::change, true);
        TableColumn<ComparisonViewModel.Line, String> rate = column("", 90, ComparisonViewModel.Line::rate, true);
        rows.getColumns().addAll(java.util.List.of(name, first, second, change, rate));
        Runnable headers = () -> {
            ComparisonViewModel.Comparison c = vm.comparisonProperty().get();
            first.setText(c == null ? "" : c.firstHeader());
            second.setText(c == null ? "" : c.secondHeader());
            rate.setText(c == null ? "" : c.rateHeader());
            change.setVisible(c != null && c.kind().showsChange());
        };
        headers.run();
        vm.comparisonProperty().addListener((o, a, c) -> headers.run());
        rows.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ComparisonViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(LARGE, !empty && line != null && line.large());
            }
        });
        ChangeChart chart = new ChangeChart(vm, b);
        javafx.scene.control.SplitPane both = new javafx.scene.control.SplitPane(rows, chart);
        // at 1366×768 the five columns (660 px) fit beside a chart that still names its classes
        both.setDividerPositions(0.67);
        VBox.setVgrow(both, Priority.ALWAYS);
        Label legend = new Label(Texts.get(b, "compare.large.legend"));
        legend.getStyleClass().add("compare-legend");
        getChildren().addAll(title, choices, legend, both);
    }

    private static final javafx.css.PseudoClass LARGE = javafx.css.PseudoClass.getPseudoClass("large-change");

    /** 导出 Excel…: the comparison shown, as a sheet with the amounts as numbers. */
    private void export(ComparisonViewModel vm, ResourceBundle b) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Texts.get(b, "compare.export"));
        chooser.setInitialFileName(vm.title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        java.io.File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            new org.budgetworkbench.core.export.RowsWorkbookWriter().write(Texts.get(b, "nav.compare"), vm.asSheet(),
                    file.toPath());
        } catch (java.io.IOException | RuntimeException ex) {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    Texts.get(b, "compare.export.failed", file.getName(), String.valueOf(ex.getMessage())),
                    org.budgetworkbench.ui.DialogButtons.ok(b));
            a.initOwner(getScene().getWindow());
            a.show();
        }
    }

    private static TableColumn<ComparisonViewModel.Line, String> column(String header, double width,
            Function<ComparisonViewModel.Line, String> get, boolean amount) {
        TableColumn<ComparisonViewModel.Line, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(get.apply(f.getValue())));
        if (amount) {
            c.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setStyle("-fx-alignment: center-right;");
                }
            });
        }
        return c;
    }
}
