package org.budgetworkbench.ui.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.budgetworkbench.core.fix.FixProposal;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.FindingsStore;
import org.budgetworkbench.store.StoredFinding;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.table.FindingMarks;

/**
 * The findings panel's view model (审核发现): the stored findings of the chosen document, errors first, then
 * warnings, then hints; narrowed by severity and verdict; the analyst's verdict written to the store at once.
 */
public final class FindingsViewModel {
    private final FindingsStore store;
    private final ObjectProperty<ResourceBundle> bundle;
    private final ObservableList<FindingItem> all = FXCollections.observableArrayList();
    private final FilteredList<FindingItem> shown = new FilteredList<>(all);
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<FindingItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper openCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Long> documentId = new ReadOnlyObjectWrapper<>();
    private final List<Runnable> onVerdict = new ArrayList<>();
    private final ReadOnlyObjectWrapper<FixProposal> fix = new ReadOnlyObjectWrapper<>();
    private Fixer fixer = Fixer.NONE;
    private Document document;

    /** Where one-click fixes come from and go to: the window proposes them on, and applies them to, its documents. */
    public interface Fixer {
        Fixer NONE = new Fixer() {
            @Override
            public Optional<FixProposal> propose(long documentId, Finding finding) {
                return Optional.empty();
            }

            @Override
            public boolean apply(long documentId, FixProposal fix) {
                return false;
            }
        };

        Optional<FixProposal> propose(long documentId, Finding finding);

        boolean apply(long documentId, FixProposal fix);
    }

    private final javafx.beans.property.StringProperty note = new javafx.beans.property.SimpleStringProperty("");
    private java.util.Map<String, String> notes = java.util.Map.of();

    public FindingsViewModel(FindingsStore store, ResourceBundle bundle) {
        this.store = store;
        this.bundle = new SimpleObjectProperty<>(bundle);
        severityFilter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> {
            proposeFix();
            note.set(noteOf(b)); // the chosen finding's reason, to read or to change with a new verdict
        });
    }

    public void fixWith(Fixer fixer) {
        this.fixer = fixer == null ? Fixer.NONE : fixer;
        proposeFix();
    }

    /** The one-click fix (一键修正) of the chosen finding, or null when no figure can settle it. */
    public ReadOnlyObjectProperty<FixProposal> fixProperty() {
        return fix.getReadOnlyProperty();
    }

    /**
     * Applies the chosen finding's fix, once the analyst has confirmed it. The window then checks the document
     * again, so the finding goes when the fix settled it; 撤销 brings both back.
     */
    public boolean applyFix() {
        FixProposal p = fix.get();
        Long id = documentId.get();
        return p != null && id != null && fixer.apply(id, p);
    }

    private void proposeFix() {
        FindingItem item = selected.get();
        Long id = documentId.get();
        fix.set(item == null || id == null ? null : fixer.propose(id, item.finding()).orElse(null));
    }

    public ObjectProperty<ResourceBundle> bundleProperty() {
        return bundle;
    }

    /** Shows the findings of a document; the same document again keeps the selection. */
    public void show(Long id, Document doc) {
        if (Objects.equals(id, documentId.get())) {
            return;
        }
        documentId.set(id);
        document = doc;
        selected.set(null);
        reload();
    }

    /** Reads the findings again after the document was corrected and checked anew. */
    public void reload(Document corrected) {
        document = corrected;
        reload();
    }

    /** Reads the document's findings again from the store (after an import re-validated it). */
    public void reload() {
        Long id = documentId.get();
        String keep = selected.get() == null ? null : selected.get().fingerprint();
        List<FindingItem> items = new ArrayList<>();
        if (id != null) {
            List<StoredFinding> stored = store.list(id);
            for (int i = 0; i < stored.size(); i++) {
                items.add(new FindingItem(stored.get(i), i));
            }
            items.sort(Comparator.comparing(FindingItem::severity).thenComparing(FindingItem::order));
        }
        notes = id == null ? java.util.Map.of() : store.verdictNotes(id);
        all.setAll(items);
        openCount.set((int) items.stream().filter(i -> FindingStatus.OPEN.equals(i.status())).count());
        FindingItem before = selected.get();
        selected.set(keep == null ? null
                : shown.stream().filter(i -> i.fingerprint().equals(keep)).findFirst().orElse(null));
        if (selected.get() == before) {
            proposeFix(); // the listener did not run, yet the corrected document may have another fix, or none
        }
    }

    public ReadOnlyObjectProperty<Long> documentIdProperty() {
        return documentId.getReadOnlyProperty();
    }

    public Document document() {
        return document;
    }

    /** The findings as filtered, errors first. */
    public ObservableList<FindingItem> shown() {
        return shown;
    }

    public List<FindingItem> all() {
        return List.copyOf(all);
    }

    /** Only this severity; null for all. */
    public ObjectProperty<Severity> severityFilterProperty() {
        return severityFilter;
    }

    /** Only this verdict ({@link FindingStatus}); null for all. */
    public ObjectProperty<String> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<FindingItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty openCountProperty() {
        return openCount.getReadOnlyProperty();
    }

    /** Called after every verdict, so the navigator's counts and the table's marks follow. */
    public void onVerdict(Runnable r) {
        onVerdict.add(r);
    }

    private void refilter() {
        Severity s = severityFilter.get();
        String st = statusFilter.get();
        shown.setPredicate(i -> (s == null || i.severity() == s) && (st == null || st.equals(i.status())));
    }

    /** Records the analyst's verdict on the chosen finding (已采纳, 已忽略, or back to 待处理). */
    public void markSelected(String status) {
        FindingItem item = selected.get();
        if (item != null) {
            mark(item, status);
        }
    }

    /**
     * The reason to record with the next verdict (采纳/忽略的理由), edited in the panel; it shows the chosen
     * finding's recorded reason.
     */
    public javafx.beans.property.StringProperty noteProperty() {
        return note;
    }

    /** The reason recorded with a finding's verdict, or "" when none was given. */
    public String noteOf(FindingItem item) {
        Long id = documentId.get();
        return id == null || item == null ? "" : notes.getOrDefault(item.fingerprint(), "");
    }

    public void mark(FindingItem item, String status) {
        Long id = documentId.get();
        if (id == null || item == null) {
            return;
        }
        // back to 待处理 drops the reason with the verdict
        store.setStatus(id, item.fingerprint(), status, FindingStatus.OPEN.equals(status) ? null : note.get());
        reload();
        onVerdict.forEach(Runnable::run);
    }

    /** "错误 2 · 警告 1 · 提示 3 · 待处理 5" for the panel's header. */
    public String summary() {
        ResourceBundle b = bundle.get();
        if (documentId.get() == null) {
            return Texts.get(b, "findings.nodocument");
        }
        if (all.isEmpty()) {
            return Texts.get(b, "findings.none");
        }
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = all.stream().filter(i -> i.severity() == s).count();
            if (n > 0) {
                parts.add(FindingTexts.severity(b, s) + " " + n);
            }
        }
        parts.add(FindingTexts.status(b, FindingStatus.OPEN) + " " + openCount.get());
        return String.join(" · ", parts);
    }

    /**
     * Where choosing a finding goes: the table cell it names when the document has that table, else the
     * narrative clause it names; nothing for a finding that names neither.
     */
    public Optional<NavigationTarget> target(FindingItem item) {
        Long id = documentId.get();
        if (item == null || id == null) {
            return Optional.empty();
        }
        return targetOf(item.finding(), id, document);
    }

    public static Optional<NavigationTarget> targetOf(Finding f, long documentId, Document doc) {
        FindingPlace w = f.where();
        if (w == null) {
            return Optional.empty();
        }
        TableType type = w.table() == null ? null : FindingTexts.typeOf(w.table());
        if (type != null && (doc == null || doc.table(type).isPresent())) {
            return Optional.of(new NavigationTarget.TableCell(documentId, type, w.row(), w.column()));
        }
        if (w.section() != null || w.quote() != null) {
            return Optional.of(new NavigationTarget.NarrativeQuote(documentId, w.section(), w.quote()));
        }
        return Optional.empty();
    }

    /**
     * The other document's place of a finding across documents (the budget cell a 决算 figure was compared with,
     * last year's figure, the department's line), for the panel's 转到对照文档 button.
     */
    public Optional<NavigationTarget> otherTarget(FindingItem item) {
        if (item == null || item.stored().otherDocumentId() == null || item.finding().other() == null) {
            return Optional.empty();
        }
        return targetOf(new Finding(item.finding().rule(), item.finding().kind(), item.finding().severity(),
                item.finding().other(), null, null, item.finding().message()), item.stored().otherDocumentId(), null);
    }

    /** The narrative clause of a finding that names both a cell and a clause, for the panel's second button. */
    public Optional<NavigationTarget> narrativeTarget(FindingItem item) {
        Long id = documentId.get();
        if (item == null || id == null || item.finding().where() == null) {
            return Optional.empty();
        }
        FindingPlace w = item.finding().where();
        return w.section() == null && w.quote() == null ? Optional.empty()
                : Optional.of(new NavigationTarget.NarrativeQuote(id, w.section(), w.quote()));
    }

    /** The open findings on a table's cells, for marking them in the table view. */
    public FindingMarks marks(TableType type) {
        FindingMarks marks = new FindingMarks();
        for (FindingItem i : all) {
            if (!FindingStatus.OPEN.equals(i.status())) {
                continue;
            }
            Finding f = i.finding();
            // a finding across documents has its other place in the other document, not in this one
            FindingPlace other = i.stored().across() ? null : f.other();
            for (FindingPlace p : new FindingPlace[] {f.where(), other}) {
                if (p != null && type.id().equals(p.table()) && p.row() != null) {
                    marks.add(p.row(), p.column(), f.message());
                }
            }
        }
        return marks;
    }
}
