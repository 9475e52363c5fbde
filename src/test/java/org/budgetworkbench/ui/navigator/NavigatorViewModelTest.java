package org.budgetworkbench.ui.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;

class NavigatorViewModelTest {
    private final Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);
    private final Document finals = CorpusDocuments.load(CorpusDocuments.FINAL);

    private static LoadedDocument loaded(long id, Document d, int version) {
        return new LoadedDocument(new StoredDocument(id, d.department(), d.year(), d.kind(), "f" + id,
                Instant.EPOCH, version, "imported"), d);
    }

    private NavigatorViewModel navigator() {
        NavigatorViewModel vm = new NavigatorViewModel(Language.CHINESE.bundle());
        vm.setDocuments(List.of(loaded(1, budget, 1), loaded(2, finals, 1)));
        return vm;
    }

    @Test
    void departmentYearKindThenTablesByTheirTitles() {
        NavigatorNode root = navigator().visibleRoot();
        assertThat(root.children()).extracting(NavigatorNode::label)
                .containsExactlyInAnyOrder(budget.department(), finals.department());
        NavigatorNode dept = child(root, budget.department());
        NavigatorNode year = child(dept, "2024 年");
        NavigatorNode kind = child(year, "预算");
        assertThat(kind.documentId()).isEqualTo(1L);
        assertThat(kind.children()).extracting(NavigatorNode::label)
                .contains("收支总表", "支出总表", "一般公共预算“三公”经费支出表", "绩效目标")
                .doesNotContain("绩效自评");
        assertThat(child(kind, "支出总表").kind()).isEqualTo(NodeKind.TABLE);

        NavigatorNode fin = child(child(child(root, finals.department()), "2024 年"), "决算");
        assertThat(fin.children()).extracting(NavigatorNode::label).contains("支出决算表", "绩效自评")
                .doesNotContain("绩效目标");
    }

    @Test
    void aUnitsBudgetIsItsOwnNodeBesideTheDepartmentsAndBothSayWhichTheyAre() {
        NavigatorViewModel vm = new NavigatorViewModel(Language.CHINESE.bundle());
        Document unit = budget.withScope(DocumentScope.UNIT);
        vm.setDocuments(List.of(loaded(1, budget, 1), new LoadedDocument(new StoredDocument(3, unit.department(),
                unit.year(), unit.kind(), DocumentScope.UNIT, "f3", Instant.EPOCH, 1, "imported"), unit)));
        NavigatorNode year = child(child(vm.visibleRoot(), budget.department()), "2024 年");
        assertThat(year.children()).extracting(NavigatorNode::label).containsExactly("部门预算", "单位预算");
        assertThat(child(year, "单位预算").documentId()).isEqualTo(3L);
        assertThat(vm.find(budget.department() + "/2024/budget").documentId()).isEqualTo(1L);
        assertThat(vm.find(budget.department() + "/2024/budget-unit").documentId()).isEqualTo(3L);
    }

    @Test
    void theLatestVersionOfADocumentIsListedOnce() {
        NavigatorViewModel vm = new NavigatorViewModel(Language.CHINESE.bundle());
        vm.setDocuments(List.of(loaded(1, budget, 1), loaded(7, budget, 2)));
        NavigatorNode kind = vm.visibleRoot().children().get(0).children().get(0).children().get(0);
        assertThat(kind.documentId()).isEqualTo(7L);
        assertThat(vm.documentCount()).isEqualTo(1);
    }

    @Test
    void filterKeepsMatchesWithTheirAncestors() {
        NavigatorViewModel vm = navigator();
        vm.filterProperty().set("支出总表");
        List<String> paths = leafLabels(vm.visibleRoot());
        assertThat(paths).containsExactly("支出总表");
        assertThat(vm.visibleRoot().children()).extracting(NavigatorNode::label).containsExactly(budget.department());
    }

    @Test
    void aMatchingBranchKeepsItsWholeSubtree() {
        NavigatorViewModel vm = navigator();
        vm.filterProperty().set("决算");
        NavigatorNode fin = vm.find(finals.department() + "/2024/final");
        assertThat(fin).isNotNull();
        // the tables, 绩效自评, 图表 and 修改记录
        assertThat(fin.children()).hasSize(finals.tables().size() + 3);
        assertThat(fin.children()).extracting(n -> n.label()).contains("图表", "修改记录");
        assertThat(vm.find(budget.department() + "/2024/budget")).isNull();
    }

    @Test
    void filterIgnoresCaseAndSpaceAndANonMatchEmptiesTheTree() {
        NavigatorViewModel vm = new NavigatorViewModel(Language.ENGLISH.bundle());
        vm.setDocuments(List.of(loaded(1, budget, 1)));
        vm.filterProperty().set("  BUDGET ");
        assertThat(leafLabels(vm.visibleRoot())).contains("支出总表");
        vm.filterProperty().set("没有这张表");
        assertThat(vm.visibleRoot().children()).isEmpty();
        vm.filterProperty().set("");
        assertThat(vm.visibleRoot().children()).hasSize(1);
    }

    @Test
    void labelsFollowTheLanguage() {
        NavigatorViewModel vm = navigator();
        vm.bundleProperty().set(Language.ENGLISH.bundle());
        assertThat(vm.find(budget.department() + "/2024/budget").label()).isEqualTo("Budget");
        assertThat(vm.find(budget.department() + "/2024/budget/targets").label()).isEqualTo("Performance targets");
    }

    private static NavigatorNode child(NavigatorNode n, String label) {
        return n.children().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow(
                () -> new AssertionError("no " + label + " under " + n.label()));
    }

    private static List<String> leafLabels(NavigatorNode n) {
        List<String> out = new ArrayList<>();
        if (n.children().isEmpty() && n.kind() != NodeKind.ROOT) {
            out.add(n.label());
        }
        n.children().forEach(c -> out.addAll(leafLabels(c)));
        return out;
    }
}
