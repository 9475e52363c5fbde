package org.budgetworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.WorkbenchDocuments;
import org.junit.jupiter.api.Test;

class ComparisonViewModelTest {
    private final Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);

    @Test
    void yearOverYearShowsBothFiguresTheChangeAndTheRate() {
        Document previous = WorkbenchDocuments.previousYear(budget, "0.8");
        ComparisonViewModel vm = new ComparisonViewModel(budget, previous, null, null, Language.CHINESE.bundle());
        assertThat(vm.comparisons()).extracting(ComparisonViewModel.Comparison::title)
                .containsExactly("2024 年与 2023 年同比");
        vm.chooseTable(TableType.BUDGET_EXPENDITURE);
        assertThat(vm.columnProperty().get().header()).isEqualTo("合计");
        ComparisonViewModel.Line total = vm.lines().get(0);
        // 2255.84 against 1804.67 (× 0.8): +451.17, 25.00%
        assertThat(total).isEqualTo(new ComparisonViewModel.Line("total", "合计", "2,255.84", "1,804.67", "+451.17",
                "25.00%"));
        assertThat(vm.lines()).extracting(ComparisonViewModel.Line::name).contains("2010301 行政运行");
        vm.columnProperty().set(vm.columns().stream().filter(c -> c.id().equals("project")).findFirst().orElseThrow());
        assertThat(vm.lines().get(0).first()).isEqualTo("501.60");
    }

    @Test
    void executionRateIsFinalOverBudgetPerRow() {
        Document fin = WorkbenchDocuments.finalAccounts(budget, "0.9");
        ComparisonViewModel vm = new ComparisonViewModel(budget, null, budget, fin, Language.CHINESE.bundle());
        assertThat(vm.comparisonProperty().get().kind()).isEqualTo(ComparisonViewModel.Kind.EXECUTION);
        assertThat(vm.comparisonProperty().get().rateHeader()).isEqualTo("执行率");
        assertThat(vm.tableProperty().get().type()).isEqualTo(TableType.BUDGET_EXPENDITURE);
        ComparisonViewModel.Line total = vm.lines().get(0);
        assertThat(total.first()).isEqualTo("2,255.84");
        assertThat(total.second()).isEqualTo("2,030.26");
        assertThat(total.rate()).isEqualTo("90.00%");
        assertThat(total.change()).isEmpty();
    }

    @Test
    void partnersAreTheYearBeforeAndTheOtherKindOfTheSameYear() {
        StoredDocument b24 = stored(1, "局", 2024, DocumentKind.BUDGET);
        StoredDocument b23 = stored(2, "局", 2023, DocumentKind.BUDGET);
        StoredDocument f24 = stored(3, "局", 2024, DocumentKind.FINAL);
        StoredDocument other = stored(4, "另一局", 2023, DocumentKind.BUDGET);
        Partners p = Partners.of(b24, List.of(b24, b23, f24, other));
        assertThat(p.previousYear()).contains(b23);
        assertThat(p.budget()).contains(b24);
        assertThat(p.finalAccounts()).contains(f24);
        assertThat(Partners.of(f24, List.of(b24, f24)).hasExecution()).isTrue();
        assertThat(Partners.of(f24, List.of(b24, f24)).previousYear()).isEmpty();
        assertThat(Partners.of(b23, List.of(b24, b23, other)).any()).isFalse();
    }

    private static StoredDocument stored(long id, String dept, int year, DocumentKind kind) {
        return new StoredDocument(id, dept, year, kind, null, Instant.EPOCH, 1, "imported");
    }
}
