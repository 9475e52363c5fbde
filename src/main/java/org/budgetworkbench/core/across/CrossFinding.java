package org.budgetworkbench.core.across;

import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;

/**
 * A finding of a check across documents (跨文档发现): the finding as it stands in {@code subject} (its
 * {@code where}), and the {@code partner} document its {@code other} place is in (null when it compares with
 * several, e.g. a department with the sum of its units).
 */
public record CrossFinding(Document subject, Finding finding, Document partner) {
}
