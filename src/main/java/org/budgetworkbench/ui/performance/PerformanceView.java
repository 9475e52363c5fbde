package org.budgetworkbench.ui.performance;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budgetworkbench.ui.Expandable;

/** Shows 绩效目标 or 绩效自评 as a tree table: each goal or evaluation with its indicators below. */
public final class PerformanceView extends VBox implements Expandable {
    private static final double[] WIDTHS = {320, 100, 130, 150, 260, 80};
    private final TreeItem<PerformanceNode> root = new TreeItem<>();

    public PerformanceView(PerformanceViewModel vm) {
        getStyleClass().add("performance");
        Label title = new Label(vm.title());
        title.getStyleClass().add("content-title");
        TreeTableView<PerformanceNode> table = new TreeTableView<>(root);
        table.setId("performance-table");
        table.setShowRoot(false);
        root.setExpanded(true);
        for (PerformanceNode n : vm.roots()) {
            TreeItem<PerformanceNode> it = new TreeItem<>(n);
            it.setExpanded(true);
            n.children().forEach(c -> it.getChildren().add(new TreeItem<>(c)));
            root.getChildren().add(it);
        }
        for (int i = 0; i < vm.headers().size(); i++) {
            int index = i;
            TreeTableColumn<PerformanceNode, String> col = new TreeTableColumn<>(vm.headers().get(i));
            col.setSortable(false);
            col.setPrefWidth(WIDTHS[Math.min(i, WIDTHS.length - 1)]);
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                    index < f.getValue().getValue().cells().size() ? f.getValue().getValue().cells().get(index) : ""));
            col.setCellFactory(c -> new TreeTableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    // long goals and bases are cut by the column; the tooltip shows them whole
                    setTooltip(empty || item == null || item.length() < 12 ? null : new Tooltip(item));
                }
            });
            table.getColumns().add(col);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, table);
    }

    @Override
    public void expandAll() {
        root.getChildren().forEach(c -> c.setExpanded(true));
    }

    @Override
    public void collapseAll() {
        root.getChildren().forEach(c -> c.setExpanded(false));
    }
}
