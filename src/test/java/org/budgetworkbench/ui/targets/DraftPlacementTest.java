package org.budgetworkbench.ui.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetworkbench.model.Indicator;
import org.junit.jupiter.api.Test;

/** Where a new indicator goes: under its 一级 / 二级, by the standard order, older level names included. */
class DraftPlacementTest {
    private static Indicator ind(String l1, String l2) {
        return new Indicator(l1, l2, "x", "1", List.of(), null);
    }

    private static final List<Indicator> FORM = List.of(ind("产出指标", "数量指标"), ind("产出指标", "数量指标"),
            ind("产出指标", "质量指标"), ind("满意度指标", "服务对象满意度指标"));

    @Test
    void afterTheLastOfItsLevel2ElseOfItsLevel1() {
        assertThat(DraftPlacement.at(FORM, "产出指标", "数量指标")).isEqualTo(2);
        assertThat(DraftPlacement.at(FORM, "产出指标", "时效指标")).isEqualTo(3);
        assertThat(DraftPlacement.at(FORM, "满意度指标", "服务对象满意度指标")).isEqualTo(4);
    }

    @Test
    void aLevel1TheGoalLacksTakesItsPlaceInTheStandardOrder() {
        assertThat(DraftPlacement.at(FORM, "效益指标", "社会效益指标")).isEqualTo(3); // before 满意度
        assertThat(DraftPlacement.at(FORM, "成本指标", "经济成本指标")).isEqualTo(4);
        assertThat(DraftPlacement.at(List.of(), "产出指标", "数量指标")).isZero();
    }

    @Test
    void aFormPrintedWithOlderLevelNamesIsJoinedThroughTheStandardHierarchy() {
        List<Indicator> older = List.of(ind("产出", "数量"), ind("效益", "社会效益"), ind("一、满意度", "服务对象满意度"));
        assertThat(DraftPlacement.at(older, "产出指标", "质量指标")).isEqualTo(1);
        assertThat(DraftPlacement.at(older, "效益指标", "经济效益指标")).isEqualTo(2);
        assertThat(DraftPlacement.at(older, "成本指标", "经济成本指标")).isEqualTo(3);
    }
}
