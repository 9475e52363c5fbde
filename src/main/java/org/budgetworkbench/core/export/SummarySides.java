package org.budgetworkbench.core.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * The two-sided layout of a summary table (收支总表的左右两栏): 收入 on the left, 支出 by function class on the
 * right (and by economic class in a third block where the table has one), the lines of each side placed so
 * that the totals face each other. The export writes it; the window shows it the same way.
 */
public final class SummarySides {
    private SummarySides() {
    }

    /** One side of the table: its title, its rows in order and its amount columns in the template's order. */
    public record Side(String title, List<Row> rows, List<String> columns) {
        public Side {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
        }
    }

    /** The sides of a summary table; an item of no known side is kept on the 收入 side rather than lost. */
    public static List<Side> of(DisclosureTable table) {
        TableType type = table.type();
        List<Row> income = rowsWith(table, "income.");
        List<Row> expenditure = rowsWith(table, "expenditure.");
        List<Row> econ = rowsWith(table, "econ.");
        for (Row r : table.rows()) {
            if (!r.key().startsWith("income.") && !r.key().startsWith("expenditure.") && !r.key().startsWith("econ.")) {
                income.add(r);
            }
        }
        List<Side> sides = new ArrayList<>();
        sides.add(new Side("收入", income, columns(type, income)));
        sides.add(new Side(econ.isEmpty() ? "支出" : "支出（按功能分类）", expenditure, columns(type, expenditure)));
        if (!econ.isEmpty()) {
            sides.add(new Side("支出（按经济分类）", econ, columns(type, econ)));
        }
        return sides;
    }

    /** Whether a line is one of the totals (本年收入/支出合计, 收入/支出总计), printed bold. */
    public static boolean isTotalLine(String key) {
        return key.endsWith(".current") || key.endsWith(".grand_total");
    }

    private static List<Row> rowsWith(DisclosureTable table, String prefix) {
        List<Row> out = new ArrayList<>();
        table.rows().stream().filter(r -> r.key().startsWith(prefix)).forEach(out::add);
        return out;
    }

    /** The amount columns a side uses, in the template's order; {@code amount} (or the first) when none. */
    private static List<String> columns(TableType type, List<Row> rows) {
        Set<String> used = new LinkedHashSet<>();
        rows.forEach(r -> used.addAll(r.values().keySet()));
        List<String> out = new ArrayList<>();
        for (String c : type.columns()) {
            if (used.remove(c)) {
                out.add(c);
            }
        }
        out.addAll(used);
        if (out.isEmpty()) {
            out.add(type.columns().get(0));
        }
        return out;
    }

    /**
     * Each side's lines, null for a blank line, placed so that the totals face each other: the lines before 本年收入合计 / 本年支出合计
     * first, then from that line on, 总计 last on one line. A side whose 本年 line heads it (财政拨款收支总表:
     * 一、本年收入 then its parts) has no such split; only its 总计 is moved to the last line.
     */
    public static List<List<Row>> align(List<Side> sides) {
        int bodyLength = 0;
        int tailLength = 0;
        List<List<Row>[]> parts = new ArrayList<>();
        for (Side side : sides) {
            List<Row> body = new ArrayList<>();
            List<Row> tail = new ArrayList<>();
            List<Row> grand = new ArrayList<>();
            int current = indexOf(side.rows(), ".current");
            for (int i = 0; i < side.rows().size(); i++) {
                Row row = side.rows().get(i);
                if (row.key().endsWith(".grand_total")) {
                    grand.add(row);
                } else if (current > 0 && i >= current) {
                    tail.add(row);
                } else {
                    body.add(row);
                }
            }
            @SuppressWarnings("unchecked")
            List<Row>[] p = new List[] {body, tail, grand};
            parts.add(p);
            bodyLength = Math.max(bodyLength, body.size());
            tailLength = Math.max(tailLength, tail.size());
        }
        List<List<Row>> out = new ArrayList<>();
        for (List<Row>[] p : parts) {
            List<Row> lines = new ArrayList<>(p[0]);
            pad(lines, bodyLength);
            lines.addAll(p[1]);
            pad(lines, bodyLength + tailLength);
            lines.addAll(p[2]);
            out.add(lines);
        }
        int length = out.stream().mapToInt(List::size).max().orElse(0);
        out.forEach(l -> pad(l, length));
        return out;
    }

    private static int indexOf(List<Row> rows, String suffix) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().endsWith(suffix)) {
                return i;
            }
        }
        return -1;
    }

    private static void pad(List<Row> lines, int length) {
        while (lines.size() < length) {
            lines.add(null);
        }
    }
}
