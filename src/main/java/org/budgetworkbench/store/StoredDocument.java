package org.budgetworkbench.store;

import java.time.Instant;
import org.budgetworkbench.model.DocumentKind;

/**
 * One stored version of a disclosure (已导入文档): which department, year and kind, the file it came from,
 * when it was imported, its version number (1 for the first import) and its status
 * ({@code imported}, {@code checked}, {@code edited}, {@code exported}).
 */
public record StoredDocument(long id, String department, int year, DocumentKind kind, String sourceFile,
                             Instant importedAt, int version, String status) {
}
