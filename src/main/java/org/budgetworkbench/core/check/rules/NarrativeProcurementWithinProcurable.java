package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.NarrativeFigures;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * 政府采购 cannot exceed what can be procured (政府采购不超过公用经费 + 项目支出): 人员经费 buys nothing, so the
 * procurement total the narrative states is at most 公用经费 + 项目支出 of the tables.
 */
public final class NarrativeProcurementWithinProcurable implements Rule {
    @Override
    public String id() {
        return "text.procurement";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        Optional<BigDecimal> ceiling = ceiling(doc);
        if (ceiling.isEmpty()) {
            return out;
        }
        for (Figure f : NarrativeFigures.of(doc)) {
            if (!f.isAmount() || !f.span().matches(".*政府采购(?:预算)?(?:支出)?(?:合计|总额|总计)(?:为|是)?$")) {
                continue;
            }
            if (f.wan().subtract(ceiling.get()).compareTo(Amounts.HALF_CENT) > 0) {
                out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.ERROR, NarrativeFinding.place(f),
                        f.wan(), "≤ " + Amounts.show(ceiling.get()), "说明中的政府采购 " + f.value().toPlainString()
                        + " 万元超过可采购的支出（支出合计减人员经费） " + Amounts.show(ceiling.get()) + " 万元（人员经费不能采购）",
                        FindingPlace.cell(doc.kind() == DocumentKind.BUDGET ? TableType.BUDGET_EXPENDITURE.id()
                                : TableType.FINAL_EXPENDITURE.id(), "total", "project")));
            }
        }
        return out;
    }

    /** 支出合计 − 人员经费: loose on purpose, as the personnel split is printed for 一般公共预算 only. */
    private static Optional<BigDecimal> ceiling(Document doc) {
        boolean budget = doc.kind() == DocumentKind.BUDGET;
        Optional<BigDecimal> total = doc.table(budget ? TableType.BUDGET_EXPENDITURE : TableType.FINAL_EXPENDITURE)
                .flatMap(t -> t.amount("total", "total"));
        Optional<BigDecimal> personnel = budget
                ? doc.table(TableType.BUDGET_GPB_EXPENDITURE).flatMap(t -> t.amount("total", "personnel"))
                : doc.table(TableType.FINAL_GPB_BASIC).flatMap(t -> t.amount("personnel_total", "amount"));
        if (total.isEmpty() || personnel.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(total.get().subtract(personnel.get()));
    }
}
