package org.budgetworkbench.ui.table;

import java.util.List;

import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budgetworkbench.ui.Expandable;
import org.budgetworkbench.ui.Texts;

/**
 * Shows one disclosure table (公开表) as a tree by classification. Two tree tables share one tree: the left
 * holds 编码 and 名称 and stays put, the right holds the amounts and scrolls sideways; their vertical
 * scrolling, row heights and selection are tied, so they read as one table with frozen columns.
 */
public final class DisclosureTableView extends VBox implements Expandable {
    static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    /** A style class rather than a pseudo-class, so tests and themes can find marked cells by it. */
    public static final String FINDING_CELL = "finding-cell";
    private static final double ROW_HEIGHT = 26;

    private final TreeTableView<TableRowNode> fixed = new TreeTableView<>();
    private final TreeTableView<TableRowNode> amounts = new TreeTableView<>();
    private final TreeItem<TableRowNode> root = new TreeItem<>();
    private final DisclosureTableViewModel vm;
    private boolean syncing;

    public DisclosureTableView(DisclosureTableViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        getStyleClass().add("disclosure-table");
        Label title = new Label(vm.title());
        title.getStyleClass().add("content-title");

        root.setExpanded(true);
        for (TableRowNode n : vm.roots()) {
            root.getChildren().add(item(n));
        }
        setUpFixed(vm, bundle);
        setUpAmounts(vm);
        if (vm.editor() != null) {
            makeEditable(vm.editor(), bundle);
        }

        Region spacer = new Region();
        VBox left = new VBox(fixed, spacer);
        VBox.setVgrow(fixed, Priority.ALWAYS);
        left.getStyleClass().add("fixed-part");
        HBox body = new HBox(left, amounts);
        HBox.setHgrow(amounts, Priority.ALWAYS);
        if (SummarySidesViewModel.appliesTo(vm.table().type())) {
            getChildren().addAll(twoSided(title, body, bundle));
        } else {
            VBox.setVgrow(body, Priority.ALWAYS);
            getChildren().addAll(title, body);
        }
        if (!vm.notes().isEmpty()) {
            getChildren().add(new TableNotesLabel(vm.notes()));
        }

        // tie the two once their skins (and scroll bars) exist
        amounts.skinProperty().addListener((o, a, s) -> Platform.runLater(() -> tie(spacer)));
        fixed.skinProperty().addListener((o, a, s) -> Platform.runLater(() -> tie(spacer)));
        syncSelection();
        vm.marksProperty().addListener((o, a, b) -> {
            fixed.refresh();
            amounts.refresh();
        });
        vm.focusProperty().addListener((o, a, f) -> Platform.runLater(() -> focus(f)));
        if (vm.focusProperty().get() != null) {
            Platform.runLater(() -> focus(vm.focusProperty().get()));
        }
    }

    /**
     * A summary table is shown two-sided as printed (收入 | 支出), over its row view; 逐行查看/修改 shows the rows
     * (where amounts are corrected and findings point). The row view stays laid out underneath, so its frozen
     * columns stay tied.
     */
    private Node[] twoSided(Label title, HBox rows, ResourceBundle bundle) {
        SummarySidesView sides = new SummarySidesView(new SummarySidesViewModel(vm.table(), bundle), bundle);
        sides.setStyle("-fx-background-color: -fx-background;");
        javafx.scene.control.ToggleButton asRows = new javafx.scene.control.ToggleButton(
                Texts.get(bundle, "summary.rows"));
        asRows.setId("summary-as-rows");
        sides.visibleProperty().bind(asRows.selectedProperty().not());
        // a finding leads to a cell of the row view
        vm.focusProperty().addListener((o, a, f) -> {
            if (f != null) {
                asRows.setSelected(true);
            }
        });
        if (vm.focusProperty().get() != null) {
            asRows.setSelected(true);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, asRows);
        javafx.scene.layout.StackPane both = new javafx.scene.layout.StackPane(rows, sides);
        VBox.setVgrow(both, Priority.ALWAYS);
        return new Node[] {head, both};
    }

    /** Selects the row a finding names, opening its parents, and brings it (and its column) into view. */
    private void focus(DisclosureTableViewModel.CellFocus f) {
        if (f == null) {
            return;
        }
        TreeItem<TableRowNode> it = find(root, f.row());
        if (it == null) {
            return;
        }
        for (TreeItem<TableRowNode> p = it.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        int index = amounts.getRow(it);
        amounts.getSelectionModel().clearAndSelect(index);
        amounts.scrollTo(Math.max(0, index - 3));
        fixed.scrollTo(Math.max(0, index - 3));
        if (f.column() != null) {
            amounts.getColumns().stream().filter(c -> ("col-" + f.column()).equals(c.getId())).findFirst()
                    .ifPresent(amounts::scrollToColumn);
        }
    }

    private static TreeItem<TableRowNode> find(TreeItem<TableRowNode> item, String key) {
        if (item.getValue() != null && key.equals(item.getValue().row().key())) {
            return item;
        }
        for (TreeItem<TableRowNode> c : item.getChildren()) {
            TreeItem<TableRowNode> f = find(c, key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** A cell that carries an open finding is marked and shows the finding's message as its tooltip. */
    private TreeTableCell<TableRowNode, String> markedCell(String columnId) {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                TableRowNode node = empty || getTableRow() == null ? null : getTableRow().getItem();
                String message = node == null ? null : columnId == null
                        ? vm.marksProperty().get().row(node.row().key())
                        : vm.marksProperty().get().cell(node.row().key(), columnId);
                getStyleClass().remove(FINDING_CELL);
                if (message != null) {
                    getStyleClass().add(FINDING_CELL);
                    Tooltip t = new Tooltip(message);
                    t.setWrapText(true);
                    t.setMaxWidth(480);
                    setTooltip(t);
                } else {
                    setTooltip(null);
                }
            }
        };
    }

    private static TreeItem<TableRowNode> item(TableRowNode n) {
        TreeItem<TableRowNode> it = new TreeItem<>(n);
        it.setExpanded(true);
        for (TableRowNode c : n.children()) {
            it.getChildren().add(item(c));
        }
        return it;
    }

    private void setUpFixed(DisclosureTableViewModel vm, ResourceBundle bundle) {
        fixed.setId("table-fixed");
        fixed.getStyleClass().add("fixed-table");
        fixed.setRoot(root);
        fixed.setShowRoot(false);
        fixed.setFixedCellSize(ROW_HEIGHT);
        fixed.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        int longestCode = vm.table().rows().stream().mapToInt(r -> new TableRowNode(r).code().length()).max()
                .orElse(0);
        boolean anyCode = longestCode > 0;
        double codeWidth = Math.min(200, Math.max(80, longestCode * 8 + 24));

        TreeTableColumn<TableRowNode, String> code = new TreeTableColumn<>(Texts.get(bundle, "table.code"));
        code.setId("col-code");
        code.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue().code()));
        code.setPrefWidth(codeWidth);
        code.setMinWidth(codeWidth);
        code.setSortable(false);
        code.setVisible(anyCode);

        TreeTableColumn<TableRowNode, String> name = new TreeTableColumn<>(Texts.get(bundle, "table.name"));
        name.setId("col-name");
        name.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue().row().name()));
        name.setPrefWidth(300);
        name.setSortable(false);
        name.setCellFactory(c -> markedCell(null));

        fixed.getColumns().add(code);
        fixed.getColumns().add(name);
        fixed.setTreeColumn(name);
        double width = (anyCode ? codeWidth : 0) + 320;
        fixed.setPrefWidth(width);
        fixed.setMinWidth(width);
        fixed.setRowFactory(t -> totalAwareRow());
    }

    private void setUpAmounts(DisclosureTableViewModel vm) {
        amounts.setId("table-amounts");
        amounts.getStyleClass().add("amounts-table");
        amounts.setRoot(root);
        amounts.setShowRoot(false);
        amounts.setFixedCellSize(ROW_HEIGHT);
        amounts.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        // the tree's indentation and arrows belong on the left; give them an empty column of no width here
        TreeTableColumn<TableRowNode, String> tree = new TreeTableColumn<>();
        tree.getStyleClass().add("tree-spacer");
        tree.setMinWidth(0);
        tree.setPrefWidth(0);
        tree.setMaxWidth(0);
        tree.setResizable(false);
        tree.setSortable(false);
        amounts.getColumns().add(tree);
        amounts.setTreeColumn(tree);
        for (ColumnSpec c : vm.columns()) {
            TreeTableColumn<TableRowNode, String> col = new TreeTableColumn<>(c.header());
            col.setId("col-" + c.id());
            col.getStyleClass().add("amount");
            col.setSortable(false);
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                    DisclosureTableViewModel.cellText(f.getValue().getValue().row(), c.id())));
            col.setPrefWidth(widthFor(c.header()));
            col.setCellFactory(x -> markedCell(c.id()));
            amounts.getColumns().add(col);
        }
        amounts.setRowFactory(t -> {
            TreeTableRow<TableRowNode> row = totalAwareRow();
            // the arrows are drawn on the left part; an empty node here keeps the skin from drawing its own
            Region none = new Region();
            none.setVisible(false);
            none.setManaged(false);
            row.setDisclosureNode(none);
            return row;
        });
    }

    /**
     * Amounts become correctable: one cell at a time is selected, double-click or F2 opens it, Enter commits.
     * Any change (a correction, an undo) redraws the cells, so figures and balance marks are always current.
     */
    private void makeEditable(CellEditor editor, ResourceBundle bundle) {
        getStylesheets().add(DisclosureTableView.class.getResource("editing.css").toExternalForm());
        amounts.setEditable(true);
        amounts.getSelectionModel().setCellSelectionEnabled(true);
        for (TreeTableColumn<TableRowNode, ?> col : amounts.getColumns()) {
            if (col.getId() != null && col.getId().startsWith("col-")) {
                @SuppressWarnings("unchecked")
                TreeTableColumn<TableRowNode, String> c = (TreeTableColumn<TableRowNode, String>) col;
                String id = col.getId().substring("col-".length());
                c.setEditable(true);
                c.setCellFactory(x -> new AmountCell(editor, id, bundle,
                        (row, column) -> vm.marksProperty().get().cell(row, column)));
            }
        }
        editor.changes().addListener(o -> amounts.refresh());
    }

    /** Wide enough for the header on one line and for 99,999,999.99. */
    static double widthFor(String header) {
        double w = 28;
        for (int i = 0; i < header.length(); i++) {
            w += Character.UnicodeBlock.of(header.charAt(i)) == Character.UnicodeBlock.BASIC_LATIN ? 7.5 : 14;
        }
        return Math.max(110, w);
    }

    private static TreeTableRow<TableRowNode> totalAwareRow() {
        return new TreeTableRow<>() {
            @Override
            protected void updateItem(TableRowNode item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(TOTAL, !empty && item != null && item.isTotal());
            }
        };
    }

    private boolean tied;

    private void tie(Region spacer) {
        if (tied) {
            return;
        }
        ScrollBar fixedV = bar(fixed, Orientation.VERTICAL);
        ScrollBar amountsH = bar(amounts, Orientation.HORIZONTAL);
        VirtualFlow<?> fixedFlow = (VirtualFlow<?>) fixed.lookup(".virtual-flow");
        VirtualFlow<?> amountsFlow = (VirtualFlow<?>) amounts.lookup(".virtual-flow");
        if (fixedV == null || amountsH == null || fixedFlow == null || amountsFlow == null) {
            return;
        }
        tied = true;
        // equal row heights and equal viewport heights make equal positions mean equal rows
        fixedFlow.positionProperty().bindBidirectional(amountsFlow.positionProperty());
        // the left part shows no scroll bar of its own; the right one serves both
        fixedV.setOpacity(0);
        fixedV.setMouseTransparent(true);
        fixedV.setPrefWidth(0);
        fixedV.setMaxWidth(0);
        // keep both viewports equally tall when the right part shows its horizontal bar
        spacer.minHeightProperty().bind(Bindings.when(amountsH.visibleProperty())
                .then(amountsH.heightProperty()).otherwise(0));
        spacer.prefHeightProperty().bind(spacer.minHeightProperty());
        spacer.maxHeightProperty().bind(spacer.minHeightProperty());
    }

    private static ScrollBar bar(TreeTableView<?> table, Orientation o) {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar sb && sb.getOrientation() == o) {
                return sb;
            }
        }
        return null;
    }

    /** Ctrl+C copies the chosen row, Ctrl+Shift+C the whole table, as tab-separated text for Excel/WPS. */
    private void copyOnShortcut(TreeTableView<TableRowNode> table) {
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.C) {
                List<org.budgetworkbench.model.Row> rows;
                if (e.isShiftDown()) {
                    rows = vm.table().rows();
                } else {
                    TreeItem<TableRowNode> chosen = table.getSelectionModel().getSelectedItem();
                    rows = chosen == null || chosen.getValue() == null ? List.of() : List.of(chosen.getValue().row());
                }
                if (!rows.isEmpty()) {
                    javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
                    c.putString(vm.asTabSeparated(rows, e.isShiftDown()));
                    javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
                    e.consume();
                }
            }
        });
    }

    private void syncSelection() {
        copyOnShortcut(fixed);
        copyOnShortcut(amounts);
        fixed.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        amounts.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        fixed.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> mirror(fixed, amounts));
        amounts.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> mirror(amounts, fixed));
    }

    private void mirror(TreeTableView<TableRowNode> from, TreeTableView<TableRowNode> to) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            int i = from.getSelectionModel().getSelectedIndex();
            if (i >= 0 && to.getSelectionModel().getSelectedIndex() == i) {
                return; // already there (a cell of the same row)
            }
            if (i < 0) {
                to.getSelectionModel().clearSelection();
            } else {
                to.getSelectionModel().clearAndSelect(i);
            }
        } finally {
            syncing = false;
        }
    }

    @Override
    public void expandAll() {
        setExpanded(root, true);
    }

    @Override
    public void collapseAll() {
        for (TreeItem<TableRowNode> c : root.getChildren()) {
            setExpanded(c, false);
        }
    }

    private static void setExpanded(TreeItem<TableRowNode> item, boolean expanded) {
        item.setExpanded(expanded);
        for (TreeItem<TableRowNode> c : item.getChildren()) {
            setExpanded(c, expanded);
        }
    }

    /** The shared tree, for tests and for whoever needs the rows as shown. */
    public TreeItem<TableRowNode> rootItem() {
        return root;
    }

    /** The amounts part, whose selection is the table's. */
    public TreeTableView<TableRowNode> amountsTable() {
        return amounts;
    }
}
