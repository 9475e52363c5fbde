package org.budgetworkbench.core.check;

import java.util.List;
import org.budgetworkbench.model.DisclosureTable;

/** The amount columns a table actually prints (栏目); a column it does not print is never compared. */
public final class TableColumns {
    private TableColumns() {
    }

    public static List<String> of(DisclosureTable t) {
        return t.columns();
    }

    public static boolean has(DisclosureTable t, String column) {
        return t.prints(column);
    }
}
