package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.CrossTable;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

import static org.budgetworkbench.core.check.CrossTable.cell;

/**
 * The summary table agrees with the income and expenditure tables (收支总表 vs 收入总表/支出总表; 公开01表 vs
 * 02/03表): each income line with the income table's total row, each expenditure class with the class row
 * of the expenditure table, 本年支出合计 with the expenditure table's 合计. The 单位 收支总表 also prints each
 * expenditure line's 基本支出 (or only its 人员经费 and 公用经费) and 项目支出: those agree with the expenditure
 * table's 基本支出 and 项目支出 of the same class, and on the total line with its 合计 row.
 */
public final class SummaryMatchesDetailTables implements Rule {
    private static final Map<String, String> BUDGET_INCOME_LINES = Map.of("income.gpb", "gpb",
            "income.gov_fund", "gov_fund", "income.state_capital", "state_capital",
            "income.special_account", "special_account", "income.business", "business",
            "income.operating", "operating", "income.superior_subsidy", "superior_subsidy",
            "income.affiliated", "affiliated", "income.other", "other", "income.carryover", "carryover");
    private static final Map<String, String> FINAL_INCOME_LINES = Map.of(
            "income.superior_subsidy", "superior_subsidy", "income.business", "business",
            "income.operating", "operating", "income.affiliated", "affiliated", "income.other", "other",
            "income.current", "total");

    @Override
    public String id() {
        return "cross.summary";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        boolean budget = doc.kind() == DocumentKind.BUDGET;
        TableType summary = budget ? TableType.BUDGET_SUMMARY : TableType.FINAL_SUMMARY;
        TableType income = budget ? TableType.BUDGET_INCOME : TableType.FINAL_INCOME;
        TableType expenditure = budget ? TableType.BUDGET_EXPENDITURE : TableType.FINAL_EXPENDITURE;
        if (doc.table(summary).isEmpty()) {
            return out;
        }
        Map<String, String> lines = budget ? BUDGET_INCOME_LINES : FINAL_INCOME_LINES;
        if (doc.table(income).isPresent()) {
            lines.forEach((item, column) -> {
                if (doc.table(income).get().rows().stream().anyMatch(r -> r.values().containsKey(column))) {
                    CrossTable.compare(out, id(), doc, cell(summary, item, "amount"), cell(income, "total", column));
                }
            });
            if (!budget) {
                fiscalIncome(out, doc, summary, income);
            }
        }
        if (doc.table(expenditure).isPresent()) {
            DisclosureTable s = doc.table(summary).get();
            for (Row r : s.rows()) {
                if (r.key().matches("expenditure\\.\\d{3}")) {
                    String code = r.key().substring("expenditure.".length());
                    if (doc.table(expenditure).get().row(code).isPresent() || r.amount("amount").signum() != 0) {
                        CrossTable.Cell source = cell(expenditure, code, "total");
                        CrossTable.compare(out, id(), doc, cell(summary, r.key(), "amount"),
                                source.value(doc).orElse(java.math.BigDecimal.ZERO),
                                CrossTable.describe(doc, source), source.place());
                    }
                }
            }
            CrossTable.compare(out, id(), doc, cell(summary, "expenditure.current", "amount"),
                    cell(expenditure, "total", "total"));
            if (budget) {
                split(out, doc, doc.table(summary).get(), doc.table(expenditure).get());
            }
        }
        return out;
    }

    /**
     * The 单位 收支总表's 基本/项目 split of each class line and of the total line against 支出总表. The total line
     * is 本年支出合计, or 支出总计 where the table prints no 本年 line and nothing carried forward (the Shanghai
     * 单位 form). A line whose split is left blank is not compared: it was not split.
     */
    private void split(List<Finding> out, Document doc, DisclosureTable s, DisclosureTable e) {
        boolean basicPrinted = s.prints("basic");
        boolean partsPrinted = s.prints("personnel") && s.prints("public");
        if (!basicPrinted && !partsPrinted && !s.prints("project")) {
            return;
        }
        for (Row r : s.rows()) {
            String source = sourceRow(s, r.key());
            if (source == null || e.row(source).isEmpty()
                    || SPLIT.stream().allMatch(c -> r.values().get(c) == null)) {
                continue;
            }
            if (basicPrinted) {
                CrossTable.compare(out, id(), doc, cell(s.type(), r.key(), "basic"), cell(e.type(), source, "basic"));
            } else if (partsPrinted) {
                // 基本支出 printed only as its 人员经费 and 公用经费: their sum stands for it
                var basic = cell(e.type(), source, "basic").value(doc);
                basic.ifPresent(b -> CrossTable.compare(out, id(), doc, cell(s.type(), r.key(), "personnel"),
                        b.subtract(r.amount("public")), CrossTable.describe(doc, cell(e.type(), source, "basic"))
                                + " 减去公用经费", cell(e.type(), source, "basic").place()));
            }
            CrossTable.compare(out, id(), doc, cell(s.type(), r.key(), "project"), cell(e.type(), source, "project"));
        }
    }

    private static final List<String> SPLIT = List.of("basic", "personnel", "public", "project");

    /** The 支出总表 row a summary line stands for: its class, or the 合计 row for the total line; else null. */
    private static String sourceRow(DisclosureTable s, String key) {
        if (key.matches("expenditure\\.\\d{3}")) {
            return key.substring("expenditure.".length());
        }
        if (key.equals("expenditure.current")) {
            return "total";
        }
        boolean carried = s.row("expenditure.carryforward").map(r -> r.amount("amount").signum() != 0).orElse(false)
                || s.row("expenditure.surplus_distribution").map(r -> r.amount("amount").signum() != 0).orElse(false);
        return key.equals("expenditure.grand_total") && s.row("expenditure.current").isEmpty() && !carried
                ? "total" : null;
    }

    /** 公开01表 一般公共预算 + 政府性基金 + 国有资本经营 = 公开02表 财政拨款收入. */
    private void fiscalIncome(List<Finding> out, Document doc, TableType summary, TableType income) {
        DisclosureTable s = doc.table(summary).get();
        var fiscal = cell(income, "total", "fiscal").value(doc);
        if (fiscal.isEmpty()) {
            return;
        }
        var sum = Amounts.sum(List.of("income.gpb", "income.gov_fund", "income.state_capital").stream()
                .map(k -> s.row(k).map(r -> r.amount("amount")).orElse(null)).toList());
        if (Amounts.compare(sum, fiscal.get()).any()) {
            CrossTable.compare(out, id(), doc, cell(summary, "income.gpb", "amount"),
                    fiscal.get().subtract(sum.subtract(s.row("income.gpb").map(r -> r.amount("amount"))
                            .orElse(java.math.BigDecimal.ZERO))),
                    "收入决算表 财政拨款收入减去其他财政拨款", cell(income, "total", "fiscal").place());
        }
    }
}
