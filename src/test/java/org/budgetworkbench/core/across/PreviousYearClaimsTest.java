package org.budgetworkbench.core.across;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class PreviousYearClaimsTest {
    private static final String DEPT = "某区某局";
    private static final String SECTION = "七、一般公共预算“三公”经费支出安排情况";

    private static Document thisYear(String sentence) {
        return Docs.budget(DEPT, 2024).row(TableType.BUDGET_THREE_PUBLIC, "total", "合计", "total", "36.00")
                .text(SECTION, sentence).build();
    }

    private static Document lastYear(String threePublic) {
        return Docs.budget(DEPT, 2023).row(TableType.BUDGET_THREE_PUBLIC, "total", "合计", "total", threePublic).build();
    }

    @Test
    void aChangeAndRateThatLastYearsDocumentBearsOutHaveNoFinding() {
        Document doc = thisYear("一般公共预算财政拨款安排“三公”经费预算 36.00 万元，比 2023 年预算增加 4.50 万元，增长 14.29%。");
        assertThat(PreviousYearClaims.check(doc, lastYear("31.50"))).isEmpty();
    }

    @Test
    void aChangeLastYearsDocumentContradictsIsFoundWithBothPlaces() {
        Document doc = thisYear("一般公共预算财政拨款安排“三公”经费预算 36.00 万元，比上年预算增加 4.50 万元，增长 14.29%。");
        List<Finding> found = PreviousYearClaims.check(doc, lastYear("30.00"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(PreviousYearClaims.RULE);
            assertThat(f.where().section()).isEqualTo(SECTION);
            assertThat(f.where().quote()).contains("增加 4.50 万元");
            assertThat(f.other()).isEqualTo(FindingPlace.cell("budget.three_public", "total", "total"));
            assertThat(f.found()).isEqualTo(new BigDecimal("4.50"));
            assertThat(f.expected()).isEqualTo(new BigDecimal("6.00"));
            assertThat(f.message()).contains("2023 年预算").contains("30.00");
        });
    }

    @Test
    void theBaseFigureTheTextStatesIsComparedWithLastYearsTable() {
        Document doc = thisYear("“三公”经费预算 36.00 万元，比上年预算数 31.50 万元增加 4.50 万元。");
        assertThat(PreviousYearClaims.check(doc, lastYear("31.50"))).isEmpty();
        assertThat(PreviousYearClaims.check(doc, lastYear("32.50"))).extracting(Finding::found)
                .containsExactly(new BigDecimal("31.50"), new BigDecimal("4.50"));
    }

    @Test
    void aRateAloneIsComparedWhenNoChangeAmountIsGiven() {
        Document doc = thisYear("“三公”经费预算 36.00 万元，比上年下降 10.00%。");
        assertThat(PreviousYearClaims.check(doc, lastYear("40.00"))).isEmpty();
        assertThat(PreviousYearClaims.check(doc, lastYear("45.00"))).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("20.00")));
    }

    @Test
    void flatMeansLastYearHadTheSameFigure() {
        Document doc = thisYear("“三公”经费预算 36.00 万元，与上年持平。");
        assertThat(PreviousYearClaims.check(doc, lastYear("36.00"))).isEmpty();
        assertThat(PreviousYearClaims.check(doc, lastYear("38.00"))).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("38.00")));
    }

    @Test
    void aComparisonWithAnotherYearOrWithTheOtherKindIsNotLastYearsDocument() {
        Document twoYearsAgo = thisYear("“三公”经费预算 36.00 万元，比 2022 年预算增加 4.50 万元。");
        assertThat(PreviousYearClaims.check(twoYearsAgo, lastYear("30.00"))).isEmpty();
        Document againstFinal = thisYear("“三公”经费预算 36.00 万元，比上年决算增加 4.50 万元。");
        assertThat(PreviousYearClaims.check(againstFinal, lastYear("30.00"))).isEmpty();
    }
}
