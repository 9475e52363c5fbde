package org.budgetworkbench.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.table.FindingMarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsViewModelTest {
    @TempDir
    Path dir;

    private final Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);

    private static Finding finding(String rule, Severity s, FindingPlace where, String message) {
        return new Finding(rule, FindingKind.SUM_MISMATCH, s, where, new BigDecimal("10.00"), new BigDecimal("10.01"),
                message);
    }

    private final Finding hint = finding("H", Severity.INFO, FindingPlace.cell("budget.expenditure", "total", "total"),
            "尾数差 0.01");
    private final Finding error = finding("E", Severity.ERROR, FindingPlace.cell("budget.expenditure", "221", "basic"),
            "221 基本支出不等于其款之和");
    private final Finding warning = finding("W", Severity.WARNING, FindingPlace.text("五、一般公共预算支出安排情况",
            "基本支出 1754.25 万元"), "说明与表不一致");

    private FindingsViewModel shown(Store store, long id) {
        FindingsViewModel vm = new FindingsViewModel(store.findings(), Language.CHINESE.bundle());
        vm.show(id, budget);
        return vm;
    }

    @Test
    void errorsFirstThenWarningsThenHintsAndTheCountsInTheHeader() throws Exception {
        try (Store store = Store.open(dir.resolve("s"))) {
            long id = store.documents().save(budget, "f.xlsx");
            store.findings().replace(id, List.of(hint, error, warning));
            FindingsViewModel vm = shown(store, id);
            assertThat(vm.shown()).extracting(i -> i.finding().rule()).containsExactly("E", "W", "H");
            assertThat(vm.summary()).isEqualTo("错误 1 · 警告 1 · 提示 1 · 待处理 3");
            assertThat(FindingTexts.place(Language.CHINESE.bundle(), error.where(), budget))
                    .isEqualTo("支出总表 · 221 住房保障支出 · 基本支出");
        }
    }

    @Test
    void figuresAreShownAsTheTablesShowThemAndListsAsTheirItems() {
        assertThat(FindingTexts.figure(new BigDecimal("1754.2"))).isEqualTo("1,754.20");
        assertThat(FindingTexts.figure(java.util.List.of("30215 会议费", "30216 培训费"))).isEqualTo("30215 会议费、30216 培训费");
        assertThat(FindingTexts.figure(java.util.List.of())).isEmpty();
        assertThat(FindingTexts.figure(null)).isEmpty();
    }

    @Test
    void aFindingOnAPerformanceFormIsPlacedByTheFormsName() {
        FindingPlace score = new FindingPlace("evaluation.project", "预算执行情况", "execution_score", "购买服务项目",
                null, null, null);
        assertThat(FindingTexts.place(Language.CHINESE.bundle(), score, budget))
                .isEqualTo("项目绩效自评表 · 预算执行情况 · 得分 · 购买服务项目");
        assertThat(FindingTexts.place(Language.ENGLISH.bundle(), score, budget))
                .startsWith("Project self-evaluation · ");
    }

    @Test
    void aVerdictIsStoredAndTheFiltersNarrowBySeverityAndStatus() throws Exception {
        try (Store store = Store.open(dir.resolve("s"))) {
            long id = store.documents().save(budget, "f.xlsx");
            store.findings().replace(id, List.of(hint, error, warning));
            FindingsViewModel vm = shown(store, id);
            int[] told = {0};
            vm.onVerdict(() -> told[0]++);
            vm.selectedProperty().set(vm.shown().get(0));
            vm.markSelected(FindingStatus.ACCEPTED);
            vm.mark(vm.shown().get(2), FindingStatus.DISMISSED);
            assertThat(told[0]).isEqualTo(2);
            assertThat(vm.openCountProperty().get()).isEqualTo(1);
            assertThat(vm.selectedProperty().get().finding().rule()).isEqualTo("E");

            // a fresh view model over the same store sees the verdicts
            FindingsViewModel again = shown(store, id);
            assertThat(again.all()).extracting(FindingItem::status)
                    .containsExactly(FindingStatus.ACCEPTED, FindingStatus.OPEN, FindingStatus.DISMISSED);

            again.statusFilterProperty().set(FindingStatus.OPEN);
            assertThat(again.shown()).extracting(i -> i.finding().rule()).containsExactly("W");
            again.statusFilterProperty().set(null);
            again.severityFilterProperty().set(Severity.INFO);
            assertThat(again.shown()).extracting(i -> i.finding().rule()).containsExactly("H");
            again.severityFilterProperty().set(null);
            assertThat(again.shown()).hasSize(3);
        }
    }

    @Test
    void aCellFindingGoesToItsTableRowAndAClauseToTheNarrative() throws Exception {
        try (Store store = Store.open(dir.resolve("s"))) {
            long id = store.documents().save(budget, "f.xlsx");
            Finding both = finding("B", Severity.INFO, new FindingPlace("budget.gpb_basic", "total", "total", null,
                    null, "六、一般公共预算基本支出安排情况", "一般公共预算基本支出 1754.25 万元"), "尾数");
            Finding missingTable = finding("M", Severity.ERROR, FindingPlace.cell("budget.nonexistent", "x", "y"), "?");
            store.findings().replace(id, List.of(error, warning, both, missingTable));
            FindingsViewModel vm = shown(store, id);
            FindingItem e = item(vm, "E");
            assertThat(vm.target(e)).contains(new NavigationTarget.TableCell(id, TableType.BUDGET_EXPENDITURE, "221",
                    "basic"));
            assertThat(vm.target(item(vm, "W"))).contains(new NavigationTarget.NarrativeQuote(id,
                    "五、一般公共预算支出安排情况", "基本支出 1754.25 万元"));
            assertThat(vm.target(item(vm, "B"))).containsInstanceOf(NavigationTarget.TableCell.class);
            assertThat(vm.narrativeTarget(item(vm, "B"))).containsInstanceOf(NavigationTarget.NarrativeQuote.class);
            assertThat(vm.narrativeTarget(e)).isEmpty();
            assertThat(vm.target(item(vm, "M"))).isEmpty();
        }
    }

    @Test
    void onlyOpenFindingsMarkTheirCells() throws Exception {
        try (Store store = Store.open(dir.resolve("s"))) {
            long id = store.documents().save(budget, "f.xlsx");
            store.findings().replace(id, List.of(hint, error));
            FindingsViewModel vm = shown(store, id);
            FindingMarks marks = vm.marks(TableType.BUDGET_EXPENDITURE);
            assertThat(marks.cell("221", "basic")).isEqualTo("221 基本支出不等于其款之和");
            assertThat(marks.cell("total", "total")).isEqualTo("尾数差 0.01");
            assertThat(marks.cell("221", "total")).isNull();
            assertThat(vm.marks(TableType.BUDGET_GPB_BASIC).isEmpty()).isTrue();
            vm.mark(item(vm, "E"), FindingStatus.DISMISSED);
            assertThat(vm.marks(TableType.BUDGET_EXPENDITURE).cell("221", "basic")).isNull();
        }
    }

    private static FindingItem item(FindingsViewModel vm, String rule) {
        return vm.all().stream().filter(i -> i.finding().rule().equals(rule)).findFirst().orElseThrow();
    }
}
