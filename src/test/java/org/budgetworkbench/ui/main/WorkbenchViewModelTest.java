package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.CorpusFindings;
import org.budgetworkbench.ui.CorpusNarrative;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.charts.ChartsViewModel;
import org.budgetworkbench.ui.findings.FindingItem;
import org.budgetworkbench.ui.findings.NavigationTarget;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.narrative.NarrativeViewModel;
import org.budgetworkbench.ui.navigator.NavigatorNode;
import org.budgetworkbench.ui.table.DisclosureTableViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench parts of the main window's view model: findings, where they lead, narrative, charts, drops. */
class WorkbenchViewModelTest {
    @TempDir
    Path dir;

    private final Document finals = CorpusDocuments.load(CorpusDocuments.FINAL);

    private MainWindowViewModel imported(Store store) {
        MainWindowViewModel vm = new MainWindowViewModel(store, CorpusNarrative.source(), CorpusFindings.validator(),
                new Samples(List.of(Path.of("samples"))), Language.CHINESE, null);
        vm.applied(vm.importNow(vm.sampleFiles(), true));
        return vm;
    }

    private String finalPath() {
        return finals.department() + "/2024/final";
    }

    @Test
    void theDocumentNodeShowsItsStatusAndOpenFindingsAndAVerdictLowersTheCount() throws Exception {
        try (Store store = Store.open(dir)) {
            MainWindowViewModel vm = imported(store);
            int defects = CorpusFindings.of(CorpusDocuments.FINAL).size();
            NavigatorNode doc = vm.navigator().find(finalPath());
            assertThat(doc.detail()).isEqualTo("已审核 · " + defects + " 条待处理");

            vm.selectedProperty().set(doc);
            assertThat(vm.findings().all()).hasSize(defects);
            vm.findings().mark(vm.findings().all().get(0), FindingStatus.DISMISSED);
            assertThat(vm.navigator().find(finalPath()).detail()).endsWith((defects - 1) + " 条待处理");
            assertThat(vm.selectedProperty().get().documentId()).isEqualTo(doc.documentId());
        }
    }

    @Test
    void aCellFindingOpensItsTableFocusedOnTheRowWithTheCellMarked() throws Exception {
        try (Store store = Store.open(dir)) {
            MainWindowViewModel vm = imported(store);
            vm.selectedProperty().set(vm.navigator().find(finalPath()));
            FindingItem basic301 = vm.findings().all().stream()
                    .filter(i -> "final.gpb_basic".equals(i.finding().where().table())
                            && "301".equals(i.finding().where().row())).findFirst().orElseThrow();
            NavigationTarget target = vm.findings().target(basic301).orElseThrow();
            vm.go(target);
            assertThat(vm.selectedProperty().get().path()).isEqualTo(finalPath() + "/final.gpb_basic");
            DisclosureTableViewModel t = (DisclosureTableViewModel) vm.contentProperty().get();
            assertThat(t.table().type()).isEqualTo(TableType.FINAL_GPB_BASIC);
            assertThat(t.focusProperty().get()).isEqualTo(new DisclosureTableViewModel.CellFocus("301", "amount"));
            assertThat(t.marksProperty().get().cell("301", "amount")).isEqualTo(basic301.finding().message());

            vm.findings().mark(basic301, FindingStatus.ACCEPTED);
            assertThat(t.marksProperty().get().cell("301", "amount")).isNull();
        }
    }

    @Test
    void aClauseFindingOpensTheNarrativeAtItsSection() throws Exception {
        try (Store store = Store.open(dir)) {
            MainWindowViewModel vm = imported(store);
            // a filter that hides the 情况说明 node: going there clears it
            vm.navigator().filterProperty().set(finals.table(TableType.FINAL_EXPENDITURE).orElseThrow().title());
            vm.selectedProperty().set(vm.navigator().find(finals.department() + "/2024/final/final.expenditure"));
            assertThat(vm.navigator().find(finalPath() + "/narrative")).isNull();
            FindingItem clause = vm.findings().all().stream()
                    .filter(i -> i.finding().where().table() == null && i.finding().where().quote() != null)
                    .findFirst().orElseThrow();
            vm.go(vm.findings().target(clause).orElseThrow());
            assertThat(vm.selectedProperty().get().path()).isEqualTo(finalPath() + "/narrative");
            NarrativeViewModel n = (NarrativeViewModel) vm.contentProperty().get();
            // the named section, or the sub-section under it that holds the quote
            int shown = n.sections().indexOf(n.selectedProperty().get());
            int named = lastBefore(n, shown, clause.finding().where().section());
            assertThat(named).isNotNegative();
            for (int i = named + 1; i <= shown; i++) {
                assertThat(n.sections().get(i).level()).isGreaterThan(n.sections().get(named).level());
            }
            NarrativeViewModel.Highlight h = n.highlightProperty().get();
            String para = n.selectedProperty().get().paragraphs().get(h.paragraph());
            assertThat(para.substring(h.start(), h.end()).replaceAll("\\s", ""))
                    .isEqualTo(clause.finding().where().quote().replaceAll("\\s", ""));
            assertThat(vm.navigator().filterProperty().get()).isEmpty();
        }
    }

    private static int lastBefore(NarrativeViewModel n, int end, String heading) {
        for (int i = end; i >= 0; i--) {
            if (n.sections().get(i).heading().equals(heading)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void chartsOpenForADocumentWithItsDepartmentsDisclosures() throws Exception {
        try (Store store = Store.open(dir)) {
            MainWindowViewModel vm = imported(store);
            vm.selectedProperty().set(vm.navigator().find(finalPath() + "/charts"));
            ChartsViewModel c = (ChartsViewModel) vm.contentProperty().get();
            assertThat(c.byFunction()).isNotEmpty();
            assertThat(c.threePublic()).hasSize(1);
            assertThat(c.yearOverYear()).isEmpty();
        }
    }

    @Test
    void aDropImportsOnlyTheWorkbooksAndPdfs() throws Exception {
        try (Store store = Store.open(dir)) {
            MainWindowViewModel vm = new MainWindowViewModel(store, CorpusDocuments.source(),
                    new Samples(List.of()), Language.CHINESE);
            List<List<Path>> imported = new ArrayList<>();
            FileDrop drop = new FileDrop(vm::importable, imported::add);
            assertThat(drop.accepts(List.of(new File("notes.docx")))).isFalse();
            assertThat(drop.drop(List.of(new File("notes.docx")))).isFalse();
            assertThat(drop.drop(List.of(new File(CorpusDocuments.BUDGET + ".xlsx"), new File("readme.txt"))))
                    .isTrue();
            assertThat(imported).containsExactly(List.of(Path.of(CorpusDocuments.BUDGET + ".xlsx")));
        }
    }
}
