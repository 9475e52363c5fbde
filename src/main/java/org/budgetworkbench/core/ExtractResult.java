package org.budgetworkbench.core;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.model.Document;

/**
 * What reading one file gives: the document, and the notes an analyst should see — sheets or regions
 * that were skipped because no table was recognised in them.
 */
public record ExtractResult(Path file, Document document, List<String> skipped) {
    public ExtractResult {
        skipped = List.copyOf(skipped);
    }
}
