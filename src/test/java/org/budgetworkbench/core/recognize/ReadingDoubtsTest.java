package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** 读取存疑: a table read from text alignment is named when its own arithmetic fails, and only then. */
class ReadingDoubtsTest {
    private static Row row(String key, String name, Object... columnAndValue) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (int i = 0; i < columnAndValue.length; i += 2) {
            v.put((String) columnAndValue[i], new BigDecimal(columnAndValue[i + 1].toString()));
        }
        return new Row(key, name, v);
    }

    private static DisclosureTable table(TableType type, int page, Row... rows) {
        return new DisclosureTable(type, type.standardTitle(), new TableSource(page, null), List.of(rows));
    }

    private static DisclosureTable summary(String incomeTotal, String spendingTotal, String classLine) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("income.gpb", "一般公共预算拨款收入", "amount", incomeTotal));
        rows.add(row("income.grand_total", "收入总计", "amount", incomeTotal));
        if (classLine != null) {
            rows.add(row("expenditure.201", "一般公共服务支出", "amount", classLine));
        }
        rows.add(row("expenditure.grand_total", "支出总计", "amount", spendingTotal));
        return table(TableType.BUDGET_SUMMARY, 2, rows.toArray(Row[]::new));
    }

    @Test
    void aBalancedSummaryAndACodedTableThatAddsUpAreNotDoubted() {
        DisclosureTable coded = table(TableType.BUDGET_EXPENDITURE, 3, row("total", "合计", "total", "30.00"),
                row("201", "一般公共服务支出", "total", "20.00"), row("20103", "政府办公厅", "total", "20.00"),
                row("208", "社会保障和就业支出", "total", "10.00"));
        assertThat(ReadingDoubts.of(List.of(summary("30.00", "30.00", "30.00"), coded), Set.of(2, 3))).isEmpty();
    }

    @Test
    void aSummaryWhoseSidesDifferOrWhoseClassesAreLostIsNamed() {
        assertThat(ReadingDoubts.of(List.of(summary("0.00", "30.00", "30.00")), Set.of(2)))
                .singleElement().satisfies(u -> {
                    assertThat(u.place()).isEqualTo("第2页");
                    assertThat(u.reason()).contains("读取结果存疑");
                });
        assertThat(ReadingDoubts.of(List.of(summary("30.00", "30.00", null)), Set.of(2))).hasSize(1);
        DisclosureTable merged = table(TableType.BUDGET_SUMMARY, 2,
                row("income.grand_total", "收入总计", "amount", "0"),
                row("name:130.50工资福利支出", "130.50工资福利支出", "amount", "90"),
                row("expenditure.grand_total", "支出总计", "amount", "0"));
        assertThat(ReadingDoubts.of(List.of(merged), Set.of(2))).hasSize(1);
    }

    @Test
    void aCodedTableWhoseTotalItsClassesDoNotMakeOrThatHasOnlyATotalIsNamed() {
        DisclosureTable off = table(TableType.BUDGET_GPB_EXPENDITURE, 4, row("total", "合计", "total", "30.00"),
                row("201", "一般公共服务支出", "total", "12.00"), row("208", "社会保障和就业支出", "total", "10.00"));
        DisclosureTable totalOnly = table(TableType.FINAL_GPB_EXPENDITURE, 5, row("total", "合计", "total", "30.00"));
        assertThat(ReadingDoubts.of(List.of(off, totalOnly), Set.of(4, 5))).hasSize(2)
                .allSatisfy(u -> assertThat(u.reason()).startsWith("无框线表格"));
    }

    @Test
    void ruledPagesAreNotJudgedTheirDefectsAreTheDocuments() {
        DisclosureTable off = table(TableType.BUDGET_GPB_EXPENDITURE, 4, row("total", "合计", "total", "30.00"),
                row("201", "一般公共服务支出", "total", "12.00"));
        assertThat(ReadingDoubts.of(List.of(off, summary("0.00", "30.00", "30.00")), Set.of(7))).isEmpty();
        assertThat(ReadingDoubts.of(List.of(off), Set.of())).isEmpty();
    }
}
