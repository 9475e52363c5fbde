package org.budgetworkbench.model;

import java.util.List;

/**
 * What a disclosure holds, without its figures (文档目录): its tables by type and printed title, and whether it
 * has performance targets, self-evaluations and a narrative. Enough to list a document in the navigator
 * without reading all its rows, which a store of hundreds of disclosures cannot afford at start-up.
 */
public record DocumentOutline(List<TableEntry> tables, boolean hasTargets, boolean hasEvaluations,
                              boolean hasNarrative) {

    /** One table of the outline: its type and the title it was printed with (may be null). */
    public record TableEntry(TableType type, String title) {
    }

    public DocumentOutline {
        tables = List.copyOf(tables);
    }

    public static DocumentOutline of(Document doc) {
        return new DocumentOutline(doc.tables().stream().map(t -> new TableEntry(t.type(), t.title())).toList(),
                !doc.targets().isEmpty(), !doc.evaluations().isEmpty(), !doc.narrative().isEmpty());
    }
}
