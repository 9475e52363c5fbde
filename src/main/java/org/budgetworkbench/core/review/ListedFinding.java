package org.budgetworkbench.core.review;

import org.budgetworkbench.model.Finding;

/**
 * A finding the review sheet lists (列入检查表的发现): those the analyst accepted (采纳, with the note given) and
 * those not yet judged; a dismissed one (忽略) is not listed. {@code otherDocument} names the second document of a
 * finding across documents.
 */
public record ListedFinding(Finding finding, boolean accepted, String note, String otherDocument) {
}
