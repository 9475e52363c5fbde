package org.budgetworkbench.store;

import java.time.Instant;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;

/**
 * One stored version of a disclosure (已导入文档): which department, year, kind and scope (部门/单位), the file it came from,
 * when it was imported, its version number (1 for the first import) and its status
 * ({@code imported}, {@code checked}, {@code edited}, {@code exported}).
 */
public record StoredDocument(long id, String department, int year, DocumentKind kind, DocumentScope scope,
                             String sourceFile, Instant importedAt, int version, String status) {
    public StoredDocument {
        scope = scope == null ? DocumentScope.DEPARTMENT : scope;
    }

    /** A department's document (部门预算/决算). */
    public StoredDocument(long id, String department, int year, DocumentKind kind, String sourceFile,
                          Instant importedAt, int version, String status) {
        this(id, department, year, kind, DocumentScope.DEPARTMENT, sourceFile, importedAt, version, status);
    }
}
