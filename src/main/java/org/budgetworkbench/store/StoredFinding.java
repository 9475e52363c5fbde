package org.budgetworkbench.store;

import org.budgetworkbench.model.Finding;

/**
 * A finding of the latest validation and the analyst's verdict on it: {@code open}, {@code accepted} or
 * {@code dismissed}, with the analyst's note to the verdict (may be null). A finding of a check across documents also names the other document
 * ({@code otherDocumentId}, null for a document's own findings or one compared with several).
 */
public record StoredFinding(Finding finding, String status, boolean across, Long otherDocumentId, String note) {
    public StoredFinding(Finding finding, String status) {
        this(finding, status, false, null, null);
    }
}
