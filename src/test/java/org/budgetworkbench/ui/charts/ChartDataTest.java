package org.budgetworkbench.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.catalog.FunctionClassification;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;

class ChartDataTest {
    private final Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);
    private final Document finals = CorpusDocuments.load(CorpusDocuments.FINAL);

    @Test
    void functionSlicesAreTheClassRowsOfTheExpenditureTableAndAddUpToItsTotal() {
        List<ChartData.Slice> slices = ChartData.byFunction(budget);
        DisclosureTable t = budget.table(TableType.BUDGET_EXPENDITURE).orElseThrow();
        assertThat(slices).extracting(ChartData.Slice::code).containsExactly("201", "208", "210", "221");
        for (ChartData.Slice s : slices) {
            assertThat(s.amount()).isEqualByComparingTo(t.row(s.code()).orElseThrow().amount("total"));
            assertThat(s.label()).isEqualTo(FunctionClassification.get().find(s.code()).orElseThrow().name());
        }
        assertThat(sum(slices)).isEqualByComparingTo(t.row(RowKeys.TOTAL).orElseThrow().amount("total"));
    }

    @Test
    void economicSlicesComeFromTheBasicExpenditureTableOfEitherKind() {
        assertThat(ChartData.byEconomic(budget)).extracting(ChartData.Slice::code)
                .containsExactly("301", "302", "303");
        assertThat(sum(ChartData.byEconomic(budget))).isEqualByComparingTo(
                budget.table(TableType.BUDGET_GPB_BASIC).orElseThrow().row(RowKeys.TOTAL).orElseThrow().amount("total"));
        List<ChartData.Slice> fin = ChartData.byEconomic(finals);
        DisclosureTable basic = finals.table(TableType.FINAL_GPB_BASIC).orElseThrow();
        // 310 is printed with nothing in it: a pie has no slice for it
        assertThat(basic.row("310").orElseThrow().amount("amount").signum()).isZero();
        assertThat(fin).extracting(ChartData.Slice::code).containsExactly("301", "302", "303");
        assertThat(fin).allSatisfy(s -> assertThat(s.amount())
                .isEqualByComparingTo(basic.row(s.code()).orElseThrow().amount("amount")));
        assertThat(fin.get(0).label()).isEqualTo("工资福利支出");
    }

    @Test
    void aClassPrintedOnlyThroughItsSubclassesIsTheirSum() {
        DisclosureTable t = new DisclosureTable(TableType.BUDGET_EXPENDITURE, null, null, List.of(
                row("20101", "10"), row("20103", "5.5"), row("2080501", "3"), row("2080502", "1")));
        List<ChartData.Slice> slices = ChartData.byClass(t, "total", FunctionClassification.get());
        assertThat(slices).extracting(ChartData.Slice::code).containsExactly("201", "208");
        assertThat(slices.get(0).amount()).isEqualByComparingTo("15.5");
        assertThat(slices.get(1).amount()).isEqualByComparingTo("4");
    }

    @Test
    void threePublicByYearTakesTheBudgetTotalsAndTheFinalAccountsFinalColumns() {
        Document earlierFinal = new Document(budget.department(), 2023, DocumentKind.FINAL, null,
                finals.tables(), null, null, null, null);
        List<ChartData.ThreePublic> bars = ChartData.threePublic(List.of(budget, earlierFinal));
        assertThat(bars).extracting(ChartData.ThreePublic::year).containsExactly(2023, 2024);
        ChartData.ThreePublic fin = bars.get(0);
        assertThat(fin.total()).isEqualByComparingTo("29.57");
        assertThat(fin.vehicle()).isEqualByComparingTo("29.57");
        assertThat(fin.overseas()).isEqualByComparingTo("0");
        ChartData.ThreePublic b = bars.get(1);
        assertThat(b.total()).isEqualByComparingTo("36");
        assertThat(b.vehicle()).isEqualByComparingTo("35");
        assertThat(b.reception()).isEqualByComparingTo("1");
        assertThat(b.total()).isEqualByComparingTo(b.overseas().add(b.vehicle()).add(b.reception()));
    }

    @Test
    void yearOverYearComparesWithTheNearestEarlierYearOfTheSameKind() {
        Document lastYear = scaled(budget, 2023, new BigDecimal("0.5"));
        Document twoYearsAgo = scaled(budget, 2022, new BigDecimal("0.25"));
        ChartData.YearOverYear y = ChartData.yearOverYear(budget, List.of(budget, lastYear, twoYearsAgo, finals))
                .orElseThrow();
        assertThat(y.earlierYear()).isEqualTo(2023);
        assertThat(y.laterYear()).isEqualTo(2024);
        ChartData.Change c201 = y.changes().get(0);
        assertThat(c201.code()).isEqualTo("201");
        assertThat(c201.difference()).isEqualByComparingTo(c201.later().subtract(c201.earlier()));
        assertThat(c201.earlier().multiply(BigDecimal.valueOf(2))).isEqualByComparingTo(c201.later());
        assertThat(ChartData.yearOverYear(budget, List.of(budget, finals))).isEmpty();

        ChartsViewModel vm = new ChartsViewModel(budget, List.of(budget, lastYear), Language.CHINESE.bundle());
        assertThat(vm.yearOverYear()).isPresent();
        assertThat(ChartsViewModel.sliceLabel(vm.byFunction().get(0), vm.byFunction()))
                .startsWith("一般公共服务支出 1,722.24（").endsWith("%）");
    }

    private static Document scaled(Document d, int year, BigDecimal factor) {
        List<DisclosureTable> tables = new ArrayList<>();
        for (DisclosureTable t : d.tables()) {
            tables.add(t.withRows(t.rows().stream().map(r -> {
                Row out = r;
                for (Map.Entry<String, BigDecimal> e : r.values().entrySet()) {
                    out = out.withValue(e.getKey(), e.getValue() == null ? null : e.getValue().multiply(factor));
                }
                return out;
            }).toList()));
        }
        return new Document(d.department(), year, d.kind(), d.unit(), tables, null, null, null, null);
    }

    private static Row row(String key, String total) {
        return new Row(key, key, Map.of("total", new BigDecimal(total)));
    }

    private static BigDecimal sum(List<ChartData.Slice> slices) {
        return slices.stream().map(ChartData.Slice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
