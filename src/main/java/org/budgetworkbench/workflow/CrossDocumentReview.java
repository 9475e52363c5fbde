package org.budgetworkbench.workflow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetworkbench.core.across.CrossFinding;
import org.budgetworkbench.core.across.FinalMatchesBudget;
import org.budgetworkbench.core.across.PreviousYearClaims;
import org.budgetworkbench.core.across.UnitsWithinDepartment;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredDocument;

/**
 * The checks across documents (跨文档核对) over what the store holds: every current document with its partners —
 * a 决算 with that year's 预算, a document with the previous year's of the same department and kind, a department
 * with the units its 收入总表 lists — and each document's findings across documents replaced by what was found
 * now (a partner imported later is picked up by running this again).
 */
public final class CrossDocumentReview {
    private final Store store;

    public CrossDocumentReview(Store store) {
        this.store = store;
    }

    /** What a run compared and found. */
    public record Result(int documents, int pairs, int findings) {
    }

    public Result run() {
        Map<Long, Document> docs = new LinkedHashMap<>();
        Map<Document, Long> ids = new IdentityHashMap<>();
        for (StoredDocument s : store.documents().list()) {
            store.documents().load(s.id()).ifPresent(d -> {
                docs.put(s.id(), d);
                ids.put(d, s.id());
            });
        }
        Map<Long, List<Finding>> found = new LinkedHashMap<>();
        Map<Long, List<Long>> others = new LinkedHashMap<>();
        docs.keySet().forEach(id -> {
            found.put(id, new ArrayList<>());
            others.put(id, new ArrayList<>());
        });
        int pairs = 0;
        for (Map.Entry<Long, Document> e : docs.entrySet()) {
            Document d = e.getValue();
            Optional<Document> budget = d.kind() == DocumentKind.FINAL
                    ? find(docs, d, d.year(), DocumentKind.BUDGET) : Optional.empty();
            if (budget.isPresent()) {
                pairs++;
                add(found, others, e.getKey(), FinalMatchesBudget.check(d, budget.get()), ids.get(budget.get()));
            }
            Optional<Document> previous = find(docs, d, d.year() - 1, d.kind());
            if (previous.isPresent()) {
                pairs++;
                add(found, others, e.getKey(), PreviousYearClaims.check(d, previous.get()), ids.get(previous.get()));
            }
            List<Document> units = Scopes.unitsOf(d, docs.values());
            if (!units.isEmpty()) {
                pairs++;
                for (CrossFinding c : UnitsWithinDepartment.check(d, units)) {
                    long subject = ids.get(c.subject());
                    found.get(subject).add(c.finding());
                    others.get(subject).add(c.partner() == null ? null : ids.get(c.partner()));
                }
            }
        }
        int n = 0;
        for (Long id : docs.keySet()) {
            store.findings().replaceAcross(id, found.get(id), others.get(id));
            n += found.get(id).size();
        }
        return new Result(docs.size(), pairs, n);
    }

    private static void add(Map<Long, List<Finding>> found, Map<Long, List<Long>> others, long id, List<Finding> fs,
                            Long other) {
        found.get(id).addAll(fs);
        fs.forEach(f -> others.get(id).add(other));
    }

    /** The current document of the same department and scope (部门/单位) for that year and kind. */
    private static Optional<Document> find(Map<Long, Document> docs, Document of, int year, DocumentKind kind) {
        return docs.values().stream().filter(d -> d.year() == year && d.kind() == kind
                && d.department().equals(of.department()) && d.scope() == of.scope()).findFirst();
    }
}
