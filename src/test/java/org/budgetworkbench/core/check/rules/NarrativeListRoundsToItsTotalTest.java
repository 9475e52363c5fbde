package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.withText;

import java.math.BigDecimal;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.junit.jupiter.api.Test;

/** A total and the parts its 其中 / 包括 list gives, 0.01 apart: a rounding note, in two phrasings. */
class NarrativeListRoundsToItsTotalTest {
    private static final NarrativeListRoundsToItsTotal RULE = new NarrativeListRoundsToItsTotal();

    @Test
    void aProcurementTotalOneCentFromItsListedPartsIsARoundingNote() {
        var broken = withText(fin(), "（二）政府采购支出情况", "本部门2024年度政府采购金额为 2319.21 万元，其中：货物采购金额"
                + " 122.43 万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元。");
        assertThat(RULE.check(broken)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.kind()).isEqualTo(FindingKind.ROUNDING);
            assertThat((BigDecimal) f.found()).isEqualByComparingTo("2319.21");
            assertThat((BigDecimal) f.expected()).isEqualByComparingTo("2319.22");
            assertThat(f.where().quote()).contains("2319.21").contains("809.07");
        });
        var right = withText(fin(), "（二）政府采购支出情况", "本部门2024年度政府采购金额为 2319.22 万元，其中：货物采购金额"
                + " 122.43 万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元。");
        assertThat(RULE.check(right)).isEmpty();
    }

    @Test
    void aListAfterIncludingWithSemicolonsIsReadTheSameWay() {
        var broken = withText(budget(), "七、机关运行经费", "2024年机关运行经费预算 10.00 万元，包括办公费 3.33 万元；"
                + "印刷费 3.33 万元；水电费 3.33 万元。");
        assertThat(RULE.check(broken)).singleElement()
                .satisfies(f -> assertThat((BigDecimal) f.expected()).isEqualByComparingTo("9.99"));
        var right = withText(budget(), "七、机关运行经费", "2024年机关运行经费预算 9.99 万元，包括办公费 3.33 万元；"
                + "印刷费 3.33 万元；水电费 3.33 万元。");
        assertThat(RULE.check(right)).isEmpty();
    }

    @Test
    void aPartialListAChangeAndAListWithinAListAreNotJudged() {
        // some parts only: 其中 names the larger items
        assertThat(RULE.check(withText(budget(), "五、支出", "支出 100.00 万元，其中：办公费 30.00 万元、印刷费 20.00 万元。")))
                .isEmpty();
        // a change after 其中 is not a part
        assertThat(RULE.check(withText(budget(), "五、支出", "支出 100.00 万元，其中：基本支出 60.01 万元，比上年增加"
                + " 39.98 万元。"))).isEmpty();
        // nested: which parts belong to which total is not told
        assertThat(RULE.check(withText(budget(), "五、支出", "支出 100.00 万元，其中：基本支出 60.00 万元（其中人员经费"
                + " 20.00 万元），项目支出 40.01 万元。"))).isEmpty();
    }
}
