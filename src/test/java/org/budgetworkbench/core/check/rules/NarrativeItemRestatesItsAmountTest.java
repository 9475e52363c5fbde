package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.withText;

import java.math.BigDecimal;
import org.budgetworkbench.model.Severity;
import org.junit.jupiter.api.Test;

/** An item's amount restated in its own text with another figure, in the budget's and the final account's forms. */
class NarrativeItemRestatesItsAmountTest {
    private static final NarrativeItemRestatesItsAmount RULE = new NarrativeItemRestatesItsAmount();

    private static String budgetItem(String restated) {
        return "“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”938.99万元，主要用于机关日常运转。"
                + "2024年预算数为 " + restated + " 万元，比2023年预算数 900.00 万元增加 38.99 万元。"
                + "“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”20.00万元，主要用于医疗保障。";
    }

    @Test
    void aBudgetItemRestatingAnotherFigureIsAWarningOnTheRestatement() {
        assertThat(RULE.check(withText(budget(), "五、一般公共预算支出情况", budgetItem("939.89")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat((BigDecimal) f.found()).isEqualByComparingTo("939.89");
                    assertThat((BigDecimal) f.expected()).isEqualByComparingTo("938.99");
                    assertThat(f.where().quote()).contains("2024年预算数为 939.89 万元");
                });
        assertThat(RULE.check(withText(budget(), "五、一般公共预算支出情况", budgetItem("938.99")))).isEmpty();
        // the next item's amount and the previous year's budget are not this item's restatement
        assertThat(RULE.check(withText(budget(), "五、一般公共预算支出情况", budgetItem("938.99")
                + "上年预算数为 18.00 万元。"))).isEmpty();
    }

    @Test
    void aFinalAccountItemInTheDashFormIsHeldToItsActualNotItsOpeningBudget() {
        String broken = "“一般公共服务支出-商贸事务-行政运行”科目1,202.95万元，年初预算为 1,100.00 万元，支出决算为"
                + " 1,202.59 万元，完成年初预算的 109.33%。";
        assertThat(RULE.check(withText(fin(), "（三）一般公共预算财政拨款支出决算具体情况", broken))).singleElement()
                .satisfies(f -> assertThat((BigDecimal) f.found()).isEqualByComparingTo("1202.59"));
        String right = broken.replace("1,202.59", "1,202.95");
        assertThat(RULE.check(withText(fin(), "（三）一般公共预算财政拨款支出决算具体情况", right))).isEmpty();
    }
}
