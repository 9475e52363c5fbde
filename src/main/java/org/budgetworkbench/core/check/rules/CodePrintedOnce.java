package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/** A code is printed once per table (科目编码不重复); a second row with the same code double-counts. */
public final class CodePrintedOnce implements Rule {
    @Override
    public String id() {
        return "code.duplicate";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            Set<String> seen = new HashSet<>();
            for (Row r : t.rows()) {
                if (RowKeys.isClassificationCode(r.key()) && !seen.add(r.key())) {
                    out.add(new Finding(id(), FindingKind.CODE_ERROR, Severity.ERROR,
                            FindingPlace.cell(t.type().id(), r.key(), null), r.key(), null,
                            Labels.table(t) + " 科目编码 " + r.key() + " 出现不止一次"));
                }
            }
        }
        return out;
    }
}
