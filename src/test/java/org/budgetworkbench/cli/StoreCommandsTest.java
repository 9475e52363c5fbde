package org.budgetworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetworkbench.core.ExtractScore;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** import, validate and export as a batch reviewer runs them. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void importStoresEveryFileAndChecksIt() {
        Path db = dir.resolve("store");
        assertThat(run("import", "samples/000_2efbff76b0545c5f.xlsx", "samples/002_7253a26da12f1913.xls",
                "--db", db.toString(), "--create-db")).isZero();
        try (Store s = Store.open(db)) {
            assertThat(s.documents().list()).extracting(StoredDocument::kind)
                    .containsExactlyInAnyOrder(DocumentKind.BUDGET, DocumentKind.FINAL);
            StoredDocument budget = s.documents().list().stream().filter(d -> d.kind() == DocumentKind.BUDGET)
                    .findFirst().orElseThrow();
            assertThat(budget.status()).isEqualTo("checked");
            assertThat(s.findings().list(budget.id())).isNotEmpty();
        }
    }

    @Test
    void aWorkbookImportedWithItsPdfIsOneDocumentCheckedOnItsNarrativeAndWrittenBackIntoTheWorkbook() throws Exception {
        Path db = dir.resolve("store");
        Path workbook = Files.copy(Path.of("samples/002_7253a26da12f1913.xlsx"), dir.resolve("决算.xlsx"));
        assertThat(run("import", workbook.toString(), "samples/002_7253a26da12f1913.pdf", "--db", db.toString(), "--create-db"))
                .isZero();
        assertThat(out.toString()).contains("并入 002_7253a26da12f1913.pdf 的情况说明");
        try (Store s = Store.open(db)) {
            assertThat(s.documents().list()).singleElement().satisfies(d -> {
                assertThat(d.sourceFile()).isEqualTo(workbook.toAbsolutePath().toString());
                assertThat(s.findings().list(d.id())).anyMatch(f -> f.finding().rule().startsWith("text."));
            });
        }
        assertThat(run("export", "--department", "武汉市蔡甸区人民政府办公室本级", "--year", "2024", "--kind", "final",
                "--into-original", "--out", dir.resolve("回写.xlsx").toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("已写回 0 个单元格");
    }

    @Test
    void aBadFileInTheBatchStoresNothingAndKeepsWhatWasThere() throws Exception {
        Path db = dir.resolve("store");
        assertThat(run("import", "samples/000_2efbff76b0545c5f.xlsx", "--db", db.toString(), "--create-db")).isZero();
        Path bad = Files.write(dir.resolve("损坏.xlsx"), new byte[] {1, 2, 3, 4});
        int code = run("import", "samples/002_7253a26da12f1913.xlsx", bad.toString(), "--db", db.toString(), "--create-db");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("损坏.xlsx").contains("数据库内容未改变");
        try (Store s = Store.open(db)) {
            assertThat(s.documents().list()).hasSize(1)
                    .allMatch(d -> d.kind() == DocumentKind.BUDGET && d.version() == 1);
        }
    }

    @Test
    void validatePrintsFindingsForEachFile() throws Exception {
        assertThat(run("validate", "samples/002_7253a26da12f1913.xlsx", "--json")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("schema").asText()).isEqualTo("budget-workbench/findings@1");
        JsonNode doc = root.path("documents").get(0);
        assertThat(doc.path("kind").asText()).isEqualTo("final");
        assertThat(doc.path("findings")).isNotEmpty();
        for (JsonNode f : doc.path("findings")) {
            assertThat(f.path("rule").asText()).isNotBlank();
            assertThat(f.path("severity").asText()).isIn("error", "warning", "info");
            assertThat(f.path("message").asText()).isNotBlank();
        }
    }

    @Test
    void exportOfSomethingNotStoredSaysSo() {
        Store.open(dir.resolve("store")).close();
        int code = run("export", "--db", dir.resolve("store").toString(), "--department", "无此部门", "--year", "2024",
                "--kind", "budget", "--out", dir.resolve("x.xlsx").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("无此部门");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    /** Import (workbook or published PDF), export, read the export back: every value of the truth survives. */
    @ParameterizedTest
    @CsvSource({
        "000_2efbff76b0545c5f, .xlsx, 武汉市洪山区人民政府办公室, budget",
        "002_7253a26da12f1913, .xlsx, 武汉市蔡甸区人民政府办公室本级, final",
        "000_2efbff76b0545c5f, .pdf, 武汉市洪山区人民政府办公室, budget",
        "002_7253a26da12f1913, .pdf, 武汉市蔡甸区人民政府办公室本级, final",
    })
    void exportReadsBackToEveryValue(String id, String variant, String department, String kind) throws Exception {
        Path db = dir.resolve("store");
        assertThat(run("import", "samples/" + id + variant, "--db", db.toString(), "--create-db")).isZero();
        Path exported = dir.resolve("export-" + id + ".xlsx");
        assertThat(run("export", "--db", db.toString(), "--department", department, "--year", "2024",
                "--kind", kind, "--out", exported.toString())).as(err::toString).isZero();
        assertThat(run("extract", exported.toString(), "--json")).as(err::toString).isZero();
        ExtractScore score = ExtractScore.score(
                Files.readString(Path.of("src/test/resources/corpus/" + id + ".truth.json")), out.toString());
        assertThat(score.tablesFound()).as(score.toString()).isEqualTo(score.tables());
        assertThat(score.valuesOk()).as(score.toString()).isEqualTo(score.values());
        assertThat(score.metaOk()).as(score.toString()).isTrue();
    }

    @Test
    void reportListsEveryStoredFindingWithItsStatus() throws Exception {
        Path db = dir.resolve("store");
        assertThat(run("import", "samples/000_2efbff76b0545c5f.xlsx", "samples/002_7253a26da12f1913.xlsx",
                "--db", db.toString(), "--create-db")).isZero();
        int stored;
        try (Store s = Store.open(db)) {
            stored = s.documents().list().stream().mapToInt(d -> s.findings().list(d.id()).size()).sum();
        }
        Path all = dir.resolve("审核发现.xlsx");
        assertThat(run("report", "--db", db.toString(), "--out", all.toString())).as(err::toString).isZero();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(Files.newInputStream(all))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门/年度/类型");
            assertThat(sheet.getLastRowNum()).isEqualTo(stored);
            assertThat(sheet.getRow(1).getCell(sheet.getRow(0).getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo("待处理");
        }
        assertThat(run("report", "--db", db.toString(), "--department", "无此部门", "--out",
                dir.resolve("x.xlsx").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("无此部门");
    }

    @Test
    void aCorrectionIsWrittenBackIntoTheDepartmentsOwnWorkbook() throws Exception {
        Path db = dir.resolve("store");
        Path own = Files.copy(Path.of("samples/000_2efbff76b0545c5f.xlsx"), dir.resolve("部门自己的.xlsx"));
        assertThat(run("import", own.toString(), "--db", db.toString(), "--create-db")).isZero();
        try (Store s = Store.open(db)) {
            StoredDocument d = s.documents().list().get(0);
            org.budgetworkbench.model.Document doc = s.documents().load(d.id()).orElseThrow();
            var t = doc.table(org.budgetworkbench.model.TableType.BUDGET_EXPENDITURE).orElseThrow();
            var rows = t.rows().stream().map(r -> r.key().equals("2210203")
                    ? r.withValue("total", new java.math.BigDecimal("47.60")) : r).toList();
            s.documents().replace(d.id(), doc.withTables(doc.tables().stream()
                    .map(x -> x == t ? t.withRows(rows) : x).toList()));
        }
        Path out = dir.resolve("写回.xlsx");
        assertThat(run("export", "--db", db.toString(), "--department", "武汉市洪山区人民政府办公室", "--year", "2024",
                "--kind", "budget", "--into-original", "--out", out.toString())).as(err::toString).isZero();
        assertThat(out().toString()).contains("已写回 1 个单元格");
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(Files.newInputStream(out));
             var original = org.apache.poi.ss.usermodel.WorkbookFactory.create(Files.newInputStream(own))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(original.getNumberOfSheets());
            var sheet = wb.getSheet("表3 支出总表");
            // 2210203 购房补贴 stands in row 27 (0-based 26), 合计 in column C
            assertThat(sheet.getRow(26).getCell(0).getStringCellValue()).isEqualTo("2210203");
            assertThat(sheet.getRow(26).getCell(2).getNumericCellValue()).isEqualTo(47.60);
            assertThat(sheet.getRow(25).getCell(2).getNumericCellValue()).isEqualTo(26.05);
        }
    }

    private StringWriter out() {
        return out;
    }
}
