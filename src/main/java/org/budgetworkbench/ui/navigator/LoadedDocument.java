package org.budgetworkbench.ui.navigator;

import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentOutline;
import org.budgetworkbench.store.StoredDocument;

/** A stored document as the navigator lists it: what it holds (not its figures) and how many findings are open. */
public record LoadedDocument(StoredDocument stored, DocumentOutline outline, int openFindings) {
    public LoadedDocument(StoredDocument stored, Document document, int openFindings) {
        this(stored, DocumentOutline.of(document), openFindings);
    }

    public LoadedDocument(StoredDocument stored, Document document) {
        this(stored, document, 0);
    }
}
