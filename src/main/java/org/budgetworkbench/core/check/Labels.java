package org.budgetworkbench.core.check;

import java.util.Map;
import org.budgetworkbench.model.ColumnNames;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;

/** Chinese names of column ids and rows, for messages (栏目名称). */
public final class Labels {
    /** Where a message words a column otherwise than the template's heading ({@link ColumnNames}). */
    private static final Map<String, String> IN_MESSAGES = Map.of("operating", "经营支出/收入", "overseas", "因公出国(境)费");

    private Labels() {
    }

    public static String column(String id) {
        if (id == null) {
            return "";
        }
        if (id.startsWith("budget_")) {
            return "预算数" + column(id.substring(7));
        }
        if (id.startsWith("final_")) {
            return "决算数" + column(id.substring(6));
        }
        if (id.startsWith("carryover_") && !id.equals("carryover_unit")) {
            return "上年结转" + column(id.substring(10));
        }
        return IN_MESSAGES.getOrDefault(id, ColumnNames.of(id));
    }

    /** "221 住房保障支出", "合计", "本年收入合计". */
    public static String row(Row r) {
        if (r.isTotal()) {
            return r.name() == null ? "合计" : r.name();
        }
        if (r.key().matches("\\d+")) {
            return r.key() + " " + nz(r.name());
        }
        return nz(r.name()).isEmpty() ? r.key() : r.name();
    }

    public static String table(DisclosureTable t) {
        return t.title() == null || t.title().isBlank() ? t.type().standardTitle() : t.title();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
