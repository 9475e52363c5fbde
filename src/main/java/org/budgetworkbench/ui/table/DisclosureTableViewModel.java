package org.budgetworkbench.ui.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.ui.Texts;

/**
 * The view model of one disclosure table (公开表): its amount columns with headers, and its rows as a
 * classification tree — a 项 under its 款, a 款 under its 类, by the codes' lengths; rows without a code
 * at the top; the 合计 row first.
 */
public final class DisclosureTableViewModel {
    private final DisclosureTable table;
    private final List<ColumnSpec> columns;
    private final List<TableRowNode> roots;
    private final ObjectProperty<FindingMarks> marks = new SimpleObjectProperty<>(new FindingMarks());
    private final ObjectProperty<CellFocus> focus = new SimpleObjectProperty<>();

    /** A row to select and scroll to, and the column to bring into view (null for the row alone). */
    public record CellFocus(String row, String column) {
    }
    private CellEditor editor;

    private final String codeHeader;
    private final String nameHeader;

    public DisclosureTableViewModel(DisclosureTable table, ResourceBundle bundle) {
        this.codeHeader = Texts.get(bundle, "table.code");
        this.nameHeader = Texts.get(bundle, "table.name");
        this.table = table;
        this.columns = columnsOf(table, bundle);
        this.roots = treeOf(table.rows());
    }

    /** Makes the amounts correctable through {@code editor} (修改); without one the table is read-only. */
    public DisclosureTableViewModel withEditor(CellEditor cellEditor) {
        this.editor = cellEditor;
        return this;
    }

    /** The editor of the amounts, or null when the table is read-only. */
    public CellEditor editor() {
        return editor;
    }

    public DisclosureTable table() {
        return table;
    }

    /** The title to show: the document's own, or the standard one when the document printed none. */
    public String title() {
        return table.title() == null || table.title().isBlank() ? table.type().standardTitle() : table.title();
    }

    /** The notes printed under the table (注：本表无数据 …), as printed, to show under it; empty when none. */
    public List<String> notes() {
        return table.notes();
    }

    public List<ColumnSpec> columns() {
        return columns;
    }

    public List<TableRowNode> roots() {
        return roots;
    }

    /** The open findings on the table's cells; the view marks them and shows their messages. */
    public ObjectProperty<FindingMarks> marksProperty() {
        return marks;
    }

    /** Where a chosen finding points; the view selects and scrolls to it. */
    public ObjectProperty<CellFocus> focusProperty() {
        return focus;
    }

    public int rowCount() {
        return table.rows().size();
    }

    /**
     * Rows as tab-separated text that pastes into Excel or WPS as cells: 编码, 名称, then the amount columns as
     * plain numbers (no thousands separators, so the spreadsheet takes them as numbers); blank stays blank.
     */
    public String asTabSeparated(List<Row> rows, boolean withHeader) {
        StringBuilder b = new StringBuilder();
        if (withHeader) {
            b.append(codeHeader).append('\t').append(nameHeader);
            for (ColumnSpec c : columns) {
                b.append('\t').append(c.header());
            }
            b.append('\n');
        }
        for (Row r : rows) {
            b.append(r.key().startsWith("unit:") || r.key().equals("total") || r.key().contains(".") ? "" : r.key())
                    .append('\t').append(r.name() == null ? "" : r.name());
            for (ColumnSpec c : columns) {
                BigDecimal v = r.values().get(c.id());
                b.append('\t').append(v == null ? "" : v.stripTrailingZeros().toPlainString());
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The cell text of a row in a column: the amount formatted, blank when the cell was blank. */
    public static String cellText(Row row, String columnId) {
        BigDecimal v = row.values().get(columnId);
        return AmountFormat.format(v);
    }

    /**
     * The columns the table prints, in the standard order: a column the template does not print is left out
     * rather than shown blank, where it would read as 0. A table with no column at all shows the template's.
     */
    private static List<ColumnSpec> columnsOf(DisclosureTable table, ResourceBundle bundle) {
        Set<String> ids = new LinkedHashSet<>(table.columns().isEmpty() ? table.type().contractColumns() : table.columns());
        List<ColumnSpec> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new ColumnSpec(id, ColumnHeaders.header(bundle, table, id)));
        }
        return List.copyOf(out);
    }

    static List<TableRowNode> treeOf(List<Row> rows) {
        List<TableRowNode> totals = new ArrayList<>();
        List<TableRowNode> top = new ArrayList<>();
        Map<String, TableRowNode> byCode = new HashMap<>();
        for (Row r : rows) {
            if (RowKeys.isClassificationCode(r.key())) {
                byCode.putIfAbsent(r.key(), new TableRowNode(r));
            }
        }
        for (Row r : rows) {
            TableRowNode node;
            if (RowKeys.isClassificationCode(r.key())) {
                node = byCode.get(r.key());
                if (node.row() != r) {
                    node = new TableRowNode(r); // a duplicated code: show it where it stands, never lose it
                } else {
                    TableRowNode parent = nearestAncestor(r.key(), byCode);
                    if (parent != null) {
                        parent.add(node);
                        continue;
                    }
                }
            } else {
                node = new TableRowNode(r);
            }
            (r.isTotal() ? totals : top).add(node);
        }
        List<TableRowNode> out = new ArrayList<>(totals);
        out.addAll(top);
        return List.copyOf(out);
    }

    /** The closest present code above: a 项 whose 款 is missing hangs under its 类. */
    private static TableRowNode nearestAncestor(String code, Map<String, TableRowNode> byCode) {
        String p = RowKeys.parent(code);
        while (p != null) {
            TableRowNode n = byCode.get(p);
            if (n != null) {
                return n;
            }
            p = RowKeys.parent(p);
        }
        return null;
    }
}
