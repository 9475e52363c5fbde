package org.budgetworkbench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** A workbook and the PDF of the same disclosure become one document: the workbook's tables, the PDF's text. */
class WorkbookWithPdfTest {
    private static Document doc(String department, List<DisclosureTable> tables, List<NarrativeSection> narrative) {
        return new Document(department, 2024, DocumentKind.BUDGET, "万元", tables, List.of(), List.of(), narrative,
                List.of());
    }

    private static DisclosureTable table(TableType type, String total) {
        return new DisclosureTable(type, type.standardTitle(), null,
                List.of(new Row("total", "合计", Map.of(type.columns().get(0), new BigDecimal(total)))));
    }

    private final NarrativeSection text = new NarrativeSection("一、收支总体情况", 1, 3, List.of("收入总计 10 万元。"));

    @Test
    void theWorkbookKeepsItsTablesAndTakesTheNarrativeAndMissingTablesFromThePdf() {
        Document workbook = doc("某局", List.of(table(TableType.BUDGET_SUMMARY, "10")), List.of());
        Document pdf = doc("某局", List.of(table(TableType.BUDGET_SUMMARY, "99"), table(TableType.BUDGET_PROJECTS, "3")),
                List.of(text));
        Document other = doc("另一局", List.of(table(TableType.BUDGET_SUMMARY, "5")), List.of(text));

        List<WorkbookWithPdf.Combined> out = WorkbookWithPdf.combine(List.of(
                new WorkbookWithPdf.Read("/d/某局.PDF", pdf), new WorkbookWithPdf.Read("/d/另一局.pdf", other),
                new WorkbookWithPdf.Read("/d/某局.xlsx", workbook)));

        assertThat(out).extracting(WorkbookWithPdf.Combined::file).containsExactly("/d/另一局.pdf", "/d/某局.xlsx");
        WorkbookWithPdf.Combined merged = out.get(1);
        assertThat(merged.mergedFrom()).containsExactly("/d/某局.PDF");
        Document d = merged.document();
        assertThat(d.table(TableType.BUDGET_SUMMARY).orElseThrow().rows().get(0).values().values())
                .singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(d.tables()).extracting(DisclosureTable::type)
                .containsExactly(TableType.BUDGET_SUMMARY, TableType.BUDGET_PROJECTS);
        assertThat(d.narrative()).containsExactly(text);
        assertThat(out.get(0).mergedFrom()).isEmpty();
    }

    @Test
    void aUnitsWorkbookIsNotMergedWithTheDepartmentsPdfAndAUnitsPairKeepsItsScope() {
        Document unitBook = doc("某局", List.of(table(TableType.BUDGET_SUMMARY, "7")), List.of())
                .withScope(DocumentScope.UNIT);
        Document deptPdf = doc("某局", List.of(table(TableType.BUDGET_SUMMARY, "10")), List.of(text));
        List<WorkbookWithPdf.Combined> apart = WorkbookWithPdf.combine(List.of(
                new WorkbookWithPdf.Read("部门.pdf", deptPdf), new WorkbookWithPdf.Read("单位.xlsx", unitBook)));
        assertThat(apart).extracting(WorkbookWithPdf.Combined::document).containsExactly(deptPdf, unitBook);

        Document unitPdf = deptPdf.withScope(DocumentScope.UNIT);
        List<WorkbookWithPdf.Combined> pair = WorkbookWithPdf.combine(List.of(
                new WorkbookWithPdf.Read("单位.pdf", unitPdf), new WorkbookWithPdf.Read("单位.xlsx", unitBook)));
        assertThat(pair).singleElement().satisfies(c -> {
            assertThat(c.document().scope()).isEqualTo(DocumentScope.UNIT);
            assertThat(c.document().narrative()).containsExactly(text);
        });
    }

    @Test
    void filesOfOneKindStayAsTheyWereRead() {
        Document a = doc("某局", List.of(table(TableType.BUDGET_SUMMARY, "10")), List.of());
        Document b = doc("某局", List.of(table(TableType.BUDGET_SUMMARY, "11")), List.of());
        List<WorkbookWithPdf.Read> two = List.of(new WorkbookWithPdf.Read("a.xlsx", a),
                new WorkbookWithPdf.Read("b.xls", b));
        assertThat(WorkbookWithPdf.combine(two)).extracting(WorkbookWithPdf.Combined::document).containsExactly(a, b);
        List<WorkbookWithPdf.Read> pdfs = List.of(new WorkbookWithPdf.Read("a.pdf", a),
                new WorkbookWithPdf.Read("b.pdf", b));
        assertThat(WorkbookWithPdf.combine(pdfs)).extracting(WorkbookWithPdf.Combined::document).containsExactly(a, b);
    }

    @Test
    void theFinalAccountsWorkbookWithItsPdfIsCheckedAsThePdfAloneIsAndKeepsItsCellsForWriteBack() throws Exception {
        DisclosureExtractor extractor = new DisclosureExtractor();
        Path xlsx = Path.of("samples/002_7253a26da12f1913.xlsx");
        Path pdf = Path.of("samples/002_7253a26da12f1913.pdf");
        Document fromWorkbook = extractor.extract(xlsx).document();
        Document fromPdf = extractor.extract(pdf).document();
        assertThat(fromWorkbook.narrative()).isEmpty();

        List<WorkbookWithPdf.Combined> out = WorkbookWithPdf.combine(List.of(
                new WorkbookWithPdf.Read(xlsx.toString(), fromWorkbook), new WorkbookWithPdf.Read(pdf.toString(), fromPdf)));
        assertThat(out).singleElement().satisfies(c -> assertThat(c.file()).isEqualTo(xlsx.toString()));
        Document merged = out.get(0).document();
        assertThat(merged.narrative()).isEqualTo(fromPdf.narrative());
        CellRef cell = merged.table(TableType.FINAL_GPB_BASIC).orElseThrow().row("301").orElseThrow().cells()
                .get("amount");
        assertThat(cell.sheet()).isNotNull();

        Validator validator = new Validator();
        List<String> fromMerged = validator.validate(merged).stream().map(f -> f.fingerprint()).sorted().toList();
        List<String> fromPdfAlone = validator.validate(fromPdf).stream().map(f -> f.fingerprint()).sorted().toList();
        List<String> fromWorkbookAlone = validator.validate(fromWorkbook).stream().map(f -> f.fingerprint()).toList();
        assertThat(fromMerged).containsExactlyElementsOf(fromPdfAlone).hasSizeGreaterThan(fromWorkbookAlone.size());
    }
}
