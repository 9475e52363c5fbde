package org.budgetworkbench.core.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;

/** The amount columns a table actually prints (栏目): those of its type that any row carries. */
public final class TableColumns {
    private TableColumns() {
    }

    public static List<String> of(DisclosureTable t) {
        Set<String> present = new LinkedHashSet<>();
        for (Row r : t.rows()) {
            present.addAll(r.values().keySet());
        }
        List<String> out = new ArrayList<>();
        for (String c : t.type().columns()) {
            if (present.contains(c)) {
                out.add(c);
            }
        }
        for (String c : present) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    public static boolean has(DisclosureTable t, String column) {
        return t.rows().stream().anyMatch(r -> r.values().containsKey(column));
    }
}
