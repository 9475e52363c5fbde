package org.budgetworkbench.model.catalog;

import java.util.List;

/** One code of a classification catalogue (科目): its code, its current name and older names it had. */
public record ClassificationEntry(String code, String name, List<String> formerNames) {
    public ClassificationEntry {
        formerNames = List.copyOf(formerNames);
    }

    public int level() {
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            default -> 3;
        };
    }
}
