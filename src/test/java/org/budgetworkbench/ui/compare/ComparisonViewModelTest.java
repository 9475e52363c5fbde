package org.budgetworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
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
    void departmentAgainstUnitShowsBothFiguresTheDifferenceAndTheUnitsShareInTheDepartmentsOrder() {
        Document unit = WorkbenchDocuments.unit(budget, "0.6");
        for (ComparisonViewModel vm : List.of(
                new ComparisonViewModel(budget, null, null, null, List.of(unit), Language.CHINESE.bundle()),
                // opened from the unit's document: still the department's figure first
                new ComparisonViewModel(unit, null, null, null, List.of(budget), Language.CHINESE.bundle()))) {
            ComparisonViewModel.Comparison c = vm.comparisonProperty().get();
            assertThat(c.kind()).isEqualTo(ComparisonViewModel.Kind.SCOPE);
            assertThat(c.title()).isEqualTo("部门与单位（" + budget.department() + "）");
            assertThat(List.of(c.firstHeader(), c.secondHeader(), c.rateHeader()))
                    .containsExactly("部门", "单位", "单位占部门");
            vm.chooseTable(TableType.BUDGET_EXPENDITURE);
            ComparisonViewModel.Line total = vm.lines().get(0);
            // 2255.84 × 0.6 = 1353.50: 902.34 less, 60.00% of the department
            assertThat(List.of(total.key(), total.first(), total.second(), total.change(), total.rate()))
                    .containsExactly("total", "2,255.84", "1,353.50", "-902.34", "60.00%");
            assertThat(total.large()).isTrue();
            assertThat(vm.lines()).extracting(ComparisonViewModel.Line::key)
                    .containsSubsequence("201", "20103", "2010301");
            assertThat(vm.chartLines(12)).isNotEmpty().allMatch(l -> l.delta().signum() < 0);
        }
        ComparisonViewModel same = new ComparisonViewModel(budget, null, null, null,
                List.of(WorkbenchDocuments.unit(budget, "1")), Language.CHINESE.bundle());
        same.chooseTable(TableType.BUDGET_EXPENDITURE);
        assertThat(same.lines()).noneMatch(ComparisonViewModel.Line::large);
        assertThat(same.lines().get(0).rate()).isEqualTo("100.00%");
        assertThat(same.chartLines(12)).isEmpty();
    }

    @Test
    void everyComparisonTheStoreHoldsIsOfferedOnePerUnit() {
        Document other = new Document("另一单位", budget.year(), budget.kind(), null, WorkbenchDocuments.unit(budget,
                "0.3").tables(), List.of(), List.of(), List.of(), List.of()).withScope(DocumentScope.UNIT);
        ComparisonViewModel vm = new ComparisonViewModel(budget, WorkbenchDocuments.previousYear(budget, "0.8"),
                budget, WorkbenchDocuments.finalAccounts(budget, "0.9"),
                List.of(WorkbenchDocuments.unit(budget, "0.6"), other), Language.CHINESE.bundle());
        assertThat(vm.comparisons()).extracting(ComparisonViewModel.Comparison::kind).containsExactly(
                ComparisonViewModel.Kind.YEAR_OVER_YEAR, ComparisonViewModel.Kind.EXECUTION,
                ComparisonViewModel.Kind.SCOPE, ComparisonViewModel.Kind.SCOPE);
        vm.comparisonProperty().set(vm.comparisons().get(3));
        assertThat(vm.comparisonProperty().get().title()).isEqualTo("部门与单位（另一单位）");
        vm.chooseTable(TableType.BUDGET_EXPENDITURE);
        assertThat(vm.lines().get(0).second()).isEqualTo("676.75");
    }

    @Test
    void partnersKeepTheScopeApartAndPairTheDepartmentWithEachUnit() {
        StoredDocument dept24 = stored(1, "局", 2024, DocumentKind.BUDGET, DocumentScope.DEPARTMENT);
        StoredDocument unit24 = stored(2, "局", 2024, DocumentKind.BUDGET, DocumentScope.UNIT);
        StoredDocument unit23 = stored(3, "局", 2023, DocumentKind.BUDGET, DocumentScope.UNIT);
        StoredDocument unitFinal = stored(4, "局", 2024, DocumentKind.FINAL, DocumentScope.UNIT);
        StoredDocument otherDept = stored(5, "另一局", 2024, DocumentKind.BUDGET, DocumentScope.UNIT);
        List<StoredDocument> all = List.of(dept24, unit24, unit23, unitFinal, otherDept);
        Partners ofDept = Partners.of(dept24, all);
        assertThat(ofDept.otherScope()).containsExactly(unit24);
        // the unit's last year is not the department's, the department's final accounts are not the unit's
        assertThat(ofDept.previousYear()).isEmpty();
        assertThat(ofDept.hasExecution()).isFalse();
        assertThat(ofDept.any()).isTrue();
        Partners ofUnit = Partners.of(unit24, all);
        assertThat(ofUnit.otherScope()).containsExactly(dept24);
        assertThat(ofUnit.previousYear()).contains(unit23);
        assertThat(ofUnit.finalAccounts()).contains(unitFinal);
        assertThat(Partners.of(otherDept, all).any()).isFalse();
    }

    @Test
    void unitsStoredUnderTheirOwnNamesArePairedWithTheDepartmentThatListsThem() {
        Document dept = new Document("某区教育局", 2024, DocumentKind.BUDGET, null, List.of(
                new org.budgetworkbench.model.DisclosureTable(TableType.BUDGET_INCOME, "收入总表", null, List.of(
                        row("unit:101", "某区教育局", "300.00"), row("unit:101001", "某区教育局（本级）", "100.00"),
                        row("unit:101002", "某区第一中学", "200.00")))), List.of(), List.of(), List.of(), List.of());
        StoredDocument self = stored(1, "某区教育局", 2024, DocumentKind.BUDGET, DocumentScope.DEPARTMENT);
        StoredDocument school = stored(2, "某区 第一中学", 2024, DocumentKind.BUDGET, DocumentScope.DEPARTMENT);
        StoredDocument own = stored(3, "某区教育局本级", 2024, DocumentKind.BUDGET, DocumentScope.DEPARTMENT);
        StoredDocument schoolLastYear = stored(4, "某区第一中学", 2023, DocumentKind.BUDGET, DocumentScope.DEPARTMENT);
        StoredDocument unlisted = stored(5, "某区第二中学", 2024, DocumentKind.BUDGET, DocumentScope.DEPARTMENT);
        List<StoredDocument> all = List.of(self, school, own, schoolLastYear, unlisted);
        assertThat(Partners.unitsListedBy(self, dept, all)).containsExactly(school, own);
        assertThat(Partners.unitsListedBy(stored(6, "某区教育局", 2024, DocumentKind.BUDGET, DocumentScope.UNIT), dept,
                all)).isEmpty();
    }

    private static org.budgetworkbench.model.Row row(String key, String name, String total) {
        return new org.budgetworkbench.model.Row(key, name, java.util.Map.of("total", new java.math.BigDecimal(total)));
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

    private static StoredDocument stored(long id, String dept, int year, DocumentKind kind, DocumentScope scope) {
        return new StoredDocument(id, dept, year, kind, scope, null, Instant.EPOCH, 1, "imported");
    }
}
