package org.budgetworkbench.model;

/**
 * A labelled field of a performance form that is not an indicator (项目总预算, 项目前两年预算及当年预算变动情况,
 * 其中：申请当年预算拨款 …). {@code table} is {@code performance.department} or {@code performance.project};
 * {@code project} names the project where the form is a project's.
 */
public record FormField(String table, String project, String label, String value, CellRef cell) {
}
