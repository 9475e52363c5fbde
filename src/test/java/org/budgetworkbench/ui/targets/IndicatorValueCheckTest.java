package org.budgetworkbench.ui.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorValueCheckTest {
    @Test
    void acceptsAHeadCountAFullRateAndAQualitativeValue() {
        assertThat(IndicatorValueCheck.problem("数量指标", "培训人数", "≥", "18", "人", "")).isNull();
        assertThat(IndicatorValueCheck.compose("≥", "18", "人", "")).isEqualTo("≥18人");
        assertThat(IndicatorValueCheck.problem("质量指标", "培训合格率", "", "100", "%", "")).isNull();
        assertThat(IndicatorValueCheck.problem("时效指标", "完成及时性", "", "", "", "及时")).isNull();
        assertThat(IndicatorValueCheck.compose("", "", "", " 及时 ")).isEqualTo("及时");
        assertThat(IndicatorValueCheck.problem("社会效益指标", "收入增长幅度", "≥", "150", "%", "")).isNull();
    }

    @Test
    void refusesWhatCannotBeRight() {
        assertThat(IndicatorValueCheck.problem("服务对象满意度指标", "群众满意度", "≥", "2000", "%", ""))
                .contains("超过100%");
        assertThat(IndicatorValueCheck.problem("数量指标", "培训人数", "≥", "abc", "人", "")).contains("不是数字");
        assertThat(IndicatorValueCheck.problem("数量指标", "培训人数", "≥", "90", "%", "")).contains("不能用%");
        assertThat(IndicatorValueCheck.problem("数量指标", "培训人数", "", "18.5", "人", "")).contains("整数");
        assertThat(IndicatorValueCheck.problem("质量指标", "合格率", "", "", "", "")).contains("请填写");
        assertThat(IndicatorValueCheck.problem("质量指标", "合格率", "", "95", "%", "及时")).contains("两者");
    }

    @Test
    void a2ndLevelOnlyUnderItsOwn1stLevel() {
        assertThat(IndicatorLevelChoices.level2("产出指标")).containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
        assertThat(IndicatorLevelChoices.level2("满意度指标")).containsExactly("服务对象满意度指标");
        assertThat(IndicatorLevelChoices.level2("成本指标")).containsExactly("经济成本指标", "社会成本指标", "生态环境成本指标");
        assertThat(IndicatorLevelChoices.allowed("效益指标", "数量指标")).isFalse();
        assertThat(IndicatorLevelChoices.level2("数量指标")).isEmpty();
    }
}
