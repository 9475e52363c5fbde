package org.budgetworkbench.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.compare.Structure;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;

/** The charts' figures: core's Structure less the empty classes, the year compared with, the slice labels. */
class ChartsViewModelTest {
    private final Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);
    private final Document finals = CorpusDocuments.load(CorpusDocuments.FINAL);

    @Test
    void theChartsShowEveryClassWithMoneyInIt() {
        ChartsViewModel vm = new ChartsViewModel(finals, List.of(finals), Language.CHINESE.bundle());
        DisclosureTable basic = finals.table(TableType.FINAL_GPB_BASIC).orElseThrow();
        // 310 is printed with nothing in it: a pie has no slice for it
        assertThat(basic.row("310").orElseThrow().amount("amount").signum()).isZero();
        assertThat(vm.byEconomic()).extracting(Structure.Share::code).containsExactlyInAnyOrder("301", "302", "303");
        assertThat(vm.byEconomic()).filteredOn(s -> s.code().equals("301")).extracting(Structure.Share::name)
                .containsExactly("工资福利支出");
        ChartsViewModel b = new ChartsViewModel(budget, List.of(budget), Language.CHINESE.bundle());
        assertThat(b.byFunction()).extracting(Structure.Share::code).containsExactly("201", "208", "210", "221");
        assertThat(sum(b.byFunction())).isEqualByComparingTo(
                budget.table(TableType.BUDGET_EXPENDITURE).orElseThrow().row(RowKeys.TOTAL).orElseThrow().amount("total"));
        assertThat(vm.threePublic()).singleElement().satisfies(t -> assertThat(t.total()).isEqualByComparingTo("29.57"));
        assertThat(vm.yearOverYear()).isEmpty();
    }

    @Test
    void yearOverYearComparesWithTheNearestEarlierYearOfTheSameKind() {
        Document lastYear = scaled(budget, 2023, new BigDecimal("0.5"));
        Document twoYearsAgo = scaled(budget, 2022, new BigDecimal("0.25"));
        ChartsViewModel.YearOverYear y = ChartsViewModel.yearOverYear(budget,
                List.of(budget, lastYear, twoYearsAgo, finals)).orElseThrow();
        assertThat(y.earlierYear()).isEqualTo(2023);
        assertThat(y.laterYear()).isEqualTo(2024);
        ChartsViewModel.Change c201 = y.changes().get(0);
        assertThat(c201.code()).isEqualTo("201");
        assertThat(c201.difference()).isEqualByComparingTo(c201.later().subtract(c201.earlier()));
        assertThat(c201.earlier().multiply(BigDecimal.valueOf(2))).isEqualByComparingTo(c201.later());
        assertThat(ChartsViewModel.yearOverYear(budget, List.of(budget, finals))).isEmpty();

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

    private static BigDecimal sum(List<Structure.Share> slices) {
        return slices.stream().map(Structure.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
