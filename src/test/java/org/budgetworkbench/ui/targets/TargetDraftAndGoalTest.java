package org.budgetworkbench.ui.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.editing.DocumentEditing;
import org.budgetworkbench.ui.editing.HistoryViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 添加指标 as a draft (shown, not stored, not checked) until complete, then stored as one undoable change under its
 * 一级指标; and the goal's text edited as one undoable change, in 修改记录.
 */
class TargetDraftAndGoalTest {
    @TempDir
    Path dir;
    private Store store;
    private long id;
    private DocumentEditing editing;
    private TargetEditorViewModel vm;

    static Document fixture() {
        Target goal = new Target(TargetScope.DEPARTMENT, null, null, TargetPeriod.ANNUAL, "年度目标1", "保障机关正常运转",
                List.of(new Indicator("产出指标", "数量指标", "培训人数", "≥100人", List.of(), null),
                        new Indicator("产出指标", "质量指标", "培训合格率", "≥95%", List.of(), null),
                        new Indicator("效益指标", "社会效益指标", "群众知晓度", "有效提升", List.of(), null),
                        new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", List.of(), null)));
        return new Document("测试局", 2025, DocumentKind.BUDGET, "万元", List.of(), List.of(goal), List.of(), List.of(),
                List.of());
    }

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("s"));
        Document doc = fixture();
        id = store.documents().save(doc, "测试局.xlsx");
        editing = new DocumentEditing(store, id, doc);
        vm = new TargetEditorViewModel(editing);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Indicator> stored() {
        return store.documents().load(id).orElseThrow().targets().get(0).indicators();
    }

    @Test
    void aDraftIsShownButNotStoredUntilValidThenStoredAsOneChangeThatUndoRemoves() {
        vm.indicatorProperty().set(0);
        vm.add();
        // under the chosen one's 一级 / 二级: after 培训人数, before 培训合格率
        assertThat(vm.draftRowProperty().get()).isEqualTo(1);
        assertThat(vm.isDraft(1)).isTrue();
        assertThat(vm.indicatorProperty().get()).isEqualTo(1);
        assertThat(vm.indicators()).hasSize(5);
        assertThat(vm.level1Property().get()).isEqualTo("产出指标");
        assertThat(vm.level2Property().get()).isEqualTo("数量指标");
        assertThat(vm.level3Property().get()).isEmpty();
        // not in the document: neither stored nor seen by the validator, which checks editing.current()
        assertThat(editing.current().targets().get(0).indicators()).hasSize(4);
        assertThat(stored()).hasSize(4);

        assertThat(vm.save()).isFalse();
        assertThat(vm.messageProperty().get()).contains("指标名称");
        vm.level3Property().set("培训场次");
        vm.operatorProperty().set("≥");
        vm.numberProperty().set("十二");
        assertThat(vm.save()).isFalse();
        assertThat(vm.messageProperty().get()).contains("不是数字");
        assertThat(store.edits().list(id)).isEmpty();

        vm.numberProperty().set("12");
        vm.unitProperty().set("次");
        assertThat(vm.save()).isTrue();
        assertThat(vm.draftRowProperty().get()).isEqualTo(-1);
        assertThat(store.edits().list(id)).hasSize(1);
        assertThat(stored()).extracting(Indicator::level3)
                .containsExactly("培训人数", "培训场次", "培训合格率", "群众知晓度", "群众满意度");
        assertThat(stored().get(1).value()).isEqualTo("≥12次");
        assertThat(vm.indicatorProperty().get()).isEqualTo(1);
        assertThat(vm.messageProperty().get()).contains("培训场次").doesNotContain("[", "{");
        assertThat(editing.messageProperty().get()).doesNotContain("[", "{", "\"");

        editing.undo();
        assertThat(stored()).hasSize(4);
        assertThat(vm.indicators()).extracting(Indicator::level3).doesNotContain("培训场次");
        assertThat(editing.messageProperty().get()).startsWith("已撤销").doesNotContain("[", "{");
    }

    @Test
    void theDraftFollowsTheLevel1ChosenForItAndCancellingStoresNothing() {
        vm.indicatorProperty().set(0);
        vm.add();
        vm.level1Property().set("满意度指标");
        assertThat(vm.level2Property().get()).isEqualTo("服务对象满意度指标");
        assertThat(vm.draftRowProperty().get()).isEqualTo(4);
        vm.level1Property().set("效益指标");
        assertThat(vm.draftRowProperty().get()).isEqualTo(3);
        vm.level1Property().set("成本指标");
        assertThat(vm.draftRowProperty().get()).isEqualTo(4);
        assertThat(vm.indicators()).hasSize(5);
        vm.cancelDraft();
        assertThat(vm.draftRowProperty().get()).isEqualTo(-1);
        assertThat(vm.indicators()).hasSize(4);
        assertThat(vm.messageProperty().get()).contains("放弃");

        // an edit elsewhere keeps the open draft and what is typed in it; stored is only that edit
        vm.indicatorProperty().set(0);
        vm.add();
        vm.level3Property().set("半截指标");
        editing.set(new org.budgetworkbench.core.edit.Place.Goal(TargetScope.DEPARTMENT, null, "年度目标1"), "新目标");
        assertThat(vm.draftRowProperty().get()).isEqualTo(1);
        assertThat(vm.level3Property().get()).isEqualTo("半截指标");
        assertThat(store.edits().list(id)).hasSize(1);
        editing.undo();
        assertThat(vm.draftRowProperty().get()).isEqualTo(1);
        // left incomplete for another row: dropped, and nothing of it stored
        vm.indicatorProperty().set(0);
        assertThat(vm.draftRowProperty().get()).isEqualTo(-1);
        assertThat(vm.indicators()).hasSize(4);
        assertThat(vm.messageProperty().get()).contains("放弃");
        assertThat(stored()).extracting(Indicator::level3).doesNotContain("半截指标");
    }

    @Test
    void aSecondAddGoesBackToTheOpenDraft() {
        vm.add();
        int draft = vm.draftRowProperty().get();
        vm.add();
        assertThat(vm.indicators()).hasSize(5);
        assertThat(vm.indicatorProperty().get()).isEqualTo(draft);
        assertThat(vm.messageProperty().get()).contains("尚未保存");
    }

    @Test
    void theGoalTextIsEditedAsOneUndoableChangeInTheHistory() {
        assertThat(vm.goalTextProperty().get()).isEqualTo("保障机关正常运转");
        assertThat(vm.goalEditedProperty().get()).isFalse();
        assertThat(vm.saveGoal()).isFalse();

        vm.goalTextProperty().set("保障机关高效运转，提升服务水平 ");
        assertThat(vm.goalEditedProperty().get()).isTrue();
        assertThat(vm.saveGoal()).isTrue();
        assertThat(vm.goalEditedProperty().get()).isFalse();
        assertThat(store.documents().load(id).orElseThrow().targets().get(0).goal())
                .isEqualTo("保障机关高效运转，提升服务水平");
        assertThat(store.edits().list(id)).extracting(e -> e.place()).containsExactly("goal/department//年度目标1");
        assertThat(editing.messageProperty().get()).isEqualTo("已修改 部门整体 年度目标1 目标内容");

        HistoryViewModel history = new HistoryViewModel(store.edits(), id, "修改记录", editing,
                java.time.ZoneOffset.UTC);
        assertThat(history.lines()).hasSize(1);
        HistoryViewModel.Line line = history.lines().get(0);
        assertThat(line.place()).isEqualTo("部门整体 年度目标1 目标内容");
        assertThat(line.oldValue()).isEqualTo("保障机关正常运转");
        history.revert(line);
        assertThat(editing.current().targets().get(0).goal()).isEqualTo("保障机关正常运转");
        assertThat(vm.goalTextProperty().get()).isEqualTo("保障机关正常运转");

        editing.undo(); // the revert
        editing.undo(); // the edit
        assertThat(vm.goalTextProperty().get()).isEqualTo("保障机关正常运转");
        assertThat(store.documents().load(id).orElseThrow().targets().get(0).goal()).isEqualTo("保障机关正常运转");
    }

    @Test
    void goalTextBeingTypedSurvivesAnIndicatorSave() {
        vm.goalTextProperty().set("尚未保存的目标");
        vm.level3Property().set("培训人次");
        assertThat(vm.save()).isTrue();
        assertThat(vm.goalTextProperty().get()).isEqualTo("尚未保存的目标");
        assertThat(vm.goalEditedProperty().get()).isTrue();
    }
}
