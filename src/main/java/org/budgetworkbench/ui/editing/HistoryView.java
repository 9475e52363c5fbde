package org.budgetworkbench.ui.editing;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budgetworkbench.ui.Texts;

/** Shows the 修改记录 of a document as a table: 时间, 位置, 原值, 新值, newest first. */
public final class HistoryView extends VBox {
    public HistoryView(HistoryViewModel vm, ResourceBundle b) {
        getStyleClass().add("history");
        Label title = new Label(vm.title());
        title.getStyleClass().add("content-title");
        TableView<HistoryViewModel.Line> table = new TableView<>(vm.lines());
        table.setId("history-table");
        table.setPlaceholder(new Label(Texts.get(b, "history.empty")));
        table.getColumns().add(column(Texts.get(b, "history.when"), 150, HistoryViewModel.Line::when));
        table.getColumns().add(column(Texts.get(b, "history.place"), 380, HistoryViewModel.Line::place));
        table.getColumns().add(column(Texts.get(b, "history.old"), 200, HistoryViewModel.Line::oldValue));
        table.getColumns().add(column(Texts.get(b, "history.new"), 200, HistoryViewModel.Line::newValue));
        javafx.scene.control.Button revert = new javafx.scene.control.Button(Texts.get(b, "history.revert"));
        revert.setId("history-revert");
        revert.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label said = new Label();
        said.setId("history-message");
        said.setWrapText(true);
        revert.setOnAction(e -> said.setText(vm.revert(table.getSelectionModel().getSelectedItem())));
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, revert, said);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, bar, table);
    }

    private static TableColumn<HistoryViewModel.Line, String> column(String header, double width,
                                                                    Function<HistoryViewModel.Line, String> get) {
        TableColumn<HistoryViewModel.Line, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(get.apply(f.getValue())));
        return c;
    }
}
