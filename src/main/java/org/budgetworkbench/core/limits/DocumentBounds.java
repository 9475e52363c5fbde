package org.budgetworkbench.core.limits;

import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.NarrativeSection;

/**
 * 文档规模检查: what was read from one file, measured against what the checks are built for — the rows of
 * all its tables and the length of each narrative section — before any rule runs over it. A document past them
 * is refused at reading, so checking it can never take longer than the deadline for a lawful one.
 */
public final class DocumentBounds {
    private DocumentBounds() {
    }

    /** @throws LimitExceededException naming the bound the document is past */
    public static void check(Document doc) {
        long rows = 0;
        for (DisclosureTable t : doc.tables()) {
            rows += t.rows().size();
        }
        if (rows > InputLimits.MAX_ROWS_PER_DOCUMENT) {
            throw new LimitExceededException("公开表共有 " + InputLimits.count(rows) + " 行，超过可校验的 "
                    + InputLimits.count(InputLimits.MAX_ROWS_PER_DOCUMENT) + " 行，远超一份部门公开文件所需，已拒绝读取");
        }
        for (NarrativeSection s : doc.narrative()) {
            long chars = 0;
            for (String p : s.paragraphs()) {
                chars += p.length();
            }
            if (chars > InputLimits.MAX_NARRATIVE_SECTION) {
                throw new LimitExceededException("情况说明“" + shortened(s.heading()) + "”一节有 " + InputLimits.count(chars)
                        + " 字，超过可校验的 " + InputLimits.count(InputLimits.MAX_NARRATIVE_SECTION) + " 字，已拒绝读取");
            }
        }
    }

    private static String shortened(String heading) {
        String h = heading == null ? "" : heading.strip();
        return h.length() > 30 ? h.substring(0, 30) + "…" : h;
    }
}
