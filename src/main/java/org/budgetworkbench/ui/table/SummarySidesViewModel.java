package org.budgetworkbench.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.budgetworkbench.core.export.SummarySides;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.Texts;

/**
 * A summary table shown two-sided (收支总表左右两栏), as printed and exported: 收入 on the left, 支出 on the
 * right, line by line with the totals facing each other — a reviewer reads 收入总计 = 支出总计 across one line.
 * Read-only; corrections are made in the table's row view.
 */
public final class SummarySidesViewModel {
    /** One side's heading, label column and amount columns. */
    public record Side(String title, List<ColumnSpec> columns) {
    }

    /** A printed line: for each side the row standing on it (null: blank on that side). */
    public record Line(List<Row> cells) {
        public Row on(int side) {
            return cells.get(side);
        }

        public boolean total() {
            return cells.stream().anyMatch(r -> r != null && SummarySides.isTotalLine(r.key()));
        }
    }

    private final List<Side> sides = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    public SummarySidesViewModel(DisclosureTable table, ResourceBundle bundle) {
        List<SummarySides.Side> layout = SummarySides.of(table);
        for (SummarySides.Side s : layout) {
            List<ColumnSpec> cols = s.columns().stream()
                    .map(c -> new ColumnSpec(c, ColumnHeaders.header(bundle, table, c))).toList();
            sides.add(new Side(sideTitle(bundle, s.title()), cols));
        }
        List<List<Row>> placed = SummarySides.align(layout);
        int length = placed.isEmpty() ? 0 : placed.get(0).size();
        for (int i = 0; i < length; i++) {
            List<Row> cells = new ArrayList<>();
            for (List<Row> side : placed) {
                cells.add(side.get(i));
            }
            lines.add(new Line(java.util.Collections.unmodifiableList(cells)));
        }
    }

    /** Whether a table is printed two-sided (收支总表, 财政拨款收支总表 and their final-accounts forms). */
    public static boolean appliesTo(TableType type) {
        return type.rowShape() == TableType.RowShape.ITEMS;
    }

    public List<Side> sides() {
        return sides;
    }

    public List<Line> lines() {
        return lines;
    }

    private static String sideTitle(ResourceBundle b, String chinese) {
        String key = switch (chinese) {
            case "收入" -> "summary.side.income";
            case "支出" -> "summary.side.expenditure";
            case "支出（按功能分类）" -> "summary.side.function";
            default -> "summary.side.economic";
        };
        return Texts.has(b, key) ? Texts.get(b, key) : chinese;
    }
}
