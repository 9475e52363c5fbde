package org.budgetworkbench.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;

class DisclosureTableViewModelTest {
    private static final ResourceBundle ZH = Language.CHINESE.bundle();
    private final Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);

    @Test
    void expenditureTableNestsItemsUnderSectionsUnderClasses() {
        DisclosureTableViewModel vm = new DisclosureTableViewModel(budget.table(TableType.BUDGET_EXPENDITURE)
                .orElseThrow(), ZH);
        List<TableRowNode> roots = vm.roots();
        assertThat(roots.get(0).isTotal()).isTrue();
        assertThat(roots.get(0).row().name()).isEqualTo("合计");
        assertThat(roots.subList(1, roots.size())).allSatisfy(n -> assertThat(n.code()).hasSize(3));

        TableRowNode cls = roots.stream().filter(n -> n.code().equals("201")).findFirst().orElseThrow();
        TableRowNode section = cls.children().stream().filter(n -> n.code().equals("20103")).findFirst()
                .orElseThrow();
        TableRowNode item = section.children().stream().filter(n -> n.code().equals("2010301")).findFirst()
                .orElseThrow();
        assertThat(item.row().name()).isEqualTo("行政运行");
        assertThat(DisclosureTableViewModel.cellText(item.row(), "total")).isEqualTo("1,040.55");
        assertThat(DisclosureTableViewModel.cellText(item.row(), "operating")).isEmpty();
        assertThat(count(roots)).isEqualTo(vm.rowCount());
    }

    @Test
    void columnsCarryChineseHeadersInTheTypesOrder() {
        DisclosureTableViewModel vm = new DisclosureTableViewModel(budget.table(TableType.BUDGET_GPB_EXPENDITURE)
                .orElseThrow(), ZH);
        assertThat(vm.columns()).extracting(ColumnSpec::header)
                .containsExactly("合计", "基本支出", "人员经费", "公用经费", "项目支出");
        assertThat(vm.title()).isEqualTo("一般公共预算支出表");
    }

    @Test
    void aMissingSectionHangsTheItemUnderItsClassAndTheTotalComesFirst() {
        DisclosureTable t = new DisclosureTable(TableType.BUDGET_EXPENDITURE, "", null, List.of(
                row("208", "社会保障和就业支出"),
                row("2080505", "机关事业单位基本养老保险缴费支出"),
                row("income.x", "未编码行"),
                row("total", "合计")));
        DisclosureTableViewModel vm = new DisclosureTableViewModel(t, ZH);
        assertThat(vm.roots()).extracting(n -> n.row().key()).containsExactly("total", "208", "income.x");
        assertThat(vm.roots().get(1).children()).extracting(n -> n.row().key()).containsExactly("2080505");
        assertThat(vm.title()).isEqualTo("支出总表");
    }

    @Test
    void aDuplicatedCodeIsShownNotLost() {
        DisclosureTable t = new DisclosureTable(TableType.BUDGET_EXPENDITURE, "支出总表", null, List.of(
                row("201", "一般公共服务支出"), row("201", "一般公共服务支出")));
        assertThat(count(new DisclosureTableViewModel(t, ZH).roots())).isEqualTo(2);
    }

    @Test
    void onlyPrintedColumnsAreShownTheTypeDoesNotNameToo() {
        DisclosureTable t = new DisclosureTable(TableType.BUDGET_GOV_FUND, "政府性基金预算支出表", null, List.of(
                new Row("total", "合计", Map.of("total", BigDecimal.ONE, "extra_col", BigDecimal.TEN))));
        assertThat(new DisclosureTableViewModel(t, ZH).columns()).extracting(ColumnSpec::id)
                .containsExactly("total", "extra_col");
    }

    @Test
    void anAbsentColumnIsNotShownWhereItWouldReadAsZeroButAPrintedBlankColumnIs() {
        DisclosureTable t = new DisclosureTable(TableType.BUDGET_GPB_EXPENDITURE, "一般公共预算支出表", null, List.of(
                new Row("total", "合计", Map.of("total", BigDecimal.ONE, "basic", BigDecimal.ONE))),
                List.of("total", "basic", "project"));
        assertThat(new DisclosureTableViewModel(t, ZH).columns()).extracting(ColumnSpec::id)
                .containsExactly("total", "basic", "project");
    }

    @Test
    void theCodeColumnShowsClassificationProjectAndUnitCodesOnly() {
        assertThat(new TableRowNode(row("2010301", "行政运行")).code()).isEqualTo("2010301");
        assertThat(new TableRowNode(row("42011124003T000000100", "某项目")).code()).isEqualTo("42011124003T000000100");
        assertThat(new TableRowNode(row("unit:003001", "某单位本级")).code()).isEqualTo("003001");
        assertThat(new TableRowNode(row("unit:某单位", "某单位")).code()).isEmpty();
        assertThat(new TableRowNode(row("name:某项目", "某项目")).code()).isEmpty();
        assertThat(new TableRowNode(row("income.gpb", "一般公共预算拨款收入")).code()).isEmpty();
        assertThat(new TableRowNode(row("total", "合计")).code()).isEmpty();
    }

    private static Row row(String key, String name) {
        return new Row(key, name, Map.of("total", BigDecimal.ONE));
    }

    private static int count(List<TableRowNode> nodes) {
        return nodes.stream().mapToInt(n -> 1 + count(n.children())).sum();
    }

    @Test
    void rowsCopyAsTabSeparatedTextThatASpreadsheetReadsAsNumbers() {
        DisclosureTableViewModel vm = new DisclosureTableViewModel(budget.table(TableType.BUDGET_EXPENDITURE)
                .orElseThrow(), ZH);
        var t = budget.table(TableType.BUDGET_EXPENDITURE).orElseThrow();
        String one = vm.asTabSeparated(List.of(t.row("2010301").orElseThrow()), false);
        assertThat(one).startsWith("2010301\t行政运行\t1040.55\t1040.55\t0").endsWith("\n");
        assertThat(one).doesNotContain("1,040.55");

        String all = vm.asTabSeparated(t.rows(), true);
        String[] lines = all.split("\n");
        assertThat(lines).hasSize(t.rows().size() + 1);
        assertThat(lines[0]).startsWith("编码\t名称\t合计\t基本支出\t项目支出");
        assertThat(lines[1]).startsWith("\t合计\t2255.84");
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(2 + vm.columns().size()));
    }
}
