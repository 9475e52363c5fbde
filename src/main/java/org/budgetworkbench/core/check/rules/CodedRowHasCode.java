package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.Labels;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/** Every row of a classification table has its code (科目行应有编码): a row keyed by name only lacks one. */
public final class CodedRowHasCode implements Rule {
    @Override
    public String id() {
        return "code.missing";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            if (t.type().rowShape() != TableType.RowShape.FUNCTION && t.type().rowShape() != TableType.RowShape.ECONOMIC) {
                continue;
            }
            for (Row r : t.rows()) {
                String k = r.key();
                if (RowKeys.isClassificationCode(k) || r.isTotal() || k.startsWith(RowKeys.UNIT_PREFIX)
                        || k.endsWith("_total")) {
                    continue;
                }
                out.add(new Finding(id(), FindingKind.CODE_ERROR, Severity.WARNING,
                        FindingPlace.cell(t.type().id(), k, null), r.name(), "科目编码",
                        Labels.table(t) + " “" + r.name() + "”行没有科目编码"));
            }
        }
        return out;
    }
}
