package org.budgetworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.export.ReviewSheetWriter;
import org.budgetworkbench.core.review.DocumentReview;
import org.budgetworkbench.store.Store;

/**
 * Exporting the review sheet (导出审核检查表) of what the store holds, as the window (文件 → 导出审核检查表…) and the
 * command line ({@code review}) both do: one sheet per department, the overview ranking them.
 */
public final class ReviewSheetExport {
    private final Store store;

    public ReviewSheetExport(Store store) {
        this.store = store;
    }

    /** What the sheet held: departments, documents, and rows not meeting the requirement (不符合要求). */
    public record Result(int departments, int documents, int failingRows) {
    }

    /** Writes the sheet for every department, or one when {@code department} is not null; nothing when none is stored. */
    public Result write(Reviews.Deadline deadline, String department, Path out) throws IOException {
        Map<String, List<DocumentReview>> byDepartment = new LinkedHashMap<>();
        int failing = 0;
        for (Reviews.Entry e : new Reviews(store).all(deadline, department)) {
            byDepartment.computeIfAbsent(e.review().department(), k -> new ArrayList<>()).add(e.review());
            failing += e.review().rows().stream().filter(r -> Boolean.FALSE.equals(r.meets())).count();
        }
        if (byDepartment.isEmpty()) {
            return new Result(0, 0, 0);
        }
        List<ReviewSheetWriter.Department> departments = new ArrayList<>();
        byDepartment.forEach((name, docs) -> departments.add(new ReviewSheetWriter.Department(name, docs)));
        new ReviewSheetWriter().write(departments, out);
        return new Result(departments.size(), byDepartment.values().stream().mapToInt(List::size).sum(), failing);
    }
}
