package org.budgetworkbench.store;

import java.time.Instant;
import org.budgetworkbench.model.DocumentKind;

/**
 * PLACEHOLDER (ui branch) — replaced at merge by the store helper's class of the same name and shape.
 * One stored document as the list shows it (已导入文档).
 */
public record StoredDocument(long id, String department, int year, DocumentKind kind, String sourceFile,
                             Instant importedAt, int version, String status) {
}
