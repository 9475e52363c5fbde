package org.budgetworkbench.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.budgetworkbench.model.Document;

/**
 * The corrections an analyst makes to one document, with undo and redo across all of them (撤销/重做).
 * Each step keeps the document before it, so undo restores exactly what was there; a new correction after an
 * undo drops the corrections that could have been redone. Listeners hear of every change, so a view model can
 * refresh and the application layer can record each one in the store's edit history.
 */
public final class EditSession {

    /** What happened to the session. */
    public enum Kind { APPLIED, UNDONE, REDONE }

    /**
     * One change of the session: the correction concerned and the document now current.
     * {@link #recorded()} is the correction as it should be written to an edit history: for an undo, the
     * inverse of the correction undone.
     */
    public record Change(Kind kind, Edit edit, Document document) {
        public Edit recorded() {
            return kind == Kind.UNDONE ? edit.inverse() : edit;
        }
    }

    private record Step(Edit edit, Document before, Document after) {
    }

    private final Document original;
    private final List<Step> done = new ArrayList<>();
    private final List<Step> undone = new ArrayList<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private Document current;

    public EditSession(Document document) {
        this.original = Objects.requireNonNull(document, "document");
        this.current = document;
    }

    /** The document as the session began. */
    public Document original() {
        return original;
    }

    /** The document with every correction not undone. */
    public Document current() {
        return current;
    }

    /**
     * Applies a correction; refused (and nothing changes) when {@link DocumentEditor#apply} refuses it.
     * Clears what could have been redone.
     */
    public Document apply(Edit edit) {
        Document next = DocumentEditor.apply(current, edit);
        done.add(new Step(edit, current, next));
        undone.clear();
        current = next;
        fire(new Change(Kind.APPLIED, edit, current));
        return current;
    }

    /** Sets a place to a new value, taking the old value from the current document. */
    public Document set(Place place, String newValue) {
        return apply(DocumentEditor.edit(current, place, newValue));
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** Takes back the latest correction; returns the document as it was before it. */
    public Document undo() {
        if (done.isEmpty()) {
            throw new IllegalStateException("没有可以撤销的修改");
        }
        Step s = done.remove(done.size() - 1);
        undone.add(s);
        current = s.before();
        fire(new Change(Kind.UNDONE, s.edit(), current));
        return current;
    }

    /** Makes again the latest correction undone. */
    public Document redo() {
        if (undone.isEmpty()) {
            throw new IllegalStateException("没有可以重做的修改");
        }
        Step s = undone.remove(undone.size() - 1);
        done.add(s);
        current = s.after();
        fire(new Change(Kind.REDONE, s.edit(), current));
        return current;
    }

    /** The corrections now in effect, oldest first (undone ones are not among them). */
    public List<Edit> edits() {
        return done.stream().map(Step::edit).toList();
    }

    /** The corrections that {@link #redo()} would make again, the next one first. */
    public List<Edit> redoable() {
        List<Edit> out = new ArrayList<>();
        for (int i = undone.size() - 1; i >= 0; i--) {
            out.add(undone.get(i).edit());
        }
        return out;
    }

    public void addListener(Consumer<Change> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    private void fire(Change change) {
        for (Consumer<Change> l : listeners) {
            l.accept(change);
        }
    }
}
