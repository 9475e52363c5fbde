package org.budgetworkbench.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassificationNormaliseTest {

    @Test
    void foldsBracketsAndQuotes() {
        assertThat(Classification.normalise("政府办公厅（室）及相关机构事务"))
                .isEqualTo(Classification.normalise("政府办公厅(室)及相关机构事务"));
        assertThat(Classification.normalise("“两庭”建设")).isEqualTo("\"两庭\"建设");
    }

    @Test
    void dropsWhitespaceIncludingFullWidthSpace() {
        assertThat(Classification.normalise(" 行政\t运行\n")).isEqualTo("行政运行");
        assertThat(Classification.normalise("行政\u3000运行\u00a0")).isEqualTo("行政运行");
    }

    @Test
    void dropsLeadingNumbering() {
        assertThat(Classification.normalise("一、一般公共服务支出")).isEqualTo("一般公共服务支出");
        assertThat(Classification.normalise("（一）一般公共预算拨款")).isEqualTo("一般公共预算拨款");
        assertThat(Classification.normalise("二十三、其他支出")).isEqualTo("其他支出");
        assertThat(Classification.normalise("廿一、其他支出")).isEqualTo("其他支出");
        assertThat(Classification.normalise("3、卫生健康支出")).isEqualTo("卫生健康支出");
        assertThat(Classification.normalise("(2) 教育支出")).isEqualTo("教育支出");
        assertThat(Classification.normalise("十 、节能环保支出")).isEqualTo("节能环保支出");
    }

    @Test
    void keepsANumeralThatBelongsToTheName() {
        // 一般… starts with 一 but has no numbering mark: it must survive, or 十一、一般… would not match it
        assertThat(Classification.normalise("一般公共服务支出")).isEqualTo("一般公共服务支出");
        assertThat(Classification.normalise("十一、一般公共服务支出")).isEqualTo("一般公共服务支出");
        assertThat(Classification.normalise("三公经费")).isEqualTo("三公经费");
        assertThat(Classification.normalise("2.5万元")).isEqualTo("2.5万元");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Classification.normalise(null)).isEmpty();
    }
}
