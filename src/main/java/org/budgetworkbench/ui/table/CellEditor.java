package org.budgetworkbench.ui.table;

import java.math.BigDecimal;
import javafx.beans.Observable;

/**
 * What a table view needs to let the analyst correct its amounts (修改金额): the figure a cell holds now, a way to
 * commit a typed figure, the figure a total should take when it no longer balances, and a signal when any of
 * these change (a correction, an undo). A table view without one is read-only.
 */
public interface CellEditor {
    /** The amount now in a row's column, after every correction in effect. */
    BigDecimal value(String rowKey, String column);

    /** Commits a typed amount; null when done, else the Chinese reason it was refused. */
    String commit(String rowKey, String column, String text);

    /** The figure a total's parts give when the total is out of balance, else null. */
    BigDecimal expected(String rowKey, String column);

    /** Fires whenever values or balance may have changed. */
    Observable changes();
}
