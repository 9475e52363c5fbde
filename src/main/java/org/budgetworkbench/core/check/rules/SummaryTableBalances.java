package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.TableColumns;
import org.budgetworkbench.core.check.TableFindings;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * Both sides of a two-sided summary table (收支总表, 财政拨款收支总表, 公开01/04表) balance:
 * 本年收入合计 = Σ income lines; 收入总计 = 本年收入 + 上年结转 (+ 使用非财政拨款结余);
 * 本年支出合计 = Σ class lines; 支出总计 = 本年支出 + 年终结转结余 (+ 结余分配); 收入总计 = 支出总计.
 */
public final class SummaryTableBalances implements Rule {
    private static final List<String> INCOME_LINES = List.of("income.gpb", "income.gov_fund",
            "income.state_capital", "income.special_account", "income.business", "income.operating",
            "income.superior_subsidy", "income.affiliated", "income.other");

    @Override
    public String id() {
        return "sum.summary";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            if (t.type().rowShape() != TableType.RowShape.ITEMS) {
                continue;
            }
            String c = TableColumns.has(t, "amount") ? "amount" : "total";
            sumOf(out, t, c, "income.current", lines(t, INCOME_LINES), "各项收入之和");
            sumOf(out, t, c, "income.carryover",
                    lines(t, List.of("income.carryover_gpb", "income.carryover_gov_fund",
                            "income.carryover_state_capital")), "各项上年结转之和");
            sumOf(out, t, c, "income.grand_total",
                    lines(t, List.of("income.current", "income.carryover", "income.nonfiscal_balance")),
                    "本年收入 + 上年结转" + (t.row("income.nonfiscal_balance").isPresent() ? " + 使用非财政拨款结余" : ""));
            List<Row> classes = t.rows().stream().filter(r -> r.key().matches("expenditure\\.\\d{3}")).toList();
            sumOf(out, t, c, "expenditure.current", classes, "各类支出之和");
            sumOf(out, t, c, "expenditure.grand_total",
                    lines(t, List.of("expenditure.current", "expenditure.carryforward",
                            "expenditure.surplus_distribution")), "本年支出 + 年终结转结余");
            Optional<Row> in = t.row("income.grand_total");
            Optional<Row> ex = t.row("expenditure.grand_total");
            if (in.isPresent() && ex.isPresent()) {
                TableFindings.compare(out, id(), FindingKind.SUM_MISMATCH, t, ex.get(), c, in.get().amount(c),
                        "收入总计");
            }
        }
        return out;
    }

    private static List<Row> lines(DisclosureTable t, List<String> keys) {
        return keys.stream().map(t::row).flatMap(Optional::stream).toList();
    }

    private void sumOf(List<Finding> out, DisclosureTable t, String c, String key, List<Row> parts, String what) {
        Optional<Row> whole = t.row(key);
        if (whole.isEmpty() || parts.isEmpty()) {
            return;
        }
        // a line printed without an amount (a template that leaves 上年结转 blank) says nothing
        if (parts.stream().allMatch(p -> p.values().get(c) == null) && whole.get().values().get(c) == null) {
            return;
        }
        BigDecimal sum = Amounts.sum(parts.stream().map(p -> p.amount(c)).toList());
        TableFindings.compare(out, id(), FindingKind.SUM_MISMATCH, t, whole.get(), c, sum, what);
    }
}
