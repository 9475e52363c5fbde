package org.budgetworkbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.row;

import java.util.List;
import java.util.ResourceBundle;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;

/**
 * A summary table's amount column is headed by the document's kind (预算数 / 决算数) — and 合计 where the table
 * splits it into 基本支出 / 项目支出 (the 单位 收支总表), as the template prints it, in the two-sided view and the
 * row view alike.
 */
class SummaryAmountHeaderTest {
    private static final ResourceBundle ZH = Language.CHINESE.bundle();
    private static final ResourceBundle EN = Language.ENGLISH.bundle();

    private static DisclosureTable summary(TableType type, List<String> columns) {
        return new DisclosureTable(type, type.standardTitle(), TableSource.UNKNOWN, List.of(
                row("income.gpb", "一般公共预算拨款收入", "amount", "10"),
                row("expenditure.201", "一般公共服务支出", "amount", "10", "basic", "6", "project", "4")), columns);
    }

    private static DisclosureTable plain(TableType type) {
        return new DisclosureTable(type, type.standardTitle(), TableSource.UNKNOWN, List.of(
                row("income.gpb", "一般公共预算拨款收入", "amount", "10"),
                row("expenditure.201", "一般公共服务支出", "amount", "10")), List.of("amount"));
    }

    private static List<String> expenditureHeaders(DisclosureTable t, ResourceBundle b) {
        return new SummarySidesViewModel(t, b).sides().get(1).columns().stream().map(ColumnSpec::header).toList();
    }

    @Test
    void aSplitSummaryHeadsItsAmountColumnAsTheTotalOfTheSplit() {
        DisclosureTable split = summary(TableType.BUDGET_SUMMARY, List.of("amount", "basic", "project"));
        assertThat(expenditureHeaders(split, ZH)).containsExactly("合计", "基本支出", "项目支出");
        assertThat(expenditureHeaders(split, EN)).first().isEqualTo("Total");
        assertThat(new DisclosureTableViewModel(split, ZH).columns()).extracting(ColumnSpec::header)
                .containsExactly("合计", "基本支出", "项目支出");
    }

    @Test
    void anUnsplitSummaryIsHeadedByItsKind() {
        assertThat(expenditureHeaders(plain(TableType.BUDGET_SUMMARY), ZH)).containsExactly("预算数");
        assertThat(expenditureHeaders(plain(TableType.FINAL_SUMMARY), ZH)).containsExactly("决算数");
        assertThat(new DisclosureTableViewModel(plain(TableType.FINAL_SUMMARY), ZH).columns())
                .extracting(ColumnSpec::header).containsExactly("决算数");
    }
}
