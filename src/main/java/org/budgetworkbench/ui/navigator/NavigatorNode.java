package org.budgetworkbench.ui.navigator;

import java.util.List;
import org.budgetworkbench.model.TableType;

/**
 * One node of the navigator (导航树): department → year → 预算/决算 → tables, 绩效目标, 绩效自评.
 * {@code path} identifies the node across rebuilds (language switch, filter, new imports);
 * {@code documentId} and {@code table} say what it opens; {@code detail} is shown after the label, greyed
 * (a document's status and open findings), and is not filtered on.
 */
public record NavigatorNode(NodeKind kind, String label, String path, Long documentId, TableType table,
                            List<NavigatorNode> children, String detail) {
    public NavigatorNode {
        children = List.copyOf(children);
        detail = detail == null ? "" : detail;
    }

    public NavigatorNode(NodeKind kind, String label, String path, Long documentId, TableType table,
                         List<NavigatorNode> children) {
        this(kind, label, path, documentId, table, children, "");
    }

    NavigatorNode withChildren(List<NavigatorNode> newChildren) {
        return new NavigatorNode(kind, label, path, documentId, table, newChildren, detail);
    }

    @Override
    public String toString() {
        return label;
    }
}
