package org.budgetworkbench.ui;

/** A content view whose rows fold (全部展开 / 全部折叠 act on it). */
public interface Expandable {
    void expandAll();

    void collapseAll();
}
