package org.budgetworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.edit.EditSession;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.core.edit.TestDocuments;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class YearOverYearTest {
    private final Document current = TestDocuments.truth(TestDocuments.BUDGET_TRUTH);

    /** Last year's disclosure: this year's with some figures changed and one 项 it did not have. */
    private Document previous() {
        EditSession s = new EditSession(current);
        s.set(new Place.Cell(TableType.BUDGET_EXPENDITURE, "201", "total"), "1600.00");
        s.set(new Place.Cell(TableType.BUDGET_EXPENDITURE, "201", "project"), "");
        s.set(new Place.Cell(TableType.BUDGET_THREE_PUBLIC, "total", "total"), "31.50");
        Document d = s.current();
        List<DisclosureTable> tables = new ArrayList<>();
        for (DisclosureTable t : d.tables()) {
            if (t.type() == TableType.BUDGET_EXPENDITURE) {
                t = t.withRows(t.rows().stream().filter(r -> !r.key().equals("2010350")).toList());
            }
            if (t.type() != TableType.BUDGET_PROJECTS) {
                tables.add(t);
            }
        }
        d = d.withTables(tables);
        return new Document(d.department(), 2023, d.kind(), d.unit(), d.tables(), d.targets(), d.evaluations(),
                d.narrative(), d.formFields());
    }

    @Test
    void everyRowAndColumnOfTablesInBothIsCompared() {
        List<YearOverYear.TableComparison> result = YearOverYear.compare(current, previous());
        assertThat(result).extracting(YearOverYear.TableComparison::type).contains(TableType.BUDGET_EXPENDITURE,
                TableType.BUDGET_THREE_PUBLIC).doesNotContain(TableType.BUDGET_PROJECTS);

        YearOverYear.TableComparison exp = result.stream()
                .filter(c -> c.type() == TableType.BUDGET_EXPENDITURE).findFirst().orElseThrow();
        YearOverYear.Figures total201 = exp.row("201").orElseThrow().column("total").orElseThrow();
        assertThat(total201.current()).isEqualByComparingTo("1722.24");
        assertThat(total201.previous()).isEqualByComparingTo("1600.00");
        assertThat(total201.change()).isEqualByComparingTo("122.24");
        assertThat(total201.rate()).isEqualByComparingTo("0.0764");

        YearOverYear.Figures unchanged = exp.row("208").orElseThrow().column("total").orElseThrow();
        assertThat(unchanged.change()).isZero();
        assertThat(unchanged.rate()).isZero();
    }

    @Test
    void noRateWhenLastYearWasBlankOrZeroOrTheRowIsNew() {
        YearOverYear.TableComparison exp = YearOverYear.compare(current, previous()).stream()
                .filter(c -> c.type() == TableType.BUDGET_EXPENDITURE).findFirst().orElseThrow();
        YearOverYear.Figures project = exp.row("201").orElseThrow().column("project").orElseThrow();
        assertThat(project.previous()).isNull();
        assertThat(project.change()).isEqualByComparingTo("501.60");
        assertThat(project.rate()).isNull();

        YearOverYear.Figures newRow = exp.row("2010350").orElseThrow().column("total").orElseThrow();
        assertThat(newRow.previous()).isNull();
        assertThat(newRow.rate()).isNull();
        // 2010301 has project 0.00 both years: change 0, no rate (÷ 0)
        YearOverYear.Figures zero = exp.row("2010301").orElseThrow().column("project").orElseThrow();
        assertThat(zero.change()).isZero();
        assertThat(zero.rate()).isNull();
        // blank in both years is left out, not reported as 0 → 0
        assertThat(exp.row("201").orElseThrow().column("operating")).isEmpty();
    }

    @Test
    void threePublicGrowthIsChangeOverLastYear() {
        YearOverYear.Figures f = YearOverYear.compare(current, previous()).stream()
                .filter(c -> c.type() == TableType.BUDGET_THREE_PUBLIC).findFirst().orElseThrow()
                .row("total").orElseThrow().column("total").orElseThrow();
        assertThat(f.change()).isEqualByComparingTo("4.50");
        assertThat(f.rate()).isEqualByComparingTo("0.142857"); // 4.50 / 31.50: 14.29%, not 14.28%
    }

    @Test
    void aRowOnlyLastYearHadComesAfterThisYearsRows() {
        YearOverYear.TableComparison exp = YearOverYear.compare(previous(), current).stream()
                .filter(c -> c.type() == TableType.BUDGET_EXPENDITURE).findFirst().orElseThrow();
        assertThat(exp.rows().get(exp.rows().size() - 1).key()).isEqualTo("2010350");
        assertThat(exp.row("2010350").orElseThrow().column("total").orElseThrow().current()).isNull();
    }
}
