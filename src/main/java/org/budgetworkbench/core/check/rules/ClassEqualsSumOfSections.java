package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.TableColumns;
import org.budgetworkbench.core.check.TableFindings;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;

/**
 * 类 = Σ款, 款 = Σ项: every classification row that has children in the table equals their sum, in
 * every amount column. Works for function (3/5/7) and economic (3/5) codes alike.
 */
public final class ClassEqualsSumOfSections implements Rule {
    @Override
    public String id() {
        return "sum.children";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            List<String> columns = TableColumns.of(t);
            for (Row parent : t.rows()) {
                int level = RowKeys.level(parent.key());
                if (level == 0 || level == 3) {
                    continue;
                }
                List<Row> children = t.rows().stream()
                        .filter(r -> RowKeys.isClassificationCode(r.key())
                                && parent.key().equals(RowKeys.parent(r.key())))
                        .toList();
                if (children.isEmpty()) {
                    continue;
                }
                String what = level == 1 ? "其下各款之和" : "其下各项之和";
                for (String c : columns) {
                    BigDecimal sum = Amounts.sum(children.stream().map(r -> r.amount(c)).toList());
                    TableFindings.compare(out, id(), FindingKind.SUM_MISMATCH, t, parent, c, sum, what);
                }
            }
        }
        return out;
    }
}
