package org.budgetworkbench.store;

import org.budgetworkbench.model.Finding;

/** A finding of the latest validation and the analyst's verdict on it: {@code open}, {@code accepted} or {@code dismissed}. */
public record StoredFinding(Finding finding, String status) {
}
