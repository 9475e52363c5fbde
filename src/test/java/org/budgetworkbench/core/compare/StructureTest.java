package org.budgetworkbench.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.core.edit.EditSession;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.core.edit.TestDocuments;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class StructureTest {
    private final Document budget = TestDocuments.truth(TestDocuments.BUDGET_TRUTH);

    private static BigDecimal sum(List<Structure.Share> shares) {
        return shares.stream().map(Structure.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void functionClassesAddUpToTheTableTotalWithCatalogueNames() {
        List<Structure.Share> shares = Structure.byFunctionClass(budget);
        assertThat(shares).extracting(Structure.Share::code).containsExactly("201", "208", "210", "221");
        assertThat(shares).extracting(Structure.Share::name)
                .containsExactly("一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出");
        BigDecimal total = budget.table(TableType.BUDGET_EXPENDITURE).orElseThrow().row("total").orElseThrow()
                .amount("total");
        assertThat(sum(shares)).isEqualByComparingTo(total);
        assertThat(shares.stream().map(Structure.Share::share).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isCloseTo(BigDecimal.ONE, org.assertj.core.data.Offset.offset(new BigDecimal("0.00001")));
    }

    @Test
    void aClassWithoutItsOwnRowIsSummedFromItsTopmostRows() {
        Document d = new Document("某局", 2024, DocumentKind.BUDGET, "万元", List.of(
                TestDocuments.table(TableType.BUDGET_EXPENDITURE,
                        TestDocuments.row("total", "合计", "total", "30"),
                        TestDocuments.row("20103", "政府办公厅（室）及相关机构事务", "total", "10"),
                        TestDocuments.row("2010301", "行政运行", "total", "10"),
                        TestDocuments.row("20105", "发展与改革事务", "total", "5"),
                        TestDocuments.row("210", "医疗卫生与计划生育支出", "total", "15"))),
                null, null, null, null);
        List<Structure.Share> shares = Structure.byFunctionClass(d);
        assertThat(shares).extracting(Structure.Share::code).containsExactly("201", "210");
        assertThat(shares.get(0).amount()).isEqualByComparingTo("15");
        assertThat(shares.get(0).share()).isEqualByComparingTo("0.5");
        assertThat(shares.get(1).name()).isEqualTo("卫生健康支出"); // today's name, not the printed former one
    }

    @Test
    void economicClassesOfBudgetAndFinalBasicTables() {
        List<Structure.Share> b = Structure.byEconomicClass(budget);
        assertThat(b).extracting(Structure.Share::code).containsExactly("301", "302", "303");
        assertThat(sum(b)).isEqualByComparingTo("1754.24");
        assertThat(b.get(1).name()).isEqualTo("商品和服务支出");

        List<Structure.Share> f = Structure.byEconomicClass(TestDocuments.truth(TestDocuments.FINAL_TRUTH));
        assertThat(f).extracting(Structure.Share::code).containsExactly("301", "303", "302", "310");
        assertThat(sum(f)).isEqualByComparingTo("1315.89");
    }

    @Test
    void threePublicOverYearsInYearOrder() {
        EditSession s = new EditSession(budget);
        s.set(new Place.Cell(TableType.BUDGET_THREE_PUBLIC, "total", "total"), "31.50");
        s.set(new Place.Cell(TableType.BUDGET_THREE_PUBLIC, "total", "vehicle"), "30.50");
        Document d = s.current();
        Document lastYear = new Document(d.department(), 2023, d.kind(), d.unit(), d.tables(), null, null, null,
                null);
        Document fin = TestDocuments.truth(TestDocuments.FINAL_TRUTH);

        List<Structure.ThreePublic> years = Structure.threePublicOverYears(List.of(fin, budget, lastYear));
        assertThat(years).extracting(Structure.ThreePublic::year).containsExactly(2023, 2024, 2024);
        assertThat(years).extracting(Structure.ThreePublic::kind)
                .containsExactly(DocumentKind.BUDGET, DocumentKind.BUDGET, DocumentKind.FINAL);
        assertThat(years.get(0).total()).isEqualByComparingTo("31.50");
        assertThat(years.get(0).vehicle()).isEqualByComparingTo("30.50");
        assertThat(years.get(1).total()).isEqualByComparingTo("36.00");
        assertThat(years.get(1).reception()).isEqualByComparingTo("1.00");
        assertThat(years.get(2).total()).isEqualByComparingTo("29.57"); // 决算数, not the 预算数 beside it
        assertThat(years.get(2).overseas()).isZero();
    }
}
