package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.navigator.NavigatorNode;
import org.budgetworkbench.ui.editing.HistoryViewModel;
import org.budgetworkbench.ui.targets.TargetEditorViewModel;
import org.budgetworkbench.ui.table.DisclosureTableViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {
    @TempDir
    Path dir;

    @Test
    void importingSamplesFillsTheNavigatorAndChoosingATableOpensIt() throws Exception {
        try (Store store = Store.open(dir)) {
            MainWindowViewModel vm = new MainWindowViewModel(store, CorpusDocuments.source(),
                    new Samples(List.of(Path.of("samples"))), Language.CHINESE);
            assertThat(vm.emptyProperty().get()).isTrue();
            assertThat(vm.statusProperty().get()).isEqualTo("共 0 份文档");

            vm.applied(vm.importNow(vm.sampleFiles(), true));
            assertThat(vm.emptyProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).startsWith("已导入 2 份文档");

            String dept = CorpusDocuments.load(CorpusDocuments.BUDGET).department();
            NavigatorNode table = vm.navigator().find(dept + "/2024/budget/budget.expenditure");
            vm.selectedProperty().set(table);
            assertThat(vm.contentProperty().get()).isInstanceOf(DisclosureTableViewModel.class);
            assertThat(vm.locationProperty().get()).contains("支出总表").contains("22 行").contains("万元");

            vm.selectedProperty().set(vm.navigator().find(dept + "/2024/budget/targets"));
            assertThat(vm.contentProperty().get()).isInstanceOf(TargetEditorViewModel.class);

            vm.selectedProperty().set(vm.navigator().find(dept + "/2024/budget/history"));
            assertThat(vm.contentProperty().get()).isInstanceOf(HistoryViewModel.class);

            vm.selectedProperty().set(vm.navigator().find(dept + "/2024"));
            assertThat(vm.contentProperty().get()).isNull();
        }
    }

    @Test
    void switchingLanguageRelabelsWhatIsOpen() throws Exception {
        try (Store store = Store.open(dir)) {
            MainWindowViewModel vm = new MainWindowViewModel(store, CorpusDocuments.source(),
                    new Samples(List.of(Path.of("samples"))), Language.CHINESE);
            vm.applied(vm.importNow(vm.sampleFiles(), true));
            String dept = CorpusDocuments.load(CorpusDocuments.BUDGET).department();
            vm.selectedProperty().set(vm.navigator().find(dept + "/2024/budget/budget.expenditure"));
            vm.languageProperty().set(Language.ENGLISH);
            DisclosureTableViewModel t = (DisclosureTableViewModel) vm.contentProperty().get();
            assertThat(t.columns().get(0).header()).isEqualTo("Total");
            assertThat(vm.navigator().find(dept + "/2024/budget").label()).isEqualTo("Budget");
            assertThat(vm.statusProperty().get()).isEqualTo("2 documents");
        }
    }
}
