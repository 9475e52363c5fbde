package org.budgetworkbench.ui.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;

class PerformanceViewModelTest {
    @Test
    void eachTargetHoldsItsIndicatorsWithTheirLevelsValueAndBasis() {
        Document d = CorpusDocuments.load(CorpusDocuments.BUDGET);
        PerformanceViewModel vm = PerformanceViewModel.forTargets(d.targets(), Language.CHINESE.bundle());
        assertThat(vm.headers()).containsExactly("目标 / 三级指标", "一级指标", "二级指标", "指标值", "依据");
        assertThat(vm.roots()).hasSize(d.targets().size());
        Target first = d.targets().get(0);
        PerformanceNode node = vm.roots().get(0);
        assertThat(node.cells().get(0)).contains(first.label());
        assertThat(node.cells().get(4)).isEqualTo(first.goal());
        assertThat(node.children()).hasSize(first.indicators().size());
        Indicator i = first.indicators().get(0);
        assertThat(node.children().get(0).cells())
                .containsExactly(i.level3(), i.level1(), i.level2(), i.value(), i.basis() == null ? "" : i.basis());
    }

    @Test
    void evaluationsShowTargetActualAndScore() {
        Document d = CorpusDocuments.load(CorpusDocuments.FINAL);
        PerformanceViewModel vm = PerformanceViewModel.forEvaluations(d.evaluations(), Language.CHINESE.bundle());
        assertThat(vm.headers()).contains("年初目标值", "实际完成值", "得分");
        assertThat(vm.roots()).hasSize(d.evaluations().size());
        assertThat(vm.roots().get(0).children()).hasSize(d.evaluations().get(0).indicators().size());
        var ind = d.evaluations().get(0).indicators().get(0);
        assertThat(vm.roots().get(0).children().get(0).cells().get(3)).isEqualTo(ind.target() == null ? ""
                : ind.target());
    }
}
