package org.budgetworkbench.ui.findings;

import org.budgetworkbench.model.TableType;

/** Where choosing a finding takes the analyst (定位): a table cell, or a clause of the narrative. */
public sealed interface NavigationTarget {
    long documentId();

    /** A row of a table, and the column when the finding names one. */
    record TableCell(long documentId, TableType table, String row, String column) implements NavigationTarget {
    }

    /** A section of the 情况说明 and the words to highlight in it (either may be null). */
    record NarrativeQuote(long documentId, String section, String quote) implements NavigationTarget {
    }
}
