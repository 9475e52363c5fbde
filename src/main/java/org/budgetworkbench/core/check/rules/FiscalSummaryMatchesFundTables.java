package org.budgetworkbench.core.check.rules;

import static org.budgetworkbench.core.check.CrossTable.cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.CrossTable;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.TableColumns;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * The fiscal summary (财政拨款收支总表, 公开04表) agrees with the fund tables: its 一般公共预算 income with the
 * 一般公共预算支出表 合计, each expenditure class with the class rows of the 一般公共预算 (and 政府性基金,
 * 国有资本经营) tables; for final accounts also 公开01表 一般公共预算财政拨款收入 = 公开04表.
 */
public final class FiscalSummaryMatchesFundTables implements Rule {
    @Override
    public String id() {
        return "cross.fiscal_summary";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        boolean budget = doc.kind() == DocumentKind.BUDGET;
        TableType fiscal = budget ? TableType.BUDGET_FISCAL_SUMMARY : TableType.FINAL_FISCAL_SUMMARY;
        TableType gpb = budget ? TableType.BUDGET_GPB_EXPENDITURE : TableType.FINAL_GPB_EXPENDITURE;
        TableType govFund = budget ? TableType.BUDGET_GOV_FUND : TableType.FINAL_GOV_FUND;
        TableType stateCapital = budget ? TableType.BUDGET_STATE_CAPITAL : TableType.FINAL_STATE_CAPITAL;
        if (doc.table(fiscal).isEmpty()) {
            return out;
        }
        DisclosureTable f = doc.table(fiscal).get();
        String amount = TableColumns.has(f, "amount") ? "amount" : "total";
        if (doc.table(gpb).isPresent()) {
            BigDecimal carry = f.row("income.carryover_gpb").map(r -> r.amount(amount)).orElse(BigDecimal.ZERO);
            BigDecimal gpbTotal = cell(gpb, "total", "total").value(doc).orElse(BigDecimal.ZERO);
            CrossTable.compare(out, id(), doc, cell(fiscal, "income.gpb", amount), gpbTotal.subtract(carry),
                    CrossTable.describe(doc, cell(gpb, "total", "total"))
                            + (carry.signum() == 0 ? "" : " 减上年结转"), cell(gpb, "total", "total").place());
            boolean split = TableColumns.has(f, "gpb");
            for (Row r : f.rows()) {
                if (!r.key().matches("expenditure\\.\\d{3}|expenditure\\.current")) {
                    continue;
                }
                String code = r.key().endsWith("current") ? "total" : r.key().substring("expenditure.".length());
                if (split) {
                    BigDecimal v = cell(gpb, code, "total").value(doc).orElse(BigDecimal.ZERO);
                    CrossTable.compare(out, id(), doc, cell(fiscal, r.key(), "gpb"), v,
                            CrossTable.describe(doc, cell(gpb, code, "total")), cell(gpb, code, "total").place());
                } else {
                    BigDecimal v = Amounts.sum(List.of(gpb, govFund, stateCapital).stream()
                            .map(t -> cell(t, code, "total").value(doc).orElse(BigDecimal.ZERO)).toList());
                    CrossTable.compare(out, id(), doc, cell(fiscal, r.key(), amount), v,
                            "一般公共预算、政府性基金、国有资本经营预算支出表同一科目之和",
                            cell(gpb, code, "total").place());
                }
            }
        }
        if (!budget && doc.table(TableType.FINAL_SUMMARY).isPresent()) {
            CrossTable.compare(out, id(), doc, cell(TableType.FINAL_SUMMARY, "income.gpb", "amount"),
                    cell(fiscal, "income.gpb", amount));
        }
        return out;
    }
}
