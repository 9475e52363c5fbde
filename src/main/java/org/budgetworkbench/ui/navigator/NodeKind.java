package org.budgetworkbench.ui.navigator;

/** What a navigator node stands for. */
public enum NodeKind {
    ROOT, DEPARTMENT, YEAR, DOCUMENT, TABLE, TARGETS, EVALUATIONS, NARRATIVE, CHARTS;

    /** Whether choosing the node opens something on the right. */
    public boolean opensContent() {
        return this == TABLE || this == TARGETS || this == EVALUATIONS || this == NARRATIVE || this == CHARTS;
    }
}
