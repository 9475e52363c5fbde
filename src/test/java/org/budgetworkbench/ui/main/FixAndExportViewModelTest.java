package org.budgetworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.exporting.ExportViewModel;
import org.budgetworkbench.ui.findings.FindingItem;
import org.budgetworkbench.workflow.DocumentSource;
import org.budgetworkbench.ui.importing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-click fixes and exports from the window's view model, with the real validator: a fix the analyst confirms
 * is stored as an edit, the document is checked again and the finding goes; undo brings it back; the exports
 * carry the corrected figures and say where they went or why they could not.
 */
class FixAndExportViewModelTest {
    private static final Path FINAL_XLSX = Path.of("samples", CorpusDocuments.FINAL + ".xlsx");
    private static final Path FINAL_PDF = Path.of("samples", CorpusDocuments.FINAL + ".pdf");

    @TempDir
    Path dir;

    private MainWindowViewModel window(Store store, DocumentSource source, Path... files) {
        MainWindowViewModel vm = new MainWindowViewModel(store, source, new Validator()::validate,
                new Samples(List.of(Path.of("samples"))), Language.CHINESE, null);
        vm.applied(vm.importNow(List.of(files), false));
        vm.selectedProperty().set(vm.navigator().find(
                CorpusDocuments.load(CorpusDocuments.FINAL).department() + "/2024/final"));
        return vm;
    }

    private static DocumentSource reader() {
        return new DisclosureExtractor()::extract;
    }

    private static FindingItem finding(MainWindowViewModel vm, String rule, String row, Object found) {
        return vm.findings().all().stream()
                .filter(i -> i.finding().rule().equals(rule) && i.finding().found() != null
                        && new BigDecimal(i.finding().found().toString()).compareTo(new BigDecimal(found.toString())) == 0
                        && (row == null || row.equals(i.finding().where().row())))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " finding on " + row + " = " + found));
    }

    @Test
    void aConfirmedNarrativeFixIsStoredTheFindingGoesAndUndoBringsItBack() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            MainWindowViewModel vm = window(store, reader(), FINAL_PDF);
            long id = vm.chosenDocument().orElseThrow();
            FindingItem percent = finding(vm, "text.percent", null, "5.6");
            String fingerprint = percent.fingerprint();
            int before = vm.findings().all().size();

            vm.findings().selectedProperty().set(percent);
            assertThat(vm.findings().fixProperty().get()).isNotNull();
            assertThat(vm.findings().fixProperty().get().description()).contains("5.6%").contains("5.7%");
            assertThat(vm.findings().applyFix()).isTrue();

            assertThat(vm.findings().all()).noneMatch(i -> i.fingerprint().equals(fingerprint)).hasSize(before - 1);
            assertThat(vm.findings().fixProperty().get()).isNull();
            Document stored = store.documents().load(id).orElseThrow();
            assertThat(String.join("", stored.narrative().stream().flatMap(s -> s.paragraphs().stream()).toList()))
                    .contains("占5.7%").doesNotContain("占5.6%");
            assertThat(store.edits().list(id)).hasSize(1);
            assertThat(vm.navigator().find(CorpusDocuments.load(CorpusDocuments.FINAL).department() + "/2024/final")
                    .detail()).startsWith("已修改");

            // 撤销 follows the document chosen: nothing to undo on the department, the fix on the document
            String docPath = CorpusDocuments.load(CorpusDocuments.FINAL).department() + "/2024/final";
            vm.selectedProperty().set(vm.navigator().find(CorpusDocuments.load(CorpusDocuments.FINAL).department()));
            assertThat(vm.editing().canUndoProperty().get()).isFalse();
            vm.selectedProperty().set(vm.navigator().find(docPath));
            assertThat(vm.editing().canUndoProperty().get()).isTrue();
            vm.undo();
            assertThat(vm.findings().all()).hasSize(before)
                    .anyMatch(i -> i.fingerprint().equals(fingerprint) && FindingStatus.OPEN.equals(i.status()));
            assertThat(store.edits().list(id)).hasSize(2);
        }
    }

    @Test
    void aTableFixReachesTheExportedDisclosureWorkbookAndTheDocumentIsMarkedExported() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            MainWindowViewModel vm = window(store, reader(), FINAL_XLSX);
            long id = vm.chosenDocument().orElseThrow();
            FindingItem rounding = finding(vm, "sum.children", "301", "1142.12");
            vm.findings().selectedProperty().set(rounding);
            assertThat(vm.findings().applyFix()).isTrue();
            assertThat(vm.findings().all()).noneMatch(i -> i.fingerprint().equals(rounding.fingerprint()));

            Path out = dir.resolve(vm.exports().suggestedName(id, ExportViewModel.Kind.DISCLOSURE));
            assertThat(out.getFileName().toString()).isEqualTo("武汉市蔡甸区人民政府办公室本级2024年部门决算公开表.xlsx");
            ExportViewModel.Outcome outcome = vm.exports().disclosure(id, out);
            assertThat(outcome.written()).isTrue();
            assertThat(outcome.message()).startsWith("已导出").contains(out.toString());

            Document back = new DisclosureExtractor().extract(out).document();
            assertThat(back.table(TableType.FINAL_GPB_BASIC).orElseThrow().row("301").orElseThrow().amount("amount"))
                    .isEqualByComparingTo("1142.13");
            vm.refresh();
            assertThat(vm.navigator().find(back.department() + "/2024/final").detail()).startsWith("已导出");
        }
    }

    @Test
    void writeBackChangesTheFixedCellInTheDepartmentsOwnWorkbookAndIsRefusedForAPdf() throws Exception {
        Path original = Files.copy(FINAL_XLSX, dir.resolve("蔡甸区办公室决算.xlsx"));
        try (Store store = Store.open(dir.resolve("store"))) {
            MainWindowViewModel vm = window(store, reader(), original);
            long id = vm.chosenDocument().orElseThrow();
            assertThat(vm.exports().canWriteBack(id)).isTrue();
            assertThat(vm.exports().suggestedName(id, ExportViewModel.Kind.WRITE_BACK))
                    .isEqualTo("蔡甸区办公室决算（修正）.xlsx");
            assertThat(vm.exports().suggestedFolder(id, ExportViewModel.Kind.WRITE_BACK)).contains(dir);

            vm.findings().selectedProperty().set(finding(vm, "sum.children", "301", "1142.12"));
            assertThat(vm.findings().applyFix()).isTrue();
            Path out = dir.resolve("written.xlsx");
            ExportViewModel.Outcome outcome = vm.exports().intoOriginal(id, out);
            assertThat(outcome.message()).startsWith("已写回 1 个单元格");
            assertThat(new DisclosureExtractor().extract(out).document().table(TableType.FINAL_GPB_BASIC)
                    .orElseThrow().row("301").orElseThrow().amount("amount")).isEqualByComparingTo("1142.13");

            vm.applied(vm.importNow(List.of(FINAL_PDF), false));
            long fromPdf = store.documents().list().get(0).id();
            assertThat(vm.exports().canWriteBack(fromPdf)).isFalse();
            ExportViewModel.Outcome refused = vm.exports().intoOriginal(fromPdf, dir.resolve("no.xlsx"));
            assertThat(refused.written()).isFalse();
            assertThat(refused.message()).contains("no.xlsx").contains("不是从工作簿导入的");
            assertThat(dir.resolve("no.xlsx")).doesNotExist();
        }
    }

    @Test
    void theFindingsReportListsEveryFindingWithItsVerdictAndAFailedExportSaysWhy() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            MainWindowViewModel vm = window(store, CorpusDocuments.source(), FINAL_XLSX);
            long id = vm.chosenDocument().orElseThrow();
            vm.findings().mark(vm.findings().all().get(0), FindingStatus.DISMISSED);
            int findings = vm.findings().all().size();

            Path out = dir.resolve(vm.exports().suggestedName(id, ExportViewModel.Kind.DEPARTMENT_REPORT));
            ExportViewModel.Outcome outcome = vm.exports().report(
                    vm.exports().stored(id).orElseThrow().department(), out);
            assertThat(outcome.message()).contains("1 份文档").contains(findings + " 条");
            List<String> statuses = new ArrayList<>();
            try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
                Sheet sheet = wb.getSheetAt(0);
                DataFormatter text = new DataFormatter();
                for (Row r : sheet) {
                    statuses.add(text.formatCellValue(r.getCell(r.getLastCellNum() - 1)));
                }
            }
            assertThat(statuses).filteredOn("已忽略"::equals).hasSize(1);
            assertThat(statuses).filteredOn("待处理"::equals).hasSize(findings - 1);

            Path all = dir.resolve(vm.exports().suggestedName(id, ExportViewModel.Kind.STORE_REPORT));
            assertThat(all.getFileName().toString()).isEqualTo("审核发现清单（全部文档）.xlsx");
            assertThat(vm.exports().report(null, all).message()).contains("1 份文档");
            assertThat(all).isRegularFile();

            ExportViewModel.Outcome failed = vm.exports().disclosure(id, dir);
            assertThat(failed.written()).isFalse();
            assertThat(failed.message()).startsWith("导出失败（" + dir.getFileName() + "）");
        }
    }

    @Test
    void aFixThatWouldRaiseErrorsOnLinkedFiguresIsNotOffered() throws Exception {
        Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);
        org.budgetworkbench.model.FindingPlace total = org.budgetworkbench.model.FindingPlace.cell(
                "budget.three_public", "total", "total");
        org.budgetworkbench.model.Finding wrongTotal = new org.budgetworkbench.model.Finding("sum.three_public",
                org.budgetworkbench.model.FindingKind.SUM_MISMATCH, org.budgetworkbench.model.Severity.ERROR, total,
                null, new BigDecimal("999.99"), "三公经费合计不等于各项之和");
        for (boolean linked : new boolean[] {true, false}) {
            // the validator of this test: the total is "wrong" until it is 999.99; then, when linked, the
            // narrative and 财政拨款支出表 figures that repeat it disagree with it
            java.util.function.Function<Document, List<org.budgetworkbench.model.Finding>> validator = d -> {
                BigDecimal t = d.table(TableType.BUDGET_THREE_PUBLIC).flatMap(x -> x.row("total"))
                        .map(r -> r.values().get("total")).orElse(null);
                if (t == null || t.compareTo(new BigDecimal("999.99")) != 0) {
                    return List.of(wrongTotal);
                }
                return !linked ? List.of() : List.of(
                        new org.budgetworkbench.model.Finding("text.three_public", null,
                                org.budgetworkbench.model.Severity.ERROR,
                                org.budgetworkbench.model.FindingPlace.text("三公经费", "三公经费"), null, null, "a"),
                        new org.budgetworkbench.model.Finding("cross.three_public", null,
                                org.budgetworkbench.model.Severity.ERROR,
                                org.budgetworkbench.model.FindingPlace.cell("budget.gpb_expenditure", "total", "total"),
                                null, null, "b"));
            };
            try (Store store = Store.open(dir.resolve("store-" + linked))) {
                MainWindowViewModel vm = new MainWindowViewModel(store, CorpusDocuments.source(), validator,
                        new Samples(List.of(Path.of("samples"))), Language.CHINESE, null);
                vm.applied(vm.importNow(List.of(Path.of(CorpusDocuments.BUDGET + ".xlsx")), false));
                vm.selectedProperty().set(vm.navigator().find(budget.department() + "/2024/budget"));
                vm.findings().selectedProperty().set(vm.findings().all().get(0));
                assertThat(vm.findings().fixProperty().get()).as("fix offered when linked=%s", linked)
                        .matches(f -> linked == (f == null));
            }
        }
    }

    @Test
    void noFixIsOfferedOnAColumnTheTableDoesNotPrint() {
        Document budget = CorpusDocuments.load(CorpusDocuments.BUDGET);
        org.budgetworkbench.model.Finding onAbsent = new org.budgetworkbench.model.Finding("sum.x",
                org.budgetworkbench.model.FindingKind.SUM_MISMATCH, org.budgetworkbench.model.Severity.ERROR,
                org.budgetworkbench.model.FindingPlace.cell("budget.expenditure", "total", "no_such_column"),
                null, new BigDecimal("1.00"), "x");
        assertThat(org.budgetworkbench.core.fix.Fixes.propose(budget, onAbsent)).isEmpty();
        org.budgetworkbench.model.Finding onPrinted = new org.budgetworkbench.model.Finding("sum.x",
                org.budgetworkbench.model.FindingKind.SUM_MISMATCH, org.budgetworkbench.model.Severity.ERROR,
                org.budgetworkbench.model.FindingPlace.cell("budget.expenditure", "total", "total"),
                null, new BigDecimal("1.00"), "x");
        assertThat(org.budgetworkbench.core.fix.Fixes.propose(budget, onPrinted)).isPresent();
    }
}
