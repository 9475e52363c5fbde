package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;

/**
 * 收支总表行读取: a two-sided summary table (收支总表, 财政拨款收支总表, 收入支出决算总表) read side by side —
 * each 项目 column with the figure columns to its right — into item-id rows, the income side first.
 */
final class ItemRowReader {

    private record Side(SummaryItems.Side kind, int labelCol, Map<String, Integer> values) {
    }

    List<Row> read(TableType type, GridRegion region, Header header, BigDecimal scale) {
        Grid g = region.grid();
        List<Side> sides = sides(type, header);
        int end = CodedRowReader.lastDataRow(g, header.dataStart(), region.lastRow());
        List<Row> rows = new ArrayList<>();
        for (Side side : sides) {
            SummaryItems items = new SummaryItems();
            for (int r = header.dataStart(); r <= end; r++) {
                String label = Cells.name(g, r, side.labelCol);
                if (label.isEmpty() || RowShapes.isColumnNumberRow(g, r)) {
                    continue;
                }
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                Map<String, CellRef> cells = new LinkedHashMap<>();
                boolean any = false;
                for (Map.Entry<String, Integer> v : side.values.entrySet()) {
                    BigDecimal a = AmountParser.parse(g, r, v.getValue(), scale);
                    values.put(v.getKey(), a);
                    cells.put(v.getKey(), Cells.ref(g, r, v.getValue()));
                    any |= a != null;
                }
                String key = items.id(side.kind, label);
                if (key == null) {
                    if (!any) {
                        continue;
                    }
                    key = RowKeys.NAME_PREFIX + label;
                }
                rows.add(new Row(key, label, values, cells));
            }
        }
        return rows;
    }

    private static List<Side> sides(TableType type, Header header) {
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < header.columnCount(); c++) {
            if (ColumnIds.role(type, header.path(c)) == ColumnRole.ITEM) {
                labels.add(c);
            }
        }
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int from = labels.get(i);
            int to = i + 1 < labels.size() ? labels.get(i + 1) : header.columnCount();
            Map<String, Integer> values = new LinkedHashMap<>();
            for (int c = from + 1; c < to; c++) {
                if (ColumnIds.role(type, header.path(c)) == ColumnRole.VALUE) {
                    values.putIfAbsent(ColumnIds.id(type, header.path(c)), c);
                }
            }
            sides.add(new Side(sideKind(header.path(from), i), from, values));
        }
        return sides;
    }

    private static SummaryItems.Side sideKind(List<String> path, int index) {
        String p = String.join("", path);
        if (p.contains("经济")) {
            return SummaryItems.Side.ECONOMIC;
        }
        if (p.contains("收入")) {
            return SummaryItems.Side.INCOME;
        }
        if (p.contains("支出")) {
            return SummaryItems.Side.EXPENDITURE;
        }
        return index == 0 ? SummaryItems.Side.INCOME : SummaryItems.Side.EXPENDITURE;
    }
}
