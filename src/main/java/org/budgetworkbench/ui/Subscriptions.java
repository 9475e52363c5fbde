package org.budgetworkbench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The listeners a view puts on a longer-lived view model (订阅), kept so they can all be taken off when the view
 * is replaced. The window's view is loaded again on a language switch over the same view model; listeners left
 * behind would keep the old view working unseen — opening its own dialogs, in the old language, on every import.
 */
public final class Subscriptions {
    private final List<Runnable> removals = new ArrayList<>();

    /** Listens to {@code value} until {@link #dispose}. */
    public <T> void on(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    /** Also runs {@code removal} on {@link #dispose} (an unbind, a handler taken off). */
    public void onDispose(Runnable removal) {
        removals.add(removal);
    }

    /** Takes every listener off; the view no longer follows the view model. */
    public void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }

    /** How many listeners are on (for the tests that a replaced view leaves none). */
    public int size() {
        return removals.size();
    }
}
