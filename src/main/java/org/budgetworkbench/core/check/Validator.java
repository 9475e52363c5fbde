package org.budgetworkbench.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingPlace;

/**
 * The validator (审核): runs every rule of the registry over a document and returns the findings, errors
 * first, then warnings, then notes, each group in the order of the place they point at.
 */
public final class Validator {
    private final List<Rule> rules;

    public Validator() {
        this(Rules.all());
    }

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> validate(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            out.addAll(r.check(doc));
        }
        out.sort(ORDER);
        return out;
    }

    static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.severity().ordinal())
            .thenComparing(f -> placeKey(f.where()));

    private static String placeKey(FindingPlace p) {
        return String.join("\u0001", nz(p.table()), nz(p.target()), nz(p.row()), nz(p.column()),
                nz(p.section()), nz(p.quote()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
