package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.budgetworkbench.model.catalog.Classification;

/**
 * Every code is in the catalogue (科目编码存在), and its printed name is the catalogue's (now or formerly):
 * a code not in the catalogue, or 2010301 printed as 一般行政管理事务, is flagged.
 */
public final class CodeInCatalogue implements Rule {
    @Override
    public String id() {
        return "code.catalogue";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            Optional<Classification> catalogue = CodedTables.catalogue(t);
            if (!CodedTables.isCoded(t) || catalogue.isEmpty()) {
                continue;
            }
            for (Row r : t.rows()) {
                if (!RowKeys.isClassificationCode(r.key())) {
                    continue;
                }
                var entry = catalogue.get().find(r.key());
                FindingPlace where = FindingPlace.cell(t.type().id(), r.key(), "name");
                if (entry.isEmpty()) {
                    out.add(new Finding(id(), FindingKind.CODE_ERROR, Severity.WARNING, where, r.key(), null,
                            Labels.table(t) + " 科目编码 " + r.key() + "（" + r.name() + "）不在科目表中"));
                } else if (r.name() != null && !r.name().isBlank() && !catalogue.get().nameMatches(r.key(), r.name())) {
                    out.add(new Finding(id(), FindingKind.CODE_ERROR, Severity.WARNING, where, r.name(),
                            entry.get().name(), Labels.table(t) + " 科目 " + r.key() + " 名称为“" + r.name()
                            + "”，科目表为“" + entry.get().name() + "”"));
                }
            }
        }
        return out;
    }
}
