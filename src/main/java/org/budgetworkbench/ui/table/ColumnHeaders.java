package org.budgetworkbench.ui.table;

import java.util.ResourceBundle;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.TableType;

/**
 * Column headers (表头) for column ids: {@code column.<table type>.<id>} where a table names a column its own
 * way (收支总表 amount = 预算数), else {@code column.<id>}; an id the bundle does not know shows as itself.
 */
public final class ColumnHeaders {
    private ColumnHeaders() {
    }

    public static String header(ResourceBundle bundle, TableType type, String columnId) {
        String specific = "column." + type.id() + "." + columnId;
        if (bundle.containsKey(specific)) {
            return bundle.getString(specific);
        }
        String general = "column." + columnId;
        return bundle.containsKey(general) ? bundle.getString(general) : columnId;
    }

    /**
     * The header of a column of this very table: as {@link #header(ResourceBundle, TableType, String)}, except that
     * a summary table's amount column is headed 合计 where the table splits it (合计 | 基本支出 | 项目支出, the 单位
     * 收支总表), as the template prints it: 预算数 or 决算数 over it would read as one more kind of figure beside the
     * split instead of its total.
     */
    public static String header(ResourceBundle bundle, DisclosureTable table, String columnId) {
        if (columnId.equals("amount") && table.type().rowShape() == TableType.RowShape.ITEMS
                && SPLIT.stream().anyMatch(table::prints)) {
            return header(bundle, table.type(), "total");
        }
        return header(bundle, table.type(), columnId);
    }

    private static final java.util.List<String> SPLIT = java.util.List.of("basic", "personnel", "public", "project");

    public static boolean known(ResourceBundle bundle, TableType type, String columnId) {
        return bundle.containsKey("column." + type.id() + "." + columnId) || bundle.containsKey("column." + columnId);
    }
}
