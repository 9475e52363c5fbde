package org.budgetworkbench.workflow;

import java.time.LocalDate;
import java.util.List;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.store.Store;

/**
 * The district at a glance (区级总览): every current document with its scope, kind and year, what is still open
 * (errors, warnings, notes), the tables it lacks and when the analyst last gave a verdict — the list the district
 * view sorts and filters.
 */
public final class DistrictOverview {
    /** One document's line. {@code scope} is 部门 or 单位. */
    public record Line(long documentId, String department, String scope, DocumentKind kind, int year, int openErrors,
                       int openWarnings, int openNotes, List<String> missingTables, LocalDate lastVerdict) {
        public Line {
            missingTables = List.copyOf(missingTables);
        }
    }

    private final Store store;

    public DistrictOverview(Store store) {
        this.store = store;
    }

    /** Most open errors first, then warnings, then by department, year and kind. */
    public List<Line> lines() {
        return new Reviews(store).all(Reviews.Deadline.NONE, null).stream().map(e -> new Line(e.stored().id(),
                e.review().department(), e.review().scope(), e.review().kind(), e.review().year(),
                e.review().openErrors(), e.review().openWarnings(), e.review().openNotes(), e.review().missingTables(),
                e.review().lastVerdict())).sorted(java.util.Comparator.comparingInt(Line::openErrors).reversed()
                .thenComparing(java.util.Comparator.comparingInt(Line::openWarnings).reversed())
                .thenComparing(Line::department).thenComparingInt(Line::year).thenComparing(Line::kind)).toList();
    }
}
