package org.budgetworkbench.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.review.ContentReview;
import org.budgetworkbench.core.review.DocumentReview;
import org.budgetworkbench.core.review.ListedFinding;
import org.budgetworkbench.core.review.ReviewRow;
import org.budgetworkbench.core.review.Timeliness;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.ReviewDates;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.store.StoredFinding;

/**
 * The review of every current document in the store (审核结果): its rows for the review sheet and its counts for
 * the district view, from the document, its findings with the analyst's verdicts (a dismissed finding is not
 * listed, an accepted one is with its note, one not yet judged is listed as 待核) and the dates recorded for it.
 */
public final class Reviews {
    /** The deadline rule: days after approval; {@code approved} applies where a document has no date of its own. */
    public record Deadline(LocalDate approved, Integer days) {
        public static final Deadline NONE = new Deadline(null, null);
    }

    /** A document's review and the id it has in the store. */
    public record Entry(StoredDocument stored, DocumentReview review) {
    }

    private final Store store;

    public Reviews(Store store) {
        this.store = store;
    }

    /** Every current document's review, or one department's when {@code department} is not null. */
    public List<Entry> all(Deadline deadline, String department) {
        Map<Long, Document> docs = new LinkedHashMap<>();
        Map<Long, StoredDocument> stored = new LinkedHashMap<>();
        for (StoredDocument s : store.documents().list()) {
            store.documents().load(s.id()).ifPresent(d -> {
                docs.put(s.id(), d);
                stored.put(s.id(), s);
            });
        }
        Map<Long, Instant> verdicts = store.findings().lastVerdicts();
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<Long, Document> e : docs.entrySet()) {
            Document d = e.getValue();
            if (department != null && !department.equals(d.department())) {
                continue;
            }
            out.add(new Entry(stored.get(e.getKey()), review(e.getKey(), d, Scopes.scope(d, docs.values()), deadline,
                    verdicts.get(e.getKey()), stored)));
        }
        return out;
    }

    private DocumentReview review(long id, Document d, String scope, Deadline deadline, Instant lastVerdict,
                                  Map<Long, StoredDocument> stored) {
        List<ListedFinding> listed = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        List<String> missing = new ArrayList<>();
        for (StoredFinding f : store.findings().list(id)) {
            if (FindingStatus.DISMISSED.equals(f.status())) {
                continue;
            }
            boolean open = FindingStatus.OPEN.equals(f.status());
            if (open) {
                if (f.finding().severity() == Severity.ERROR) {
                    errors++;
                } else if (f.finding().severity() == Severity.WARNING) {
                    warnings++;
                } else {
                    notes++;
                }
            }
            if (f.finding().kind() == FindingKind.MISSING_TABLE && f.finding().expected() != null) {
                missing.add(f.finding().expected().toString());
            }
            StoredDocument other = f.otherDocumentId() == null ? null : stored.get(f.otherDocumentId());
            listed.add(new ListedFinding(f.finding(), !open, f.note(), other == null ? null
                    : other.department() + " " + other.year() + " 年" + other.kind().chinese()));
        }
        ReviewDates.Dates dates = store.dates().get(d.department(), d.year(), d.kind())
                .orElse(new ReviewDates.Dates(null, null));
        LocalDate approved = dates.approved() != null ? dates.approved() : deadline.approved();
        List<ReviewRow> rows = new ArrayList<>();
        rows.add(Timeliness.row(approved, deadline.days(), dates.published()));
        rows.addAll(ContentReview.rows(d, listed));
        return new DocumentReview(d.department(), d.year(), d.kind(), scope, rows, errors, warnings, notes, missing,
                lastVerdict == null ? null : LocalDate.ofInstant(lastVerdict, ZoneId.systemDefault()));
    }
}
