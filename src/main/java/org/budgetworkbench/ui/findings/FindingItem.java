package org.budgetworkbench.ui.findings;

import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.store.StoredFinding;

/** One row of the findings panel: a stored finding, its verdict, and where the validator listed it. */
public record FindingItem(StoredFinding stored, int order) {
    public Finding finding() {
        return stored.finding();
    }

    public String status() {
        return stored.status();
    }

    /** A finding without a severity counts as a hint, the mildest. */
    public Severity severity() {
        return stored.finding().severity() == null ? Severity.INFO : stored.finding().severity();
    }

    public String fingerprint() {
        return stored.finding().fingerprint();
    }
}
