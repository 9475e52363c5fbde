package org.budgetworkbench.ui.navigator;

import org.budgetworkbench.model.Document;
import org.budgetworkbench.store.StoredDocument;

/** A stored document with its content, as the navigator lists it. */
public record LoadedDocument(StoredDocument stored, Document document) {
}
