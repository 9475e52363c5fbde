package org.budgetworkbench.core.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * Budget against final accounts of the same year (预算执行): for each budget table that has a final-accounts
 * counterpart, each row, each corresponding column — the budget figure, the final figure and the execution
 * rate (决算 ÷ 预算, a fraction; none where the budget was blank or zero).
 */
public final class Execution {

    /** A budget table and the final-accounts table that reports on it, with their columns paired. */
    public record Correspondence(TableType budget, TableType finalAccounts, Map<String, String> columns) {
        public Correspondence {
            columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }
    }

    public record Figures(BigDecimal budget, BigDecimal actual, BigDecimal rate) {
    }

    /** One row; columns keyed by the budget table's column id. */
    public record RowExecution(String key, String name, Map<String, Figures> columns) {
        public RowExecution {
            columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }

        public Optional<Figures> column(String budgetColumn) {
            return Optional.ofNullable(columns.get(budgetColumn));
        }
    }

    public record TableExecution(Correspondence tables, List<RowExecution> rows) {
        public TableExecution {
            rows = List.copyOf(rows);
        }

        public Optional<RowExecution> row(String key) {
            return rows.stream().filter(r -> r.key().equals(key)).findFirst();
        }
    }

    /** The budget tables the final accounts report on, column by column. */
    public static final List<Correspondence> CORRESPONDENCES = List.of(
            new Correspondence(TableType.BUDGET_EXPENDITURE, TableType.FINAL_EXPENDITURE, same("total", "basic",
                    "project", "operating", "to_superior", "to_affiliated")),
            new Correspondence(TableType.BUDGET_GPB_EXPENDITURE, TableType.FINAL_GPB_EXPENDITURE,
                    same("total", "basic", "project")),
            new Correspondence(TableType.BUDGET_GPB_BASIC, TableType.FINAL_GPB_BASIC, Map.of("total", "amount")),
            new Correspondence(TableType.BUDGET_GOV_FUND, TableType.FINAL_GOV_FUND, same("total", "basic", "project")),
            new Correspondence(TableType.BUDGET_STATE_CAPITAL, TableType.FINAL_STATE_CAPITAL,
                    same("total", "basic", "project")),
            new Correspondence(TableType.BUDGET_THREE_PUBLIC, TableType.FINAL_THREE_PUBLIC, prefixed("final_",
                    "total", "overseas", "vehicle", "vehicle_purchase", "vehicle_operation", "reception")));

    private Execution() {
    }

    /** Refused with a Chinese message unless a budget and a final-accounts disclosure of the same year are given. */
    public static List<TableExecution> compare(Document budget, Document finalAccounts) {
        if (budget.kind() != DocumentKind.BUDGET || finalAccounts.kind() != DocumentKind.FINAL) {
            throw new IllegalArgumentException("预算执行对比需要一份预算公开和一份决算公开，收到的是"
                    + budget.kind().chinese() + "和" + finalAccounts.kind().chinese());
        }
        if (budget.year() != finalAccounts.year()) {
            throw new IllegalArgumentException("预算执行对比需要同一年度的预算和决算，收到的是 " + budget.year() + " 年预算和 "
                    + finalAccounts.year() + " 年决算");
        }
        List<TableExecution> out = new ArrayList<>();
        for (Correspondence c : CORRESPONDENCES) {
            Optional<DisclosureTable> b = budget.table(c.budget());
            Optional<DisclosureTable> f = finalAccounts.table(c.finalAccounts());
            if (b.isPresent() && f.isPresent()) {
                out.add(compare(c, b.get(), withTotal(f.get())));
            }
        }
        return out;
    }

    private static TableExecution compare(Correspondence c, DisclosureTable budget, DisclosureTable fin) {
        Set<String> keys = new LinkedHashSet<>();
        budget.rows().forEach(r -> keys.add(r.key()));
        fin.rows().forEach(r -> keys.add(r.key()));
        List<RowExecution> rows = new ArrayList<>();
        for (String key : keys) {
            Row b = budget.row(key).orElse(null);
            Row f = fin.row(key).orElse(null);
            Map<String, Figures> columns = new LinkedHashMap<>();
            for (Map.Entry<String, String> col : c.columns().entrySet()) {
                BigDecimal planned = b == null ? null : b.values().get(col.getKey());
                BigDecimal actual = f == null ? null : f.values().get(col.getValue());
                if (planned != null || actual != null) {
                    columns.put(col.getKey(), new Figures(planned, actual, Ratios.of(actual, planned)));
                }
            }
            rows.add(new RowExecution(key, b != null && b.name() != null ? b.name() : f == null ? null : f.name(),
                    columns));
        }
        return new TableExecution(c, rows);
    }

    /**
     * 公开06表 prints 人员经费合计 and 公用经费合计 but no grand total; the budget's 基本支出表 has one. Their sum
     * stands in for it so that the two totals can be set side by side.
     */
    private static DisclosureTable withTotal(DisclosureTable t) {
        Optional<Row> personnel = t.row("personnel_total");
        Optional<Row> publicTotal = t.row("public_total");
        if (t.row("total").isPresent() || personnel.isEmpty() || publicTotal.isEmpty()) {
            return t;
        }
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        for (String col : t.type().columns()) {
            sum.put(col, personnel.get().amount(col).add(publicTotal.get().amount(col)));
        }
        List<Row> rows = new ArrayList<>(t.rows());
        rows.add(0, new Row("total", "合计", sum));
        return t.withRows(rows);
    }

    private static Map<String, String> same(String... columns) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : columns) {
            m.put(c, c);
        }
        return m;
    }

    private static Map<String, String> prefixed(String prefix, String... columns) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : columns) {
            m.put(c, prefix + c);
        }
        return m;
    }
}
