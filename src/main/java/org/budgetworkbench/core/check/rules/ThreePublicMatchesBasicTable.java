package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.CrossTable;
import org.budgetworkbench.core.check.Labels;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.core.check.Rule;

/**
 * "三公"经费表 vs 基本支出表: 公务接待费 = 30217, 公务用车运行维护费 = 30231, 因公出国(境)费 = 30212, where all
 * three are basic expenditure. The 三公 table covers project spending too, which the 基本支出 table does not, so
 * a 三公 figure above the basic line is what project money explains and is not reported; a basic line above the
 * 三公 figure cannot be explained and is a warning.
 */
public final class ThreePublicMatchesBasicTable implements Rule {
    @Override
    public String id() {
        return "cross.three_public";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        boolean budget = doc.kind() == DocumentKind.BUDGET;
        TableType three = budget ? TableType.BUDGET_THREE_PUBLIC : TableType.FINAL_THREE_PUBLIC;
        TableType basic = budget ? TableType.BUDGET_GPB_BASIC : TableType.FINAL_GPB_BASIC;
        String basicColumn = budget ? "total" : "amount";
        String prefix = budget ? "" : "final_";
        if (doc.table(three).isEmpty() || doc.table(basic).isEmpty() || !doc.table(basic).get().prints(basicColumn)) {
            return out;
        }
        Optional<Row> total = doc.table(three).get().row("total");
        if (total.isEmpty()) {
            return out;
        }
        String[][] pairs = {{"reception", "30217"}, {"vehicle_operation", "30231"}, {"overseas", "30212"}};
        for (String[] p : pairs) {
            String column = prefix + p[0];
            if (!doc.table(three).get().prints(column)) {
                continue;
            }
            Optional<Row> line = doc.table(basic).get().row(p[1]);
            BigDecimal expected = line.map(r -> r.amount(basicColumn)).orElse(BigDecimal.ZERO);
            BigDecimal found = total.get().amount(column);
            Amounts.Difference d = Amounts.compare(found, expected);
            if (!d.any() || (line.isEmpty() && found.signum() == 0)
                    || (d != Amounts.Difference.ROUNDING && found.compareTo(expected) > 0)) {
                continue; // the rest of the 三公 figure is project spending
            }
            String msg = "“三公”经费表 " + Labels.column(column) + " " + Amounts.show(found) + " 与基本支出表 " + p[1]
                    + " " + line.map(Row::name).orElse("（无此行）") + " " + Amounts.show(expected) + " 不一致";
            out.add(new Finding(id(), d == Amounts.Difference.ROUNDING ? FindingKind.ROUNDING
                    : FindingKind.CROSS_TABLE_MISMATCH, d == Amounts.Difference.ROUNDING ? Severity.INFO
                    : Severity.WARNING, FindingPlace.cell(three.id(), "total", column), Amounts.money(found),
                    Amounts.money(expected), msg, FindingPlace.cell(basic.id(), p[1], basicColumn)));
        }
        return out;
    }
}
