package org.budgetworkbench.ui.table;

import java.math.BigDecimal;
import java.util.ResourceBundle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import org.budgetworkbench.ui.Texts;

/**
 * An amount cell that can be corrected (可修改的金额格): double-click or F2 opens a field with the plain figure,
 * Enter commits it through the {@link CellEditor}, Esc leaves it. A refused figure keeps the field open, marked,
 * with the reason as its tooltip. A total out of balance is marked {@code unbalanced} with "应为 X" as tooltip.
 */
final class AmountCell extends TreeTableCell<TableRowNode, String> {
    static final String UNBALANCED = "unbalanced";
    private final CellEditor editor;
    private final String column;
    private final ResourceBundle bundle;
    private final java.util.function.BiFunction<String, String, String> findingAt;
    private TextField field;

    /** {@code findingAt} gives the message of an open finding on (row key, column id), or null. */
    AmountCell(CellEditor editor, String column, ResourceBundle bundle,
               java.util.function.BiFunction<String, String, String> findingAt) {
        this.editor = editor;
        this.column = column;
        this.bundle = bundle;
        this.findingAt = findingAt;
        getStyleClass().add("amount-cell");
    }

    private String rowKey() {
        TableRowNode n = getTableRow() == null ? null : getTableRow().getItem();
        return n == null ? null : n.row().key();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(UNBALANCED, DisclosureTableView.FINDING_CELL);
        setTooltip(null);
        String key = rowKey();
        if (empty || key == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (isEditing() && field != null) {
            setText(null);
            setGraphic(field);
            return;
        }
        setText(AmountFormat.format(editor.value(key, column)));
        setGraphic(null);
        BigDecimal expected = editor.expected(key, column);
        if (expected != null) {
            getStyleClass().add(UNBALANCED);
            setTooltip(new Tooltip(Texts.get(bundle, "edit.expected", AmountFormat.format(expected))));
            return;
        }
        String finding = findingAt.apply(key, column);
        if (finding != null) {
            getStyleClass().add(DisclosureTableView.FINDING_CELL);
            Tooltip t = new Tooltip(finding);
            t.setWrapText(true);
            t.setMaxWidth(480);
            setTooltip(t);
        }
    }

    @Override
    public void startEdit() {
        String key = rowKey();
        if (key == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        BigDecimal now = editor.value(key, column);
        field = new TextField(now == null ? "" : now.toPlainString());
        field.getStyleClass().add("amount-field");
        field.setOnAction(e -> {
            String refused = editor.commit(key, column, field.getText());
            if (refused == null) {
                field = null;
                cancelEdit();
            } else {
                field.getStyleClass().add("refused");
                Tooltip why = new Tooltip(refused);
                field.setTooltip(why);
                why.show(field, field.localToScreen(0, field.getHeight()).getX(),
                        field.localToScreen(0, field.getHeight()).getY());
                field.textProperty().addListener((o, a, b) -> {
                    field.getStyleClass().remove("refused");
                    why.hide();
                });
            }
            e.consume();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field = null;
                cancelEdit();
                e.consume();
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (field != null && field.getTooltip() != null) {
            field.getTooltip().hide();
        }
        field = null;
        updateItem(getItem(), isEmpty());
    }

    /** The field open for editing, or null. */
    TextField field() {
        return field;
    }
}
