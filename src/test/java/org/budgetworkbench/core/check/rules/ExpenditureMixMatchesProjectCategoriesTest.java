package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withFields;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** The department form's 运转类/特定目标类 split against the categories of the projects it lists, in two templates. */
class ExpenditureMixMatchesProjectCategoriesTest {
    private static final ExpenditureMixMatchesProjectCategories RULE = new ExpenditureMixMatchesProjectCategories();

    private static FormField f(String label, String value) {
        return new FormField("performance.department", null, label, value, null);
    }

    /** The Hubei form: 支出构成 lines, then per project 项目名称 / 项目类别 / 项目总预算 / 项目本年度预算. */
    private static Document hubei(String running, String specific, String... categoryAndAmount) {
        List<FormField> fields = new ArrayList<>(List.of(f("合计", "100"), f("人员类项目支出", "40"),
                f("运转类项目支出", running), f("特定目标类项目支出", specific), f("合计", "100")));
        for (int i = 0; i + 1 < categoryAndAmount.length; i += 2) {
            fields.add(f("项目名称", "项目" + (i / 2 + 1) + ": 某某经费"));
            fields.add(f("项目类别", categoryAndAmount[i]));
            fields.add(f("项目总预算", categoryAndAmount[i + 1]));
            fields.add(f("项目本年度预算", categoryAndAmount[i + 1]));
        }
        Document d = budget(table(TableType.BUDGET_EXPENDITURE,
                row("total", "合计", "total", "100", "basic", "50", "project", "50")));
        return withFields(d, fields.toArray(FormField[]::new));
    }

    @Test
    void specificTargetMoneyWhereEveryProjectIsRunningIsAWarningOnThatLine() {
        Document broken = hubei("10", "50", "其他运转", "20", "其他运转", "30");
        assertThat(RULE.check(broken)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.where().table()).isEqualTo("performance.department");
            assertThat(x.where().field()).isEqualTo("支出构成/特定目标类项目支出");
            assertThat(x.where().column()).isEqualTo("amount");
            assertThat(x.found()).isEqualTo(new java.math.BigDecimal("50"));
            assertThat(x.expected().toString()).isEqualTo("0");
        });
        // typed consistently: the running line carries the projects (with 公用经费), the specific line nothing
        assertThat(RULE.check(hubei("60", "0", "其他运转", "20", "其他运转", "30"))).isEmpty();
        // a mixed list: the specific line is the specific projects' sum
        assertThat(RULE.check(hubei("30", "30", "其他运转类", "20", "特定目标类", "30"))).isEmpty();
        assertThat(RULE.check(hubei("10", "50", "其他运转类", "20", "特定目标类", "30"))).singleElement()
                .satisfies(x -> assertThat(x.expected().toString()).isEqualTo("30"));
    }

    @Test
    void anotherTemplatesWordingIsReadTheSameWay() {
        List<FormField> fields = List.of(f("运转类项目", "5"), f("特定目标类项目", "45"),
                f("项目1名称", "信息化运维"), f("项目类型", "大型设施运转类"), f("当年预算", "45"),
                f("项目2名称", "专项整治"), f("项目类型", "特定目标类"), f("当年预算", "5"));
        Document broken = withFields(budget(), fields.toArray(FormField[]::new));
        assertThat(RULE.check(broken)).singleElement()
                .satisfies(x -> assertThat(x.where().field()).isEqualTo("支出构成/特定目标类项目"));
        List<FormField> right = new ArrayList<>(fields);
        right.set(1, f("特定目标类项目", "5.00"));
        assertThat(RULE.check(withFields(budget(), right.toArray(FormField[]::new)))).isEmpty();
    }

    @Test
    void aPartialListOrAnUnknownCategorySaysNothing() {
        // the list holds 30 of the table's 50 of project money: other projects may be the specific ones
        assertThat(RULE.check(hubei("10", "50", "其他运转", "30"))).isEmpty();
        // a category the rule does not know
        assertThat(RULE.check(hubei("10", "50", "其他运转", "20", "基建类", "30"))).isEmpty();
        // no split printed
        assertThat(RULE.check(withFields(budget(), f("项目名称", "某经费"), f("项目类别", "其他运转")))).isEmpty();
    }
}
