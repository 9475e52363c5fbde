package org.budgetworkbench.ui.performance;

import java.util.List;

/** One line of a performance tree: a goal or evaluation with its indicators below, cells in column order. */
public record PerformanceNode(List<String> cells, List<PerformanceNode> children) {
    public PerformanceNode {
        cells = cells.stream().map(c -> c == null ? "" : c).toList();
        children = List.copyOf(children);
    }
}
