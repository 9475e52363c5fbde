package org.budgetworkbench.core.across;

import java.math.BigDecimal;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.FigureAnchors.Anchor;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingPlace;

/** How findings across documents name the other document and its place (另一份文档的位置). */
final class Places {
    private Places() {
    }

    /** "2024 年部门预算" or, for another department, its name in front. */
    static String name(Document doc, Document relativeTo) {
        String own = doc.year() + " 年" + doc.kind().chinese();
        return relativeTo != null && doc.department().equals(relativeTo.department()) ? own
                : doc.department() + " " + own;
    }

    static FindingPlace cell(Anchor a) {
        return FindingPlace.cell(a.table().id(), a.row(), a.column());
    }

    static String show(BigDecimal v) {
        return Amounts.show(v);
    }
}
