package org.budgetworkbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;

class ColumnHeadersTest {
    @Test
    void everyColumnOfEveryTableHasAHeaderInBothLanguages() {
        for (Language l : Language.values()) {
            ResourceBundle b = l.bundle();
            for (TableType t : TableType.values()) {
                for (String c : t.columns()) {
                    assertThat(ColumnHeaders.known(b, t, c)).as(l + " " + t.id() + " " + c).isTrue();
                }
            }
        }
    }

    @Test
    void chineseHeadersFollowTheTemplates() {
        ResourceBundle zh = Language.CHINESE.bundle();
        assertThat(ColumnHeaders.header(zh, TableType.BUDGET_EXPENDITURE, "total")).isEqualTo("合计");
        assertThat(ColumnHeaders.header(zh, TableType.BUDGET_EXPENDITURE, "basic")).isEqualTo("基本支出");
        assertThat(ColumnHeaders.header(zh, TableType.BUDGET_GPB_BASIC, "personnel")).isEqualTo("人员经费");
        assertThat(ColumnHeaders.header(zh, TableType.BUDGET_INCOME, "operating")).isEqualTo("事业单位经营收入");
        assertThat(ColumnHeaders.header(zh, TableType.BUDGET_EXPENDITURE, "operating")).isEqualTo("事业单位经营支出");
        assertThat(ColumnHeaders.header(zh, TableType.BUDGET_SUMMARY, "amount")).isEqualTo("预算数");
        assertThat(ColumnHeaders.header(zh, TableType.FINAL_SUMMARY, "amount")).isEqualTo("决算数");
        assertThat(ColumnHeaders.header(zh, TableType.BUDGET_SUMMARY, "unheard_of")).isEqualTo("unheard_of");
    }
}
