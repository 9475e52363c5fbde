package org.budgetworkbench.workflow;

import java.nio.file.Path;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.read.DisclosureReadException;

/**
 * Where imported documents come from (文档来源): a file in, its document out. The app passes core's
 * reader; tests pass their own, so the window can be exercised without the readers.
 */
@FunctionalInterface
public interface DocumentSource {
    ExtractResult extract(Path file) throws DisclosureReadException;
}
