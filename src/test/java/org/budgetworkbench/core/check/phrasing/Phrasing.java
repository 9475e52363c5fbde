package org.budgetworkbench.core.check.phrasing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.NarrativeSection;

/**
 * One way of writing the same narrative (同义改写): a rewrite of a document's 情况说明 that a reviewer would read as
 * saying the same thing. {@code flaggedBy} names the rules whose very business is this phrasing (万 for 万元 is what
 * {@code text.unit} exists to flag; 与上年相比 is the correction {@code text.wording} asks for in place of 比…持平):
 * their findings may change, every other rule's findings must not.
 */
public record Phrasing(String name, Set<String> flaggedBy, UnaryOperator<Document> rewrite) {
    public Phrasing {
        flaggedBy = Set.copyOf(flaggedBy);
    }

    /** A rewrite of every heading and paragraph text alike. */
    public static Phrasing text(String name, Set<String> flaggedBy, UnaryOperator<String> f) {
        return sections(name, flaggedBy, s -> new NarrativeSection(f.apply(s.heading()), s.level(), s.page(),
                s.paragraphs().stream().map(f).toList()));
    }

    /** A rewrite section by section (headings alone, paragraphs split …). */
    public static Phrasing sections(String name, Set<String> flaggedBy, UnaryOperator<NarrativeSection> f) {
        return new Phrasing(name, flaggedBy, d -> {
            List<NarrativeSection> out = new ArrayList<>();
            for (NarrativeSection s : d.narrative()) {
                out.add(f.apply(s.heading() == null ? new NarrativeSection("", s.level(), s.page(), s.paragraphs()) : s));
            }
            return d.withNarrative(out);
        });
    }

    /** This phrasing, then {@code next}: the rules either flags are left out of the comparison. */
    public Phrasing then(Phrasing next) {
        Set<String> both = new HashSet<>(flaggedBy);
        both.addAll(next.flaggedBy);
        return new Phrasing(name + " + " + next.name, both, d -> next.rewrite.apply(rewrite.apply(d)));
    }

    public Document apply(Document d) {
        return rewrite.apply(d);
    }

    @Override
    public String toString() {
        return name;
    }
}
