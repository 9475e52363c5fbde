package org.budgetworkbench.ui.editing;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budgetworkbench.core.edit.Balance;
import org.budgetworkbench.core.edit.Edit;
import org.budgetworkbench.core.edit.EditRejectedException;
import org.budgetworkbench.core.edit.EditSession;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.core.fix.FixProposal;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.DocumentStatus;
import org.budgetworkbench.store.Store;

/**
 * One stored document open for correction (修改中的文档): its {@link EditSession}, so undo and redo run across
 * every correction of the document, and the store kept in step — each change (an undo too) is written to the
 * edit history, the document's stored version is rewritten and its status becomes 已修改. Views bind to
 * {@link #documentProperty()} and {@link #revisionProperty()} to show the document as it now is.
 */
public final class DocumentEditing {
    private final Store store;
    private final long documentId;
    private final EditSession session;
    private final ReadOnlyObjectWrapper<Document> document;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DocumentEditing(Store store, long documentId, Document document) {
        this.store = Objects.requireNonNull(store, "store");
        this.documentId = documentId;
        this.session = new EditSession(document);
        this.document = new ReadOnlyObjectWrapper<>(document);
        this.opened = document;
        this.statusAtOpen = store.documents().get(documentId).map(s -> s.status()).orElse(DocumentStatus.EDITED);
        session.addListener(this::persist);
    }

    /** The document and its status as opened: undone back to it, it is no longer 已修改. */
    private final Document opened;
    private final String statusAtOpen;

    public long documentId() {
        return documentId;
    }

    public Document current() {
        return session.current();
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** Counts the changes; goes up by one with each correction, undo or redo. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What the last correction did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Sets a place to a new value. Returns false, with the reason in {@link #messageProperty()}, when the
     * correction is refused (not a number, no such place); a value equal to the present one changes nothing.
     */
    public boolean set(Place place, String newValue) {
        try {
            Edit edit = org.budgetworkbench.core.edit.DocumentEditor.edit(session.current(), place, newValue);
            if (same(edit)) {
                return true;
            }
            session.apply(edit);
            return true;
        } catch (EditRejectedException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /**
     * Makes a one-click fix (一键修正) the analyst confirmed: recorded, persisted and undoable like a typed
     * correction. Returns false, with the reason in {@link #messageProperty()}, when the document has moved on
     * and the fix no longer fits.
     */
    public boolean apply(FixProposal fix) {
        try {
            fix.applyTo(session);
            return true;
        } catch (EditRejectedException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (session.canUndo()) {
            session.undo();
        }
    }

    public void redo() {
        if (session.canRedo()) {
            session.redo();
        }
    }

    /** Totals of a table out of balance now, each with the figure its parts give. */
    public List<Balance.Imbalance> imbalances(TableType type) {
        return session.current().table(type).map(Balance::check).orElse(List.of());
    }

    private static boolean same(Edit e) {
        if (e.place() instanceof Place.Cell) {
            try {
                var a = org.budgetworkbench.core.edit.Amounts.parse(e.oldValue());
                var b = org.budgetworkbench.core.edit.Amounts.parse(e.newValue());
                return a == null ? b == null : b != null && a.compareTo(b) == 0;
            } catch (EditRejectedException ignored) {
                return false;
            }
        }
        return e.oldValue().equals(e.newValue().strip());
    }

    /**
     * What the status line says of an edit: an indicator list by its place only, never its stored text (JSON);
     * a goal's text by its place too, as a paragraph does not fit the line (修改记录 shows it whole).
     */
    private static String shown(Edit e) {
        return e.place() instanceof Place.Indicators || e.place() instanceof Place.Goal ? e.place().describe()
                : e.describe();
    }

    private void persist(EditSession.Change change) {
        Edit recorded = change.recorded();
        store.documents().replace(documentId, change.document());
        store.edits().record(documentId, recorded.place().id(), recorded.oldValue(), recorded.newValue());
        // every change undone: the document is as it was opened, and says so (已审核, not 已修改)
        store.documents().setStatus(documentId, change.document().equals(opened) ? statusAtOpen
                : DocumentStatus.EDITED);
        document.set(change.document());
        canUndo.set(session.canUndo());
        canRedo.set(session.canRedo());
        message.set(switch (change.kind()) {
            case APPLIED -> "已修改 " + shown(recorded);
            case UNDONE -> "已撤销 " + shown(change.edit());
            case REDONE -> "已重做 " + shown(change.edit());
        });
        revision.set(revision.get() + 1);
    }
}
