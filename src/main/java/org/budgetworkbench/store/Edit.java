package org.budgetworkbench.store;

import java.time.Instant;

/**
 * One correction (修改记录): where in the document ({@code budget.expenditure/221/total},
 * {@code target/年度目标1/…}), the value before and after, and when.
 */
public record Edit(long id, long documentId, String place, String oldValue, String newValue, Instant at) {
}
