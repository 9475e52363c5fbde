package org.budgetworkbench.core.across;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class UnitsWithinDepartmentTest {
    private static Document department() {
        return Docs.budget("某区教育局", 2024)
                .row(TableType.BUDGET_INCOME, "total", "合计", "total", "300.00")
                .row(TableType.BUDGET_INCOME, "unit:101", "某区教育局", "total", "300.00")
                .row(TableType.BUDGET_INCOME, "unit:101001", "某区教育局（本级）", "total", "100.00")
                .row(TableType.BUDGET_INCOME, "unit:101002", "某区第一中学", "total", "200.00")
                .row(TableType.BUDGET_EXPENDITURE, "total", "合计", "total", "300.00", "basic", "250.00")
                .row(TableType.BUDGET_EXPENDITURE, "205", "教育支出", "total", "300.00")
                .build();
    }

    private static Document unit(String name, String total, String basic) {
        return Docs.budget(name, 2024)
                .row(TableType.BUDGET_INCOME, "total", "合计", "total", total)
                .row(TableType.BUDGET_EXPENDITURE, "total", "合计", "total", total, "basic", basic)
                .row(TableType.BUDGET_EXPENDITURE, "205", "教育支出", "total", total)
                .build();
    }

    @Test
    void unitsThatAddUpToTheDepartmentHaveNoFinding() {
        assertThat(UnitsWithinDepartment.listedUnits(department())).containsExactly("某区教育局（本级）", "某区第一中学");
        assertThat(UnitsWithinDepartment.check(department(),
                List.of(unit("某区教育局本级", "100.00", "80.00"), unit("某区第一中学", "200.00", "170.00")))).isEmpty();
    }

    @Test
    void whenEveryUnitIsPresentTheirSumMustBeTheDepartments() {
        Document dept = department();
        List<CrossFinding> found = UnitsWithinDepartment.check(dept,
                List.of(unit("某区教育局本级", "100.00", "80.00"), unit("某区第一中学", "200.00", "120.00")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.subject()).isSameAs(dept);
            assertThat(c.finding().where()).isEqualTo(FindingPlace.cell("budget.expenditure", "total", "basic"));
            assertThat(c.finding().message()).contains("2 个单位之和 200.00");
        });
    }

    @Test
    void aUnitFigureAboveTheDepartmentsIsFoundEvenWithUnitsMissing() {
        Document dept = department();
        Document school = unit("某区第一中学", "200.00", "260.00");
        List<CrossFinding> found = UnitsWithinDepartment.check(dept, List.of(school));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.subject()).isSameAs(school);
            assertThat(c.partner()).isSameAs(dept);
            assertThat(c.finding().where()).isEqualTo(FindingPlace.cell("budget.expenditure", "total", "basic"));
            assertThat(c.finding().other()).isEqualTo(FindingPlace.cell("budget.expenditure", "total", "basic"));
            assertThat(c.finding().message()).contains("大于所属部门 某区教育局");
        });
    }

    @Test
    void theDepartmentsLineForAUnitIsThatUnitsOwnTotal() {
        Document dept = department();
        Document school = unit("某区第一中学", "210.00", "170.00");
        List<CrossFinding> found = UnitsWithinDepartment.check(dept, List.of(school));
        assertThat(found).anySatisfy(c -> {
            assertThat(c.subject()).isSameAs(dept);
            assertThat(c.partner()).isSameAs(school);
            assertThat(c.finding().where()).isEqualTo(FindingPlace.cell("budget.income", "unit:101002", "total"));
            assertThat(c.finding().other()).isEqualTo(FindingPlace.cell("budget.income", "total", "total"));
        });
    }
}
