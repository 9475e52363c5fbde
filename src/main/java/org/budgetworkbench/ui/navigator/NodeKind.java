package org.budgetworkbench.ui.navigator;

/** What a navigator node stands for. */
public enum NodeKind {
    ROOT, DEPARTMENT, YEAR, DOCUMENT, TABLE, TARGETS, EVALUATIONS, NARRATIVE, CHARTS,
    /** 修改记录 of a document. */
    HISTORY,
    /** 比较: 同比 and 预算执行, where the store holds a partner document. */
    COMPARE;

    /** Whether choosing the node opens something on the right. */
    public boolean opensContent() {
        return this == DOCUMENT || this == TABLE || this == TARGETS || this == EVALUATIONS || this == NARRATIVE || this == CHARTS
                || this == HISTORY || this == COMPARE;
    }
}
