package org.budgetworkbench.core.check.rules;

import java.util.Optional;
import org.budgetworkbench.core.check.Catalogues;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.catalog.Classification;

/** Which catalogue a table's codes come from (功能分类 or 经济分类), if any. */
final class CodedTables {
    private CodedTables() {
    }

    static boolean isCoded(DisclosureTable t) {
        return t.type().rowShape() == TableType.RowShape.FUNCTION || t.type().rowShape() == TableType.RowShape.ECONOMIC
                || t.type().rowShape() == TableType.RowShape.UNITS_OR_FUNCTION;
    }

    static Optional<Classification> catalogue(DisclosureTable t) {
        return t.type().rowShape() == TableType.RowShape.ECONOMIC ? Catalogues.economic() : Catalogues.function();
    }
}
