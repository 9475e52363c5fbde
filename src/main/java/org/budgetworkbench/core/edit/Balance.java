package org.budgetworkbench.core.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.ColumnNames;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;

/**
 * The live balance check the table view runs after each correction (试算平衡): which totals no longer equal the
 * sum of their parts within their table. Rows: 合计 = Σ类, 类 = Σ款, 款 = Σ项 (function and economic codes);
 * columns: 合计 = 基本支出 + 项目支出 …, 基本支出 = 人员经费 + 公用经费, 三公 合计 = 出国 + 用车 + 接待.
 * A difference of 0.01 is rounding and counts as balanced. The full rule engine is core/check; this is the
 * small check that tells the analyst which cells to carry a change up to.
 *
 * <p>Totals are checked bottom-up: a 款 out of balance is expected to become the sum of its 项, and its 类 and
 * the 合计 are then expected to follow, so after editing one 项 every total above it is listed with the figure
 * it should take.
 */
public final class Balance {

    /** A total out of balance: the cell, the figure it holds and the figure its parts give. */
    public record Imbalance(Place.Cell place, BigDecimal found, BigDecimal expected, String message) {
        public BigDecimal difference() {
            return Amounts.orZero(found).subtract(Amounts.orZero(expected));
        }
    }

    /** A column that is the sum of other columns of the same row. */
    private record ColumnSum(String whole, List<String> parts) {
    }

    private static final Map<TableType, List<ColumnSum>> COLUMN_SUMS = new HashMap<>();

    static {
        List<ColumnSum> basicProject = List.of(new ColumnSum("total", List.of("basic", "project")));
        COLUMN_SUMS.put(TableType.BUDGET_EXPENDITURE, List.of(new ColumnSum("total",
                List.of("basic", "project", "operating", "to_superior", "to_affiliated"))));
        COLUMN_SUMS.put(TableType.FINAL_EXPENDITURE, List.of(new ColumnSum("total",
                List.of("basic", "project", "operating", "to_superior", "to_affiliated"))));
        COLUMN_SUMS.put(TableType.BUDGET_GPB_EXPENDITURE, List.of(new ColumnSum("total", List.of("basic", "project")),
                new ColumnSum("basic", List.of("personnel", "public"))));
        COLUMN_SUMS.put(TableType.BUDGET_GPB_BASIC, List.of(new ColumnSum("total", List.of("personnel", "public"))));
        COLUMN_SUMS.put(TableType.BUDGET_GOV_FUND, basicProject);
        COLUMN_SUMS.put(TableType.BUDGET_STATE_CAPITAL, basicProject);
        COLUMN_SUMS.put(TableType.FINAL_GPB_EXPENDITURE, basicProject);
        COLUMN_SUMS.put(TableType.FINAL_GOV_FUND, basicProject);
        COLUMN_SUMS.put(TableType.FINAL_STATE_CAPITAL, basicProject);
        COLUMN_SUMS.put(TableType.BUDGET_THREE_PUBLIC, threePublic(""));
        List<ColumnSum> finalThree = new ArrayList<>(threePublic("budget_"));
        finalThree.addAll(threePublic("final_"));
        COLUMN_SUMS.put(TableType.FINAL_THREE_PUBLIC, finalThree);
        COLUMN_SUMS.put(TableType.FINAL_INCOME, List.of(new ColumnSum("total",
                List.of("fiscal", "superior_subsidy", "business", "operating", "affiliated", "other"))));
        COLUMN_SUMS.put(TableType.BUDGET_INCOME, List.of(new ColumnSum("total", List.of("gpb", "gov_fund",
                        "state_capital", "special_account", "business", "operating", "superior_subsidy", "affiliated",
                        "other", "carryover")),
                new ColumnSum("carryover", List.of("carryover_gpb", "carryover_gov_fund", "carryover_state_capital",
                        "carryover_special_account", "carryover_unit"))));
    }

    private static List<ColumnSum> threePublic(String prefix) {
        return List.of(new ColumnSum(prefix + "total", List.of(prefix + "overseas", prefix + "vehicle",
                        prefix + "reception")),
                new ColumnSum(prefix + "vehicle", List.of(prefix + "vehicle_purchase", prefix + "vehicle_operation")));
    }

    private Balance() {
    }

    /** Every total out of balance in every table of the document, table by table, row by row. */
    public static List<Imbalance> check(Document doc) {
        List<Imbalance> out = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            out.addAll(check(t));
        }
        return out;
    }

    /** Every total out of balance in one table, in row order. */
    public static List<Imbalance> check(DisclosureTable table) {
        Map<String, Imbalance> found = new LinkedHashMap<>();
        List<String> columns = columnsPresent(table);
        if (isCoded(table.type())) {
            Hierarchy h = new Hierarchy(table);
            for (String column : columns) {
                h.check(column, found);
            }
        }
        for (ColumnSum sum : COLUMN_SUMS.getOrDefault(table.type(), List.of())) {
            if (!columns.contains(sum.whole()) || sum.parts().stream().noneMatch(columns::contains)) {
                continue; // a template without these columns
            }
            for (Row row : table.rows()) {
                BigDecimal parts = BigDecimal.ZERO;
                for (String p : sum.parts()) {
                    parts = parts.add(row.amount(p));
                }
                if (!Amounts.balanced(row.values().get(sum.whole()), parts)) {
                    Place.Cell cell = new Place.Cell(table.type(), row.key(), sum.whole());
                    found.putIfAbsent(cell.id(), new Imbalance(cell, row.values().get(sum.whole()), parts,
                            label(row) + " " + ColumnNames.of(sum.whole()) + " " + Amounts.format(row.amount(sum.whole()))
                                    + " ≠ " + String.join(" + ", sum.parts().stream().map(ColumnNames::of).toList())
                                    + " " + Amounts.format(parts)));
                }
            }
        }
        List<Imbalance> out = new ArrayList<>(found.values());
        List<String> order = table.rows().stream().map(Row::key).toList();
        List<String> colOrder = table.type().columns();
        out.sort((a, b) -> {
            int r = Integer.compare(order.indexOf(a.place().row()), order.indexOf(b.place().row()));
            return r != 0 ? r : Integer.compare(colOrder.indexOf(a.place().column()), colOrder.indexOf(b.place().column()));
        });
        return out;
    }

    private static boolean isCoded(TableType type) {
        return switch (type.rowShape()) {
            case FUNCTION, ECONOMIC, UNITS_OR_FUNCTION -> true;
            default -> false;
        };
    }

    private static List<String> columnsPresent(DisclosureTable table) {
        List<String> out = new ArrayList<>();
        for (String c : table.type().columns()) {
            if (table.prints(c) && table.rows().stream().anyMatch(r -> r.values().get(c) != null)) {
                out.add(c);
            }
        }
        return out;
    }

    static String label(Row row) {
        String name = row.name() == null ? "" : row.name();
        return row.isTotal() ? (name.isEmpty() ? "合计" : name) + "行" : (row.key() + (name.isEmpty() ? "" : " " + name));
    }

    /** The code rows of a table as a tree: each code under the nearest code above it that the table has. */
    private static final class Hierarchy {
        private final DisclosureTable table;
        private final Map<String, Row> rows = new LinkedHashMap<>();
        private final Map<String, List<String>> children = new HashMap<>();
        private final List<String> tops = new ArrayList<>();

        Hierarchy(DisclosureTable table) {
            this.table = table;
            for (Row r : table.rows()) {
                if (RowKeys.isClassificationCode(r.key())) {
                    rows.putIfAbsent(r.key(), r);
                }
            }
            for (String code : rows.keySet()) {
                String parent = RowKeys.parent(code);
                while (parent != null && !rows.containsKey(parent)) {
                    parent = RowKeys.parent(parent);
                }
                if (parent == null) {
                    tops.add(code);
                } else {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(code);
                }
            }
        }

        void check(String column, Map<String, Imbalance> found) {
            Map<String, BigDecimal> settled = new HashMap<>();
            BigDecimal sumOfTops = BigDecimal.ZERO;
            for (String top : tops) {
                sumOfTops = sumOfTops.add(settle(top, column, settled, found));
            }
            if (tops.isEmpty()) {
                return;
            }
            for (Row total : table.rows()) {
                if (total.isTotal()) {
                    compare(total, column, sumOfTops, "各类之和", found);
                }
            }
        }

        /** The figure a code row should hold: its own when its parts agree with it, else the sum of its parts. */
        private BigDecimal settle(String code, String column, Map<String, BigDecimal> settled,
                                  Map<String, Imbalance> found) {
            BigDecimal done = settled.get(code);
            if (done != null) {
                return done;
            }
            Row row = rows.get(code);
            List<String> kids = children.getOrDefault(code, List.of());
            BigDecimal value = row.amount(column);
            if (!kids.isEmpty()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String k : kids) {
                    sum = sum.add(settle(k, column, settled, found));
                }
                if (compare(row, column, sum, code.length() == 3 ? "其下各款之和" : "其下各项之和", found)) {
                    value = sum;
                }
            }
            settled.put(code, value);
            return value;
        }

        private boolean compare(Row row, String column, BigDecimal expected, String what, Map<String, Imbalance> found) {
            BigDecimal own = row.values().get(column);
            if (Amounts.balanced(own, expected)) {
                return false;
            }
            Place.Cell cell = new Place.Cell(table.type(), row.key(), column);
            found.putIfAbsent(cell.id(), new Imbalance(cell, own, expected, label(row) + " " + ColumnNames.of(column)
                    + " " + Amounts.format(Amounts.orZero(own)) + " ≠ " + what + " " + Amounts.format(expected)));
            return true;
        }
    }
}
