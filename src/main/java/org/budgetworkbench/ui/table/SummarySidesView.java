package org.budgetworkbench.ui.table;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budgetworkbench.model.Row;

/** The two-sided summary table (收支总表): a column group per side, each 项目 then its amounts. */
public final class SummarySidesView extends VBox {
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");

    public SummarySidesView(SummarySidesViewModel vm, ResourceBundle bundle) {
        setId("summary-sides");
        getStyleClass().add("summary-sides");
        TableView<SummarySidesViewModel.Line> table = new TableView<>();
        table.setId("summary-sides-table");
        table.getStyleClass().add("amounts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (int s = 0; s < vm.sides().size(); s++) {
            SummarySidesViewModel.Side side = vm.sides().get(s);
            int at = s;
            TableColumn<SummarySidesViewModel.Line, String> group = new TableColumn<>(side.title());
            TableColumn<SummarySidesViewModel.Line, String> item = new TableColumn<>(
                    org.budgetworkbench.ui.Texts.get(bundle, "summary.item"));
            item.setCellValueFactory(l -> new ReadOnlyStringWrapper(name(l.getValue().on(at))));
            item.setPrefWidth(240);
            item.setSortable(false);
            group.getColumns().add(item);
            for (ColumnSpec c : side.columns()) {
                TableColumn<SummarySidesViewModel.Line, String> amount = new TableColumn<>(c.header());
                amount.setCellValueFactory(l -> new ReadOnlyStringWrapper(l.getValue().on(at) == null ? ""
                        : DisclosureTableViewModel.cellText(l.getValue().on(at), c.id())));
                amount.getStyleClass().add("amount");
                amount.setPrefWidth(110);
                amount.setSortable(false);
                group.getColumns().add(amount);
            }
            table.getColumns().add(group);
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SummarySidesViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(TOTAL, !empty && line != null && line.total());
            }
        });
        table.getItems().setAll(vm.lines());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(table);
    }

    private static String name(Row r) {
        return r == null || r.name() == null ? "" : r.name();
    }
}
