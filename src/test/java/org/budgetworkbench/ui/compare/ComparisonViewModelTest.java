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
        assertThat(List.of(total.key(), total.name(), total.first(), total.second(), total.change(), total.rate()))
                .containsExactly("total", "合计", "2,255.84", "1,804.67", "+451.17", "25.00%");
        assertThat(total.delta()).isEqualByComparingTo("451.17");
        assertThat(total.rateValue().doubleValue()).isCloseTo(0.25, org.assertj.core.api.Assertions.within(0.0001));
        assertThat(total.depth()).isZero();
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

    @Test
    void theHierarchyIsKeptLargeChangesAreMarkedAndTheChartShowsTheClassesByTheSizeOfTheirChange() {
        Document previous = WorkbenchDocuments.previousYear(budget, "0.9");
        ComparisonViewModel vm = new ComparisonViewModel(budget, previous, null, null, Language.CHINESE.bundle());
        vm.chooseTable(TableType.BUDGET_EXPENDITURE);
        assertThat(vm.lines()).filteredOn(l -> l.key().equals("2010301")).singleElement()
                .extracting(ComparisonViewModel.Line::depth).isEqualTo(2);
        assertThat(vm.lines()).filteredOn(l -> l.key().equals("20103")).singleElement()
                .extracting(ComparisonViewModel.Line::depth).isEqualTo(1);
        // every figure × 0.9 a year earlier: +11.1 %, below a fifth
        assertThat(vm.lines()).noneMatch(ComparisonViewModel.Line::large);
        ComparisonViewModel up = new ComparisonViewModel(budget, WorkbenchDocuments.previousYear(budget, "0.5"), null,
                null, Language.CHINESE.bundle());
        up.chooseTable(TableType.BUDGET_EXPENDITURE);
        assertThat(up.lines().get(0).large()).isTrue();

        List<ComparisonViewModel.Line> chart = vm.chartLines(12);
        assertThat(chart).isNotEmpty().allMatch(l -> l.key().matches("[0-9]{3}"));
        for (int i = 1; i < chart.size(); i++) {
            assertThat(chart.get(i - 1).delta().abs()).isGreaterThanOrEqualTo(chart.get(i).delta().abs());
        }
    }

    @Test
    void theComparisonExportsAsASheetWithAmountsAsNumbers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        ComparisonViewModel vm = new ComparisonViewModel(budget, WorkbenchDocuments.previousYear(budget, "0.8"), null,
                null, Language.CHINESE.bundle());
        vm.chooseTable(TableType.BUDGET_EXPENDITURE);
        java.nio.file.Path out = dir.resolve("比较.xlsx");
        new org.budgetworkbench.core.export.RowsWorkbookWriter().write("比较", vm.asSheet(), out);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile())) {
            var sheet = wb.getSheet("比较");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(451.17);
            assertThat(sheet.getLastRowNum()).isEqualTo(vm.lines().size() + 1);
        }
    }

    private static StoredDocument stored(long id, String dept, int year, DocumentKind kind) {
        return new StoredDocument(id, dept, year, kind, null, Instant.EPOCH, 1, "imported");
    }
}
