package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * 机关运行经费不超过公用经费: 机关运行经费 is the 日常公用经费 of the 行政 (and 参公) units paid from the
 * 一般公共预算's 基本支出, so the 三公 table's 机关运行经费 column (where the template prints one) cannot exceed the
 * 基本支出表's 公用经费 合计. It may be less — a department's 事业单位 have 公用经费 that is no 机关运行经费 — so only
 * an excess is reported; within rounding it is a note.
 */
public final class AgencyCostsWithinPublicFunds implements Rule {
    @Override
    public String id() {
        return "cross.agency_costs";
    }

    @Override
    public List<Finding> check(Document doc) {
        Optional<BigDecimal> agency = doc.table(TableType.BUDGET_THREE_PUBLIC)
                .flatMap(t -> t.amount("total", "admin_running"));
        Optional<DisclosureTable> basic = doc.table(TableType.BUDGET_GPB_BASIC);
        Optional<BigDecimal> publicFunds = basic.flatMap(t -> t.amount("total", "public"));
        if (agency.isEmpty() || publicFunds.isEmpty()) {
            return List.of(); // a template without either column says nothing here
        }
        BigDecimal found = agency.get();
        BigDecimal limit = publicFunds.get();
        Amounts.Difference d = Amounts.compare(found, limit);
        if (found.compareTo(limit) <= 0 || !d.any()) {
            return List.of();
        }
        boolean rounding = d == Amounts.Difference.ROUNDING;
        String msg = "“三公”经费表的机关运行经费 " + Amounts.show(found) + " 万元超过一般公共预算基本支出表的公用经费合计 "
                + Amounts.show(limit) + " 万元（机关运行经费是公用经费的一部分）";
        return List.of(new Finding(id(), rounding ? FindingKind.ROUNDING : FindingKind.CROSS_TABLE_MISMATCH,
                rounding ? Severity.INFO : Severity.WARNING,
                FindingPlace.cell(TableType.BUDGET_THREE_PUBLIC.id(), "total", "admin_running"), Amounts.money(found),
                Amounts.money(limit), msg, FindingPlace.cell(TableType.BUDGET_GPB_BASIC.id(), "total", "public")));
    }
}
