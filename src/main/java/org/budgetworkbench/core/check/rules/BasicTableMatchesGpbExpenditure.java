package org.budgetworkbench.core.check.rules;

import static org.budgetworkbench.core.check.CrossTable.cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.CrossTable;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.TableType;

/**
 * 一般公共预算支出表 基本支出 = 一般公共预算基本支出表 合计, 人员经费 and 公用经费 likewise; for final
 * accounts 公开05表 基本支出 = 公开06表 人员经费合计 + 公用经费合计.
 */
public final class BasicTableMatchesGpbExpenditure implements Rule {
    @Override
    public String id() {
        return "cross.basic";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        if (doc.kind() == DocumentKind.BUDGET) {
            if (doc.table(TableType.BUDGET_GPB_BASIC).isEmpty()) {
                return out;
            }
            for (String[] pair : new String[][] {{"basic", "total"}, {"personnel", "personnel"}, {"public", "public"}}) {
                CrossTable.compare(out, id(), doc, cell(TableType.BUDGET_GPB_EXPENDITURE, "total", pair[0]),
                        cell(TableType.BUDGET_GPB_BASIC, "total", pair[1]));
            }
            return out;
        }
        var basic = doc.table(TableType.FINAL_GPB_BASIC);
        if (basic.isEmpty()) {
            return out;
        }
        var personnel = basic.get().row("personnel_total");
        var pub = basic.get().row("public_total");
        if (personnel.isEmpty() && pub.isEmpty()) {
            return out;
        }
        BigDecimal sum = personnel.map(r -> r.amount("amount")).orElse(BigDecimal.ZERO)
                .add(pub.map(r -> r.amount("amount")).orElse(BigDecimal.ZERO));
        CrossTable.compare(out, id(), doc, cell(TableType.FINAL_GPB_EXPENDITURE, "total", "basic"), sum,
                "一般公共预算财政拨款基本支出决算明细表 人员经费合计 + 公用经费合计",
                cell(TableType.FINAL_GPB_BASIC, "personnel_total", "amount").place());
        return out;
    }
}
