package org.budgetworkbench.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.TargetScope;
import org.junit.jupiter.api.Test;

class PlaceTest {

    @Test
    void cellIdIsTableRowColumn() {
        Place p = new Place.Cell(TableType.BUDGET_EXPENDITURE, "221", "total");
        assertThat(p.id()).isEqualTo("budget.expenditure/221/total");
        assertThat(Place.parse("budget.expenditure/221/total")).isEqualTo(p);
    }

    @Test
    void indicatorIdNamesScopeProjectTargetIndexAndField() {
        Place p = new Place.IndicatorField(TargetScope.PROJECT, "政府综合协调经费", "年度绩效目标1", 3, Place.Field.VALUE);
        assertThat(p.id()).isEqualTo("target/project/政府综合协调经费/年度绩效目标1/3/value");
    }

    @Test
    void everyKindOfPlaceSurvivesParseOfItsId() {
        List<Place> places = List.of(
                new Place.Cell(TableType.BUDGET_PROJECTS, "name:办公/后勤 100%经费", "carryover_gpb"),
                new Place.Cell(TableType.FINAL_THREE_PUBLIC, "total", "final_reception"),
                new Place.IndicatorField(TargetScope.DEPARTMENT, null, "长期目标1", 0, Place.Field.HISTORY1),
                new Place.IndicatorField(TargetScope.PROJECT, "某项目", null, 12, Place.Field.BASIS),
                new Place.Form("performance.project", "政府综合协调经费", "其中：申请当年预算拨款"),
                new Place.Form("performance.department", null, "整体绩效目标"),
                new Place.Narrative("五、一般公共预算支出安排情况", 0),
                new Place.Narrative("（一）机关运行经费/情况", 2, "1754.25", 1));
        for (Place p : places) {
            assertThat(Place.parse(p.id())).as(p.id()).isEqualTo(p);
        }
    }

    @Test
    void malformedIdsAreRefusedInChinese() {
        assertThatThrownBy(() -> Place.parse("budget.nonsense/1/total"))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("不认识");
        assertThatThrownBy(() -> Place.parse("budget.expenditure/221"))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("格式错误");
        assertThatThrownBy(() -> Place.parse("target/project/p/t/x/value"))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("不是整数");
        assertThatThrownBy(() -> Place.parse("target/project/p/t/0/colour"))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("未知的指标字段");
        assertThatThrownBy(() -> Place.parse(" "))
                .isInstanceOf(EditRejectedException.class);
    }
}
