package org.budgetworkbench.core.read.pdf;

import java.util.List;
import java.util.Set;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.NarrativeSection;

/**
 * What a published PDF gives (PDF 读取结果): its tables as Grids (pages stacked, each row with its page,
 * title lines above each table as rows like a sheet has them), its narrative (情况说明 and the rest of the
 * prose) as sections, the page count, and the pages holding a table found from the alignment of its text alone
 * (no ruling lines), whose reading the document's own arithmetic must confirm.
 */
public record PdfContent(List<Grid> grids, List<NarrativeSection> narrative, int pages, Set<Integer> alignedPages) {
    public PdfContent {
        grids = List.copyOf(grids);
        narrative = List.copyOf(narrative);
        alignedPages = Set.copyOf(alignedPages);
    }

    public PdfContent(List<Grid> grids, List<NarrativeSection> narrative, int pages) {
        this(grids, narrative, pages, Set.of());
    }
}
