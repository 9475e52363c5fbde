package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withText;

import java.math.BigDecimal;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** The year-on-year changes stated for “三公”经费 and its parts fit together. */
class ThreePublicChangesConsistentTest {
    private static final String SECTION = "九、财政拨款“三公”经费支出决算情况说明";
    private static final Document FINAL = fin(table(TableType.FINAL_THREE_PUBLIC, row("total", "合计",
            "final_total", "20.00", "final_overseas", "0", "final_vehicle", "20.00", "final_reception", "0")));

    private static Document said(String totalChange, String overseas, String vehicleChange) {
        return withText(FINAL, SECTION,
                "“三公”经费财政拨款支出决算为20.00万元，较上年增加" + totalChange + "万元。",
                "1、因公出国(境)费支出决算为0万元。" + overseas,
                "2、公务用车购置及运行费支出决算为20.00万元，较上年增加" + vehicleChange + "万元。",
                "3、公务接待费支出决算为0万元。");
    }

    @Test
    void aPartCannotHaveFallenWhenTheTotalLeavesNoRoomForIt() {
        Document broken = said("2.00", "决算数较上年减少的主要原因是无出国安排。", "2.00");
        assertThat(new ThreePublicChangesConsistent().check(broken)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.TEXT_ARITHMETIC);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.found()).isEqualTo(new BigDecimal("0.00"));
            assertThat(f.where().section()).isEqualTo(SECTION);
            assertThat(f.where().quote()).isEqualTo("决算数较上年减少的主要原因是无出国安排。");
        });
    }

    @Test
    void aFallIsPossibleWhenTheTotalRoseLessThanThePart() {
        // last year: total 18, 公务用车 15, so 因公出国(境)费 + 公务接待费 were 3 and 因公出国(境)费 may have fallen to 0
        Document ok = said("2.00", "决算数较上年减少的主要原因是无出国安排。", "5.00");
        assertThat(new ThreePublicChangesConsistent().check(ok)).isEmpty();
    }

    @Test
    void aPartAtZeroCannotHaveRisen() {
        Document broken = said("2.00", "决算数较上年增加的主要原因是出访增多。", "5.00");
        assertThat(new ThreePublicChangesConsistent().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.where().quote()).contains("较上年增加的主要原因"));
    }

    @Test
    void partChangesAddUpToTheTotalChange() {
        Document d = budget(table(TableType.BUDGET_THREE_PUBLIC, row("total", "合计", "total", "36.00",
                "overseas", "0", "vehicle", "35.00", "reception", "1.00")));
        String head = "一般公共预算财政拨款安排“三公”经费预算 36.00 万元，比 2023 年预算增加 ";
        String parts = "1. 因公出国(境)经费预算 0.00 万元，与 2023 年预算无变化。";
        Document broken = withText(d, "七、一般公共预算“三公”经费支出安排情况", head + "6.00 万元。", parts,
                "2. 公务用车购置及运行维护费 35.00 万元，比 2023 年预算增加 3.50 万元。",
                "3. 公务接待费预算 1.00 万元，比 2023 年预算增加 1.00 万元。");
        assertThat(new ThreePublicChangesConsistent().check(broken)).singleElement().satisfies(f -> {
            assertThat(f.found()).isEqualTo(new BigDecimal("6.00"));
            assertThat(f.expected()).isEqualTo(new BigDecimal("4.50"));
        });
        Document ok = withText(d, "七、一般公共预算“三公”经费支出安排情况", head + "4.50 万元。", parts,
                "2. 公务用车购置及运行维护费 35.00 万元，比 2023 年预算增加 3.50 万元。",
                "3. 公务接待费预算 1.00 万元，比 2023 年预算增加 1.00 万元。");
        assertThat(new ThreePublicChangesConsistent().check(ok)).isEmpty();
    }

    @Test
    void withoutAStatedTotalChangeNothingIsInferred() {
        Document d = withText(FINAL, SECTION, "“三公”经费财政拨款支出决算为20.00万元。",
                "1、因公出国(境)费支出决算为0万元。决算数较上年减少的主要原因是无出国安排。");
        assertThat(new ThreePublicChangesConsistent().check(d)).isEmpty();
    }
}
