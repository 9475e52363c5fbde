package org.budgetworkbench.ui.table;

import java.util.ResourceBundle;
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

    public static boolean known(ResourceBundle bundle, TableType type, String columnId) {
        return bundle.containsKey("column." + type.id() + "." + columnId) || bundle.containsKey("column." + columnId);
    }
}
