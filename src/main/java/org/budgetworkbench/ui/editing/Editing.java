package org.budgetworkbench.ui.editing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.store.Store;

/**
 * The documents open for correction in the window (修改), one {@link DocumentEditing} per stored document, kept
 * for as long as the window is open so undo reaches back over every correction made to a document; and which
 * of them 编辑 → 撤销/重做 act on (the one the analyst is looking at).
 */
public final class Editing {
    private final Store store;
    private final Map<Long, DocumentEditing> open = new HashMap<>();
    private final ObjectProperty<DocumentEditing> active = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    public Editing(Store store) {
        this.store = store;
        ChangeListener<Boolean> follow = (o, a, b) -> refresh();
        active.addListener((o, a, b) -> {
            if (a != null) {
                a.canUndoProperty().removeListener(follow);
                a.canRedoProperty().removeListener(follow);
            }
            if (b != null) {
                b.canUndoProperty().addListener(follow);
                b.canRedoProperty().addListener(follow);
            }
            refresh();
        });
    }

    private void refresh() {
        DocumentEditing e = active.get();
        canUndo.set(e != null && e.canUndoProperty().get());
        canRedo.set(e != null && e.canRedoProperty().get());
    }

    /** The document open for correction, opening it with {@code load} the first time. */
    public DocumentEditing of(long documentId, Function<Long, Document> load) {
        return open.computeIfAbsent(documentId, id -> new DocumentEditing(store, id, load.apply(id)));
    }

    /** The document as corrected so far, when it has been opened for correction. */
    public Optional<Document> current(long documentId) {
        return Optional.ofNullable(open.get(documentId)).map(DocumentEditing::current);
    }

    /**
     * Makes 撤销/重做 act on the document the analyst turned to: its corrections if it has been opened for
     * correction, nothing otherwise (null: no document).
     */
    public void activate(Long documentId) {
        active.set(documentId == null ? null : open.get(documentId));
    }

    public ObjectProperty<DocumentEditing> activeProperty() {
        return active;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public void undo() {
        if (active.get() != null) {
            active.get().undo();
        }
    }

    public void redo() {
        if (active.get() != null) {
            active.get().redo();
        }
    }

    public Store store() {
        return store;
    }
}
