package org.budgetworkbench.ui.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;

class NarrativeViewModelTest {
    private final NarrativeSection part = new NarrativeSection("第三部分 2024 年部门预算情况说明", 1, 5, List.of());
    private final NarrativeSection one = new NarrativeSection("一、部门收支预算总体安排情况", 2, 5,
            List.of("收入预算 2255.84 万元。"));
    private final NarrativeSection five = new NarrativeSection("五、一般公共预算支出安排情况", 2, 7,
            List.of("一般公共预算支出 2255.84 万元。", "主要安排情况如下：基本支出 1754.25\n万元，占比 77.76%。"));
    private final NarrativeSection sub = new NarrativeSection("（一）机关运行经费", 3, 8, List.of("机关运行经费 195.36 万元。"));
    private final NarrativeSection part4 = new NarrativeSection("第四部分 名词解释", 1, 9, List.of("1. 财政拨款收入"));

    private NarrativeViewModel vm() {
        return new NarrativeViewModel(List.of(part, one, five, sub, part4), Language.CHINESE.bundle());
    }

    @Test
    void headingsNestByLevel() {
        List<NarrativeViewModel.OutlineNode> outline = vm().outline();
        assertThat(outline).extracting(n -> n.section().heading())
                .containsExactly(part.heading(), part4.heading());
        assertThat(outline.get(0).children()).extracting(n -> n.section().heading())
                .containsExactly(one.heading(), five.heading());
        assertThat(outline.get(0).children().get(1).children()).extracting(n -> n.section().heading())
                .containsExactly(sub.heading());
    }

    @Test
    void theFirstSectionIsShownWithItsPage() {
        NarrativeViewModel vm = vm();
        assertThat(vm.selectedProperty().get()).isSameAs(part);
        assertThat(vm.pageText(five)).isEqualTo("第 7 页");
        assertThat(vm.pageText(new NarrativeSection("x", 2, null, List.of()))).isEmpty();
    }

    @Test
    void aFindingOpensItsSectionWithTheQuoteFoundAcrossSpacesAndBreaks() {
        NarrativeViewModel vm = vm();
        vm.focus("五、一般公共预算支出安排情况", "基本支出 1754.25 万元");
        assertThat(vm.selectedProperty().get()).isSameAs(five);
        NarrativeViewModel.Highlight h = vm.highlightProperty().get();
        assertThat(h.paragraph()).isEqualTo(1);
        assertThat(five.paragraphs().get(1).substring(h.start(), h.end())).isEqualTo("基本支出 1754.25\n万元");
    }

    @Test
    void aHeadingThatDoesNotMatchFallsBackToTheSectionHoldingTheQuote() {
        NarrativeViewModel vm = vm();
        vm.focus("七、不存在的标题", "机关运行经费 195.36 万元");
        assertThat(vm.selectedProperty().get()).isSameAs(sub);
        assertThat(vm.highlightProperty().get()).isNotNull();
        vm.focus("一、部门收支预算总体安排情况", null);
        assertThat(vm.selectedProperty().get()).isSameAs(one);
        assertThat(vm.highlightProperty().get()).isNull();
    }

    @Test
    void aHeadingRepeatedInTheContentsListGivesWayToTheOneWhoseTextHoldsTheQuote() {
        NarrativeSection contents = new NarrativeSection("五、一般公共预算支出安排情况", 2, 2, List.of());
        NarrativeViewModel vm = new NarrativeViewModel(List.of(contents, part, one, five, sub),
                Language.CHINESE.bundle());
        vm.focus("五、一般公共预算支出安排情况", "机关运行经费 195.36 万元");
        assertThat(vm.selectedProperty().get()).isSameAs(sub);
        vm.focus("五、一般公共预算支出安排情况", "基本支出 1754.25 万元");
        assertThat(vm.selectedProperty().get()).isSameAs(five);
    }

    @Test
    void quotesAreMatchedIgnoringWhitespaceOnly() {
        assertThat(Quote.find("基本支出 1754.25 万元", "基本支出1754.25万元")).containsExactly(0, 15);
        assertThat(Quote.find("基本支出 1754.24 万元", "基本支出1754.25万元")).isNull();
    }
}
