package org.budgetworkbench.ui.navigator;

import org.budgetworkbench.model.Document;
import org.budgetworkbench.store.StoredDocument;

/** A stored document with its content, as the navigator lists it, and how many of its findings are open. */
public record LoadedDocument(StoredDocument stored, Document document, int openFindings) {
    public LoadedDocument(StoredDocument stored, Document document) {
        this(stored, document, 0);
    }
}
