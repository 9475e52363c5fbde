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
        HBox choices = new HBox(8, which, table, column);

        TableView<ComparisonViewModel.Line> rows = new TableView<>(vm.lines());
        rows.setId("compare-rows");
        rows.setPlaceholder(new Label(Texts.get(b, "compare.none")));
        TableColumn<ComparisonViewModel.Line, String> name = column(Texts.get(b, "table.name"), 320,
                ComparisonViewModel.Line::name, false);
        TableColumn<ComparisonViewModel.Line, String> first = column("", 130, ComparisonViewModel.Line::first, true);
        TableColumn<ComparisonViewModel.Line, String> second = column("", 130, ComparisonViewModel.Line::second, true);
        TableColumn<ComparisonViewModel.Line, String> change = column(Texts.get(b, "compare.change"), 120,
                ComparisonViewModel.Line::change, true);
        TableColumn<ComparisonViewModel.Line, String> rate = column("", 100, ComparisonViewModel.Line::rate, true);
        rows.getColumns().addAll(java.util.List.of(name, first, second, change, rate));
        Runnable headers = () -> {
            ComparisonViewModel.Comparison c = vm.comparisonProperty().get();
            first.setText(c == null ? "" : c.firstHeader());
            second.setText(c == null ? "" : c.secondHeader());
            rate.setText(c == null ? "" : c.rateHeader());
            change.setVisible(c != null && c.kind() == ComparisonViewModel.Kind.YEAR_OVER_YEAR);
        };
        headers.run();
        vm.comparisonProperty().addListener((o, a, c) -> headers.run());
        VBox.setVgrow(rows, Priority.ALWAYS);
        getChildren().addAll(title, choices, rows);
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
