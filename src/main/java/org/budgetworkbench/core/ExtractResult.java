package org.budgetworkbench.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Document;

/**
 * What reading one file gives: the document, and the notes an analyst should see. {@code unread} names every
 * region that holds something but was read as no table and no form ({@link UnreadRegion}); {@code skipped}
 * holds their messages and any other note (a merge of a workbook with its PDF, a test double's notes).
 */
public record ExtractResult(Path file, Document document, List<String> skipped, List<UnreadRegion> unread) {
    public ExtractResult {
        skipped = List.copyOf(skipped);
        unread = List.copyOf(unread);
    }

    /** A result with notes that name no region. */
    public ExtractResult(Path file, Document document, List<String> skipped) {
        this(file, document, skipped, List.of());
    }

    /** A result whose notes are the messages of its unread regions. */
    public static ExtractResult withUnread(Path file, Document document, List<UnreadRegion> unread) {
        List<String> notes = new ArrayList<>();
        unread.forEach(u -> notes.add(u.message()));
        return new ExtractResult(file, document, notes, unread);
    }
}
