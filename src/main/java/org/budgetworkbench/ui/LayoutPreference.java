package org.budgetworkbench.ui;

import java.util.prefs.Preferences;

/**
 * Remembers where the analyst put the window's dividers (布局偏好): at 1366×768 the findings panel is given more
 * rows by dragging the divider up, and it should stay there in the next session.
 */
public final class LayoutPreference {
    private final Preferences node;

    public LayoutPreference(Preferences node) {
        this.node = node;
    }

    /** The remembered position (0..1) of a divider, or {@code fallback} when none is. */
    public double divider(String name, double fallback) {
        double d = node.getDouble("divider." + name, fallback);
        return d > 0.05 && d < 0.95 ? d : fallback;
    }

    public void saveDivider(String name, double position) {
        node.putDouble("divider." + name, position);
    }
}
