package org.budgetworkbench.ui.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.WorkbenchDocuments;
import org.junit.jupiter.api.Test;

/** 修改记录 under every document; 比较 only where the store holds a partner to compare with. */
class WorkbenchNodesTest {
    private final Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);

    private static LoadedDocument loaded(long id, Document d) {
        return new LoadedDocument(new StoredDocument(id, d.department(), d.year(), d.kind(), "f" + id,
                Instant.EPOCH, 1, "imported"), d);
    }

    @Test
    void compareNodeOnlyWithAPartner() {
        NavigatorViewModel vm = new NavigatorViewModel(Language.CHINESE.bundle());
        vm.setDocuments(List.of(loaded(1, budget)));
        NavigatorNode doc = vm.find(budget.department() + "/2024/budget");
        assertThat(doc.children()).extracting(NavigatorNode::kind).contains(NodeKind.HISTORY)
                .doesNotContain(NodeKind.COMPARE);

        vm.setDocuments(List.of(loaded(1, budget), loaded(2, WorkbenchDocuments.previousYear(budget, "0.8"))));
        NavigatorNode compare = vm.find(budget.department() + "/2024/budget/compare");
        assertThat(compare.kind()).isEqualTo(NodeKind.COMPARE);
        assertThat(compare.label()).isEqualTo("比较");
        assertThat(compare.documentId()).isEqualTo(1L);
        assertThat(compare.kind().opensContent()).isTrue();
        // the earlier year has no year before it in the store
        assertThat(vm.find(budget.department() + "/2023/budget/compare")).isNull();
        assertThat(vm.find(budget.department() + "/2023/budget/history").label()).isEqualTo("修改记录");
    }
}
