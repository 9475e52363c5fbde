package org.budgetworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.budgetworkbench.core.edit.TestDocuments;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class ExecutionTest {
    private static Document doc(DocumentKind kind, int year, org.budgetworkbench.model.DisclosureTable... tables) {
        return new Document("某区某局", year, kind, "万元", List.of(tables), null, null, null, null);
    }

    private final Document budget = doc(DocumentKind.BUDGET, 2024,
            TestDocuments.table(TableType.BUDGET_EXPENDITURE,
                    TestDocuments.row("total", "合计", "total", "200", "basic", "150", "project", "50"),
                    TestDocuments.row("201", "一般公共服务支出", "total", "200", "basic", "150", "project", "50"),
                    TestDocuments.row("2010301", "行政运行", "total", "150", "basic", "150", "project", "0")),
            TestDocuments.table(TableType.BUDGET_GPB_BASIC,
                    TestDocuments.row("total", "合计", "total", "150", "personnel", "120", "public", "30"),
                    TestDocuments.row("301", "工资福利支出", "total", "120")),
            TestDocuments.table(TableType.BUDGET_THREE_PUBLIC,
                    TestDocuments.row("total", "合计", "total", "36.00", "overseas", "0", "vehicle", "35.00",
                            "reception", "1.00")));
    private final Document finalAccounts = doc(DocumentKind.FINAL, 2024,
            TestDocuments.table(TableType.FINAL_EXPENDITURE,
                    TestDocuments.row("total", "合计", "total", "190", "basic", "148", "project", "42"),
                    TestDocuments.row("201", "一般公共服务支出", "total", "190", "basic", "148", "project", "42"),
                    TestDocuments.row("2010301", "行政运行", "total", "148", "basic", "148", "project", "0"),
                    TestDocuments.row("2010399", "其他政府办公厅（室）及相关机构事务支出", "total", "0", "basic", "0",
                            "project", "0")),
            TestDocuments.table(TableType.FINAL_GPB_BASIC,
                    TestDocuments.row("301", "工资福利支出", "amount", "118"),
                    TestDocuments.row("personnel_total", "人员经费合计", "amount", "118"),
                    TestDocuments.row("public_total", "公用经费合计", "amount", "30")),
            TestDocuments.table(TableType.FINAL_THREE_PUBLIC,
                    TestDocuments.row("total", "合计", "budget_total", "36.00", "final_total", "29.57",
                            "final_overseas", null, "final_vehicle", "29.57", "final_reception", null)));

    private static Execution.TableExecution of(List<Execution.TableExecution> r, TableType budgetType) {
        return r.stream().filter(t -> t.tables().budget() == budgetType).findFirst().orElseThrow();
    }

    @Test
    void executionRateIsFinalOverBudgetPerRowAndColumn() {
        List<Execution.TableExecution> r = Execution.compare(budget, finalAccounts);
        Execution.TableExecution exp = of(r, TableType.BUDGET_EXPENDITURE);
        assertThat(exp.tables().finalAccounts()).isEqualTo(TableType.FINAL_EXPENDITURE);
        assertThat(exp.row("201").orElseThrow().column("total").orElseThrow().rate()).isEqualByComparingTo("0.95");
        assertThat(exp.row("201").orElseThrow().column("project").orElseThrow().rate()).isEqualByComparingTo("0.84");
        assertThat(exp.row("2010301").orElseThrow().column("project").orElseThrow().rate()).isNull();
        // a subject spent on without a budget line has no rate
        assertThat(exp.row("2010399").orElseThrow().column("total").orElseThrow().budget()).isNull();
        assertThat(exp.row("2010399").orElseThrow().column("total").orElseThrow().rate()).isNull();
    }

    @Test
    void threePublicBudgetIsSetAgainstTheFinalDecisionColumns() {
        Execution.TableExecution t = of(Execution.compare(budget, finalAccounts), TableType.BUDGET_THREE_PUBLIC);
        Execution.Figures total = t.row("total").orElseThrow().column("total").orElseThrow();
        assertThat(total.actual()).isEqualByComparingTo("29.57");
        assertThat(total.rate()).isEqualByComparingTo("0.821389");
        Execution.Figures reception = t.row("total").orElseThrow().column("reception").orElseThrow();
        assertThat(reception.actual()).isNull();
        assertThat(reception.rate()).isZero();
    }

    @Test
    void basicExpenditureTotalComesFromPersonnelAndPublicTotalsOfTable06() {
        Execution.TableExecution t = of(Execution.compare(budget, finalAccounts), TableType.BUDGET_GPB_BASIC);
        assertThat(t.row("total").orElseThrow().column("total").orElseThrow().actual()).isEqualByComparingTo("148");
        assertThat(t.row("301").orElseThrow().column("total").orElseThrow().rate()).isEqualByComparingTo("0.983333");
    }

    @Test
    void onlyABudgetAndAFinalOfOneYearCanBeCompared() {
        assertThatThrownBy(() -> Execution.compare(finalAccounts, budget))
                .hasMessageContaining("需要一份预算公开和一份决算公开");
        Document lastYear = doc(DocumentKind.FINAL, 2023);
        assertThatThrownBy(() -> Execution.compare(budget, lastYear)).hasMessageContaining("同一年度");
    }

    @Test
    void theCorpusBudgetAndFinalOfOneYearLineUpTableByTable() {
        Document b = TestDocuments.truth(TestDocuments.BUDGET_TRUTH);
        Document f = TestDocuments.truth(TestDocuments.FINAL_TRUTH);
        List<Execution.TableExecution> r = Execution.compare(b, f);
        assertThat(r).extracting(t -> t.tables().budget()).contains(TableType.BUDGET_EXPENDITURE,
                TableType.BUDGET_GPB_EXPENDITURE, TableType.BUDGET_GPB_BASIC, TableType.BUDGET_THREE_PUBLIC);
        Execution.Figures housing = of(r, TableType.BUDGET_EXPENDITURE).row("221").orElseThrow().column("total")
                .orElseThrow();
        assertThat(housing.rate()).isEqualByComparingTo(housing.actual().divide(housing.budget(), 6,
                java.math.RoundingMode.HALF_UP));
        assertThat(housing.rate()).isNotNull();
    }
}
