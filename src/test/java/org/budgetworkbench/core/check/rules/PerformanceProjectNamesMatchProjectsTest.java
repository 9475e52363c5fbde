package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withFields;

import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** The projects of the department's performance form against the names of the projects table. */
class PerformanceProjectNamesMatchProjectsTest {
    private static final Document PROJECTS = budget(table(TableType.BUDGET_PROJECTS,
            row("total", "合计", "total", "17"),
            row("P001", "值班中心工作经费", "total", "7"),
            row("P002", "金融中心工作经费", "total", "10")));

    private static Document form(String first, String second) {
        return withFields(PROJECTS,
                new FormField("performance.department", null, "项目名称", "项目1: " + first, null),
                new FormField("performance.department", null, "项目本年度预算", "7", null),
                new FormField("performance.department", null, "项目名称", "项目2: " + second, null),
                new FormField("performance.department", null, "项目本年度预算", "10", null));
    }

    @Test
    void aProjectUnderAnotherNameIsNoted() {
        Document d = form("值班中心经费", "金融中心工作经费");
        assertThat(new PerformanceProjectNamesMatchProjects().check(d)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.CROSS_TABLE_MISMATCH);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.where().table()).isEqualTo("performance.department");
            assertThat(f.where().row()).isEqualTo("值班中心经费");
            assertThat(f.where().field()).isEqualTo("项目支出情况/值班中心经费");
            assertThat(f.where().column()).isEqualTo("name");
            assertThat(f.expected()).isEqualTo("值班中心工作经费");
            assertThat(f.other().row()).isEqualTo("P001");
        });
    }

    @Test
    void sameNamesOrNoProjectOfThatAmountAreSilent() {
        assertThat(new PerformanceProjectNamesMatchProjects().check(form("值班中心工作经费", "金融中心工作经费"))).isEmpty();
        Document other = withFields(PROJECTS,
                new FormField("performance.department", null, "项目名称", "项目1: 另一项目", null),
                new FormField("performance.department", null, "项目本年度预算", "99", null));
        assertThat(new PerformanceProjectNamesMatchProjects().check(other)).isEmpty();
    }
}
