package org.budgetworkbench.core.across;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class FinalMatchesBudgetTest {
    private static final String DEPT = "某区某局";
    private static final String SECTION = "五、一般公共预算财政拨款支出决算情况说明";

    private static Document fin(String threePublicBudget, String stated) {
        return Docs.fin(DEPT, 2024)
                .row(TableType.FINAL_THREE_PUBLIC, "total", "合计", "budget_total", threePublicBudget,
                        "budget_reception", "6.00", "final_total", "30.00")
                .text(SECTION, "2024年度一般公共预算财政拨款支出年初预算为 " + stated + " 万元，支出决算为 1450.00 万元，"
                        + "完成年初预算的 96.67%。")
                .build();
    }

    private static Document budget() {
        return Docs.budget(DEPT, 2024)
                .row(TableType.BUDGET_THREE_PUBLIC, "total", "合计", "total", "36.00", "reception", "6.00")
                .row(TableType.BUDGET_GPB_EXPENDITURE, "total", "合计", "total", "1500.00", "basic", "1200.00")
                .build();
    }

    @Test
    void aFinalWhoseBudgetFiguresAreTheYearsBudgetHasNoFinding() {
        assertThat(FinalMatchesBudget.check(fin("36.00", "1500.00"), budget())).isEmpty();
    }

    @Test
    void aThreePublicBudgetFigureOtherThanTheBudgetsIsAWarningNamingBothTables() {
        List<Finding> found = FinalMatchesBudget.check(fin("40.00", "1500.00"), budget());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(FinalMatchesBudget.RULE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.where()).isEqualTo(FindingPlace.cell("final.three_public", "total", "budget_total"));
            assertThat(f.other()).isEqualTo(FindingPlace.cell("budget.three_public", "total", "total"));
            assertThat(f.found()).isEqualTo(new BigDecimal("40.00"));
            assertThat(f.expected()).isEqualTo(new BigDecimal("36.00"));
            assertThat(f.message()).contains("2024 年预算");
        });
    }

    @Test
    void aStatedApprovedBudgetOtherThanTheBudgetTablesIsAnErrorOnItsSentence() {
        List<Finding> found = FinalMatchesBudget.check(fin("36.00", "1400.00"), budget());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.where().section()).isEqualTo(SECTION);
            assertThat(f.where().quote()).contains("年初预算为 1400.00 万元");
            assertThat(f.other()).isEqualTo(FindingPlace.cell("budget.gpb_expenditure", "total", "total"));
            assertThat(f.expected()).isEqualTo(new BigDecimal("1500.00"));
        });
    }

    @Test
    void anAdjustedBudgetIsNotTheApprovedOne() {
        Document adjusted = Docs.fin(DEPT, 2024).text(SECTION,
                "一般公共预算财政拨款支出调整后预算为 1400.00 万元，支出决算为 1350.00 万元。").build();
        assertThat(FinalMatchesBudget.check(adjusted, budget())).isEmpty();
    }

    @Test
    void onlyAFinalAgainstTheSameYearsBudget() {
        Document lastYear = Docs.budget(DEPT, 2023).row(TableType.BUDGET_THREE_PUBLIC, "total", "合计", "total", "10.00")
                .build();
        assertThat(FinalMatchesBudget.check(fin("40.00", "1400.00"), lastYear)).isEmpty();
    }
}
