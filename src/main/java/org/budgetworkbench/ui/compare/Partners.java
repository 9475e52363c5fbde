package org.budgetworkbench.ui.compare;

import java.util.List;
import java.util.Optional;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.store.StoredDocument;

/**
 * The stored documents a document can be compared with (比较对象): the same department's same kind a year earlier
 * (同比), and the same department's same year of the other kind (预算执行: the budget and its final accounts).
 */
public record Partners(Optional<StoredDocument> previousYear, Optional<StoredDocument> budget,
                       Optional<StoredDocument> finalAccounts) {

    public static Partners of(StoredDocument doc, List<StoredDocument> all) {
        Optional<StoredDocument> previous = all.stream().filter(s -> s.department().equals(doc.department())
                && s.kind() == doc.kind() && s.year() == doc.year() - 1).findFirst();
        DocumentKind other = doc.kind() == DocumentKind.BUDGET ? DocumentKind.FINAL : DocumentKind.BUDGET;
        Optional<StoredDocument> counterpart = all.stream().filter(s -> s.department().equals(doc.department())
                && s.kind() == other && s.year() == doc.year()).findFirst();
        boolean budget = doc.kind() == DocumentKind.BUDGET;
        return new Partners(previous, budget ? Optional.of(doc) : counterpart,
                budget ? counterpart : Optional.of(doc));
    }

    /** Whether there is anything to compare with. */
    public boolean any() {
        return previousYear.isPresent() || hasExecution();
    }

    public boolean hasExecution() {
        return budget.isPresent() && finalAccounts.isPresent();
    }
}
