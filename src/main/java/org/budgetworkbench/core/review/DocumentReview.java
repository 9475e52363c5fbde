package org.budgetworkbench.core.review;

import java.time.LocalDate;
import java.util.List;
import org.budgetworkbench.model.DocumentKind;

/**
 * The review of one document (一份文档的审核): whose, which year and kind, its scope (部门/单位, may be unknown),
 * its rows, the open errors / warnings / notes it still has, the tables it lacks and when the analyst last gave
 * a verdict on one of its findings.
 */
public record DocumentReview(String department, int year, DocumentKind kind, String scope, List<ReviewRow> rows,
                             int openErrors, int openWarnings, int openNotes, List<String> missingTables,
                             LocalDate lastVerdict) {
    public DocumentReview {
        rows = List.copyOf(rows);
        missingTables = List.copyOf(missingTables);
    }

    /** "2024 年部门预算" */
    public String title() {
        return year + " 年" + ("单位".equals(scope) ? "单位" : "部门") + kind.chinese();
    }
}
