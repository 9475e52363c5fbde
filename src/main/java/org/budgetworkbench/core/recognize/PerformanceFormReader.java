package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.read.GridRegion;

/**
 * Reads the performance forms of a disclosure (绩效目标申报表, 绩效自评表) from the regions that hold no standard
 * table, in document order. A form may run over several regions (a title sheet with 项目名称 and 项目代码, then
 * 项目绩效总目标, 长期绩效目标表, 年度绩效目标表): what the form said so far carries on until the next form title.
 * Rows the reader does not understand are passed over, so a region may also hold unrelated tables above a form.
 * The row-by-row reading is {@link FormSession}'s.
 */
public final class PerformanceFormReader {

    public PerformanceForms read(List<GridRegion> regions) {
        FormSession session = new FormSession();
        List<GridRegion> unused = new ArrayList<>();
        for (GridRegion region : regions) {
            if (!session.read(region)) {
                unused.add(region);
            }
        }
        session.flush();
        return new PerformanceForms(session.targets, session.evaluations, session.fields, unused);
    }
}
