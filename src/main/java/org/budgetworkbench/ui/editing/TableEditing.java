package org.budgetworkbench.ui.editing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.Observable;
import org.budgetworkbench.core.edit.Amounts;
import org.budgetworkbench.core.edit.Balance;
import org.budgetworkbench.core.edit.EditRejectedException;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.table.CellEditor;

/**
 * Correcting the amounts of one table (修改公开表金额) of a document open for correction: figures as they now are,
 * a typed figure committed as a correction, and the totals left out of balance (core/edit Balance), worked out
 * once per change.
 */
public final class TableEditing implements CellEditor {
    private final DocumentEditing editing;
    private final TableType type;
    private int checkedAt = -1;
    private Map<String, Balance.Imbalance> imbalances = Map.of();

    public TableEditing(DocumentEditing editing, TableType type) {
        this.editing = editing;
        this.type = type;
    }

    public TableType type() {
        return type;
    }

    private DisclosureTable table() {
        return editing.current().table(type).orElseThrow();
    }

    @Override
    public BigDecimal value(String rowKey, String column) {
        return table().row(rowKey).map(r -> r.values().get(column)).orElse(null);
    }

    @Override
    public String commit(String rowKey, String column, String text) {
        String plain = text;
        try {
            BigDecimal v = Amounts.parse(text);
            plain = v == null ? "" : v.toPlainString(); // recorded as a plain number, as the history shows others
        } catch (EditRejectedException ignored) {
            // the editor refuses it below, with the same message
        }
        return editing.set(new Place.Cell(type, rowKey, column), plain) ? null : editing.messageProperty().get();
    }

    @Override
    public BigDecimal expected(String rowKey, String column) {
        Balance.Imbalance i = imbalances().get(new Place.Cell(type, rowKey, column).id());
        return i == null ? null : i.expected();
    }

    /** The totals out of balance now, by cell id. */
    public Map<String, Balance.Imbalance> imbalances() {
        int now = editing.revisionProperty().get();
        if (now != checkedAt) {
            Map<String, Balance.Imbalance> m = new HashMap<>();
            for (Balance.Imbalance i : editing.imbalances(type)) {
                m.put(i.place().id(), i);
            }
            imbalances = m;
            checkedAt = now;
        }
        return imbalances;
    }

    /** A row as it now is. */
    public Row row(String key) {
        return table().row(key).orElseThrow();
    }

    @Override
    public Observable changes() {
        return editing.revisionProperty();
    }
}
