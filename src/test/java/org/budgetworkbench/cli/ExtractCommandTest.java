package org.budgetworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsOneExtractDocumentPerFile() throws Exception {
        int code = run("extract", "samples/000_2efbff76b0545c5f.xlsx", "samples/002_7253a26da12f1913.xls", "--json");
        assertThat(code).isZero();
        List<Document> docs = ExtractJson.read(out.toString());
        assertThat(docs).extracting(Document::year).containsExactly(2024, 2024);
        assertThat(out.toString()).contains("\"schema\" : \"budget-workbench/extract@1\"");
    }

    @Test
    void aBadFileFailsWithItsNameAndReasonOnStderr() throws Exception {
        Path bad = Files.writeString(dir.resolve("坏.xlsx"), "not a workbook");
        int code = run("extract", bad.toString(), "--json");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("坏.xlsx").contains("不是 Excel 工作簿");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void withoutJsonPrintsAShortSummary() {
        assertThat(run("extract", "samples/002_7253a26da12f1913-stacked.xlsx")).isZero();
        assertThat(out.toString()).contains("2024 年部门决算").contains("9 张公开表").contains("final.three_public");
    }

    @Test
    void theSummaryNamesTheRegionsThatWereNotRead() {
        assertThat(run("extract", "samples/002_7253a26da12f1913.xlsx")).isZero();
        assertThat(out.toString()).contains("未读取 1 处").contains("工作表“10 表”");
        assertThat(err.toString()).doesNotContain("10 表");
    }

    @Test
    void aWorkbookWithFiguresButNoTableIsRefusedNamingItsRegions() throws Exception {
        Path file = dir.resolve("明细.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("资产");
            sheet.createRow(0).createCell(0).setCellValue("固定资产明细");
            var header = sheet.createRow(1);
            header.createCell(0).setCellValue("资产名称");
            header.createCell(1).setCellValue("原值");
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("办公设备");
            row.createCell(1).setCellValue(12.5);
            try (var o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
        assertThat(run("import", file.toString(), "--create-db", "--db", dir.resolve("store").toString())).isNotZero();
        assertThat(err.toString()).contains("明细.xlsx").contains("未识别出任何公开表").contains("工作表“资产”")
                .contains("含有数字");
    }
}
