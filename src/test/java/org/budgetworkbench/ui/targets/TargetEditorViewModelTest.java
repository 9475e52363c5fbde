package org.budgetworkbench.ui.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.editing.DocumentEditing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target editor: levels restricted, values checked as typed, saved and still there after reopening. */
class TargetEditorViewModelTest {
    @TempDir
    Path dir;

    @Test
    void levelsValuesSaveAndReopen() {
        Document doc = CorpusDocuments.load(CorpusDocuments.BUDGET);
        long id;
        try (Store store = Store.open(dir.resolve("s"))) {
            id = store.documents().save(doc, "b.xlsx");
            DocumentEditing editing = new DocumentEditing(store, id, doc);
            TargetEditorViewModel vm = new TargetEditorViewModel(editing);
            assertThat(vm.goals()).hasSize(doc.targets().size());
            assertThat(vm.indicators()).isEqualTo(doc.targets().get(0).indicators());
            assertThat(vm.indicatorProperty().get()).isZero();
            assertThat(vm.level1Property().get()).isEqualTo("产出指标");
            assertThat(vm.numberProperty().get()).isEqualTo("100");
            assertThat(vm.unitProperty().get()).isEqualTo("%");

            // 二级 follows 一级
            vm.level1Property().set("满意度指标");
            assertThat(vm.level2Choices()).containsExactly("服务对象满意度指标");
            assertThat(vm.level2Property().get()).isEqualTo("服务对象满意度指标");
            vm.level2Property().set("数量指标");
            assertThat(vm.levelProblemProperty().get()).contains("不在满意度指标之下");
            assertThat(vm.validProperty().get()).isFalse();
            vm.level2Property().set("服务对象满意度指标");
            vm.level3Property().set("群众满意度");

            // a value that cannot be right is refused and nothing is written
            vm.operatorProperty().set("≥");
            vm.numberProperty().set("2000");
            assertThat(vm.valueProblemProperty().get()).contains("超过100%");
            assertThat(vm.save()).isFalse();
            assertThat(vm.messageProperty().get()).contains("超过100%");
            assertThat(store.edits().list(id)).isEmpty();
            vm.numberProperty().set("abc");
            assertThat(vm.valueProblemProperty().get()).contains("不是数字");

            vm.numberProperty().set("95");
            vm.history1Property().set("90%");
            vm.basisProperty().set("上年满意度调查");
            assertThat(vm.validProperty().get()).isTrue();
            assertThat(vm.save()).isTrue();
            Indicator saved = editing.current().targets().get(0).indicators().get(0);
            assertThat(saved.level1()).isEqualTo("满意度指标");
            assertThat(saved.level3()).isEqualTo("群众满意度");
            assertThat(saved.value()).isEqualTo("≥95%");
            assertThat(saved.history()).containsExactly("", "90%");
            assertThat(vm.numberProperty().get()).isEqualTo("95"); // the form shows what was saved

            // add (a draft, stored once named and valued), move, remove — and undo takes back the last
            int n = vm.indicators().size();
            vm.add();
            assertThat(vm.indicators()).hasSize(n + 1);
            int draft = vm.draftRowProperty().get();
            assertThat(draft).isEqualTo(vm.indicatorProperty().get());
            vm.indicatorProperty().set(draft == 0 ? 1 : 0); // left for another row: dropped, nothing stored
            assertThat(vm.draftRowProperty().get()).isEqualTo(-1);
            assertThat(vm.indicators()).hasSize(n);
            vm.indicatorProperty().set(0);
            vm.add();
            vm.level3Property().set("新指标");
            vm.qualitativeProperty().set("及时");
            assertThat(vm.save()).isTrue();
            while (vm.indicatorProperty().get() > 0) {
                vm.move(-1);
            }
            assertThat(vm.indicators().get(0).level3()).isEqualTo("新指标");
            assertThat(vm.indicatorProperty().get()).isZero();
            vm.remove();
            assertThat(vm.indicators()).hasSize(n);
            assertThat(vm.indicators().get(0).level3()).isEqualTo("群众满意度");
            editing.undo();
            assertThat(vm.indicators()).hasSize(n + 1);
            assertThat(vm.indicators().get(0).level3()).isEqualTo("新指标");
            editing.redo();
        }
        try (Store store = Store.open(dir.resolve("s"))) {
            Document back = store.documents().load(id).orElseThrow();
            Indicator first = back.targets().get(0).indicators().get(0);
            assertThat(first.level3()).isEqualTo("群众满意度");
            assertThat(first.value()).isEqualTo("≥95%");
            assertThat(back.targets().get(0).indicators()).hasSize(doc.targets().get(0).indicators().size());
            assertThat(store.edits().list(id)).extracting(e -> e.place())
                    .contains("target/department//长期目标1/0/value", "indicators/department//长期目标1");
        }
    }

    @Test
    void aNewIndicatorStartsUnderTheChosenOnesLevelsAndNeedsAValue() {
        Document doc = CorpusDocuments.load(CorpusDocuments.BUDGET);
        try (Store store = Store.open(dir.resolve("s"))) {
            long id = store.documents().save(doc, "b.xlsx");
            TargetEditorViewModel vm = new TargetEditorViewModel(new DocumentEditing(store, id, doc));
            vm.goalProperty().set(vm.goals().size() - 1);
            String level2 = vm.level2Property().get();
            vm.add();
            assertThat(vm.level2Choices()).contains(level2);
            assertThat(vm.level2Property().get()).isEqualTo(level2);
            assertThat(vm.valueProblemProperty().get()).contains("请填写指标值");
            assertThat(vm.nameProblemProperty().get()).contains("指标名称");
            vm.qualitativeProperty().set("及时");
            assertThat(vm.save()).isFalse();
            assertThat(store.edits().list(id)).isEmpty();
            vm.level3Property().set("按时完成率");
            assertThat(vm.save()).isTrue();
        }
    }

    @Test
    void anAddedIndicatorGoesUnderTheChosenOnesLevelsAndTheStatusLineShowsNoStoredText() {
        Document doc = CorpusDocuments.load(CorpusDocuments.BUDGET);
        try (Store store = Store.open(dir.resolve("s"))) {
            long id = store.documents().save(doc, "b.xlsx");
            DocumentEditing editing = new DocumentEditing(store, id, doc);
            TargetEditorViewModel vm = new TargetEditorViewModel(editing);
            java.util.List<Indicator> before = java.util.List.copyOf(vm.indicators());
            int chosen = -1;
            for (int i = 0; i < before.size(); i++) {
                if (!"产出指标".equals(before.get(i).level1())) {
                    chosen = i;
                    break;
                }
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(chosen >= 0, "the first target has only 产出指标");
            Indicator under = before.get(chosen);
            vm.indicatorProperty().set(chosen);
            vm.add();
            vm.level3Property().set("补充指标");
            vm.qualitativeProperty().set("有效提升");
            assertThat(vm.save()).isTrue();
            java.util.List<Indicator> after = editing.current().targets().get(0).indicators();
            assertThat(after).hasSize(before.size() + 1);
            int added = vm.indicatorProperty().get();
            assertThat(after.get(added).level1()).isEqualTo(under.level1());
            assertThat(after.get(added).level2()).isEqualTo(under.level2());
            // right after the last of its group, not at the end of the form
            for (int i = chosen; i < added; i++) {
                assertThat(after.get(i).level2()).isEqualTo(under.level2());
            }
            assertThat(editing.messageProperty().get()).doesNotContain("[", "{", "\"");
        }
    }
}
