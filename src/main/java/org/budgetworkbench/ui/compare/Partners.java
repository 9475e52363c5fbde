package org.budgetworkbench.ui.compare;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetworkbench.core.across.UnitsWithinDepartment;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.store.StoredDocument;

/**
 * The stored documents a document can be compared with (比较对象): the same department's same kind and scope a
 * year earlier (同比), the same department's same year and scope of the other kind (预算执行: the budget and its
 * final accounts), and the same department's same year and kind of the other scope (部门与单位: a 部门 document
 * with each 单位 document the store keeps beside it, a 单位 document with its 部门 document). A 单位预算 is
 * never its department's 上年 or 预算: the figures of a part are not the figures of the whole.
 */
public record Partners(Optional<StoredDocument> previousYear, Optional<StoredDocument> budget,
                       Optional<StoredDocument> finalAccounts, List<StoredDocument> otherScope) {
    public Partners {
        otherScope = List.copyOf(otherScope);
    }

    public static Partners of(StoredDocument doc, List<StoredDocument> all) {
        Optional<StoredDocument> previous = all.stream().filter(s -> sameDepartment(s, doc) && s.scope() == doc.scope()
                && s.kind() == doc.kind() && s.year() == doc.year() - 1).findFirst();
        DocumentKind other = doc.kind() == DocumentKind.BUDGET ? DocumentKind.FINAL : DocumentKind.BUDGET;
        Optional<StoredDocument> counterpart = all.stream().filter(s -> sameDepartment(s, doc)
                && s.scope() == doc.scope() && s.kind() == other && s.year() == doc.year()).findFirst();
        List<StoredDocument> scopes = all.stream().filter(s -> s.id() != doc.id() && sameDepartment(s, doc)
                && s.scope() != doc.scope() && s.kind() == doc.kind() && s.year() == doc.year()).toList();
        boolean budget = doc.kind() == DocumentKind.BUDGET;
        return new Partners(previous, budget ? Optional.of(doc) : counterpart,
                budget ? counterpart : Optional.of(doc), scopes);
    }

    /**
     * The units a department's 收入总表 lists whose own documents of that year and kind the store holds under their
     * own names (a district's 单位 stored as departments of their own); none for a 单位 document.
     */
    public static List<StoredDocument> unitsListedBy(StoredDocument self, Document doc, List<StoredDocument> all) {
        if (self.scope() != DocumentScope.DEPARTMENT) {
            return List.of();
        }
        Set<String> listed = UnitsWithinDepartment.listedUnits(doc).stream().map(UnitsWithinDepartment::name)
                .collect(Collectors.toSet());
        return all.stream().filter(s -> s.id() != self.id() && s.year() == self.year() && s.kind() == self.kind()
                && !sameDepartment(s, self) && listed.contains(UnitsWithinDepartment.name(s.department()))).toList();
    }

    private static boolean sameDepartment(StoredDocument a, StoredDocument b) {
        return a.department().equals(b.department());
    }

    /** Whether there is anything to compare with. */
    public boolean any() {
        return previousYear.isPresent() || hasExecution() || !otherScope.isEmpty();
    }

    public boolean hasExecution() {
        return budget.isPresent() && finalAccounts.isPresent();
    }
}
