package org.budgetworkbench.core.edit;

import java.util.Objects;

/**
 * One correction (修改): where, the value as it was and the value it becomes, both as text
 * (an amount as a plain number such as {@code 210.50}; blank clears the cell).
 */
public record Edit(Place place, String oldValue, String newValue) {
    public Edit {
        Objects.requireNonNull(place, "place");
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }

    /**
     * The correction that takes this one back. For a figure in the narrative the place names the figure now
     * printed (the new value) at the same occurrence.
     */
    public Edit inverse() {
        Place back = place;
        if (place instanceof Place.Narrative n && n.isFigure()) {
            back = new Place.Narrative(n.section(), n.paragraph(), newValue, n.occurrence());
        }
        return new Edit(back, newValue, oldValue);
    }

    /** "支出总表 221 合计：210.49 → 210.50" */
    public String describe() {
        return place.describe() + "：" + (oldValue.isEmpty() ? "（空）" : oldValue) + " → "
                + (newValue.isEmpty() ? "（空）" : newValue);
    }
}
