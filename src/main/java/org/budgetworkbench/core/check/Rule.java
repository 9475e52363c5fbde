package org.budgetworkbench.core.check;

import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;

/**
 * One check a reviewer makes (审核规则): a stable id, and the findings it has on a document. A rule that
 * does not apply to a document (a final-accounts identity on a budget) returns no findings.
 */
public interface Rule {
    /** The stable id findings@1 reports as {@code rule}, e.g. {@code sum.children}. */
    String id();

    List<Finding> check(Document doc);
}
