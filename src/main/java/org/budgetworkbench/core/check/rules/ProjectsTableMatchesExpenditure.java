package org.budgetworkbench.core.check.rules;

import static org.budgetworkbench.core.check.CrossTable.cell;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.CrossTable;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.TableType;

/** 项目支出表 合计 = 支出总表 项目支出 (budget). */
public final class ProjectsTableMatchesExpenditure implements Rule {
    @Override
    public String id() {
        return "cross.projects";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        if (doc.table(TableType.BUDGET_PROJECTS).isPresent()) {
            CrossTable.compare(out, id(), doc, cell(TableType.BUDGET_PROJECTS, "total", "total"),
                    cell(TableType.BUDGET_EXPENDITURE, "total", "project"));
        }
        return out;
    }
}
