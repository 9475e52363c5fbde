package org.budgetworkbench.core.recognize;

import java.util.List;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Target;

/**
 * What the performance forms of a disclosure hold (绩效目标表, 绩效自评表): the targets, the
 * self-evaluations, the other labelled fields, and the regions that were no performance form at all.
 */
public record PerformanceForms(List<Target> targets, List<Evaluation> evaluations, List<FormField> fields,
                               List<GridRegion> unused) {
    public PerformanceForms {
        targets = List.copyOf(targets);
        evaluations = List.copyOf(evaluations);
        fields = List.copyOf(fields);
        unused = List.copyOf(unused);
    }
}
