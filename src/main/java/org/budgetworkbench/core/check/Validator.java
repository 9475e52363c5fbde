package org.budgetworkbench.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.core.limits.ProcessingDeadline;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * The validator (审核): runs every rule of the registry over a document and returns the findings, errors
 * first, then warnings, then notes, each group in the order of the place they point at.
 */
public final class Validator {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Validator.class);
    private final List<Rule> rules;

    public Validator() {
        this(Rules.all());
    }

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Checks the document within the {@link ProcessingDeadline} (shared with its reading when both run on one
     * worker).
     *
     * @throws LimitExceededException when the checks run past the deadline, the memory or the stack
     */
    public List<Finding> validate(Document doc) {
        return ProcessingDeadline.run(() -> check(doc));
    }

    private List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            ProcessingDeadline.check();
            try {
                out.addAll(r.check(doc));
            } catch (LimitExceededException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // a template no rule was written for must not cost the document every other check: say which
                // rule could not run, and go on; the details go to the log, not to the analyst
                LOG.warn("规则 {} 检查 {} 时出错", r.id(), doc.displayTitle(), e);
                out.add(new Finding(r.id(), FindingKind.OTHER, Severity.INFO,
                        new FindingPlace(null, null, null, null, null, null, null), null, null,
                        "规则 " + r.id() + " 未能检查本文档（程序未能处理本文档的写法），请人工核对", null));
            }
        }
        out.sort(ORDER);
        return out;
    }

    static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.severity().ordinal())
            .thenComparing(f -> placeKey(f.where()));

    private static String placeKey(FindingPlace p) {
        return String.join("\u0001", nz(p.table()), nz(p.project()), nz(p.target()), nz(p.goal()), nz(p.row()),
                nz(p.indicator()), nz(p.field()), nz(p.column()), nz(p.section()), nz(p.quote()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
