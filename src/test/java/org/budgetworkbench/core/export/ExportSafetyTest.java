package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from the input never becomes a formula; a failed write never leaves a half-written file. */
class ExportSafetyTest {
    @TempDir
    Path dir;

    private static Document hostile() {
        Row row = new Row("name:=SUM(A1)", "=SUM(A1)", Map.of("total", new BigDecimal("12.50")));
        Row other = new Row("name:+cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", Map.of("total", BigDecimal.ONE));
        DisclosureTable projects = new DisclosureTable(TableType.BUDGET_PROJECTS, "项目支出表", TableSource.UNKNOWN,
                List.of(row, other));
        Target target = new Target(TargetScope.PROJECT, "@SUM(1+1)", null, TargetPeriod.ANNUAL, "年度目标1",
                "-2+3", List.of(new Indicator("产出指标", "数量指标", "=1+1", "=HYPERLINK(\"x\")", List.of(), "@x")));
        return new Document("=部门", 2024, DocumentKind.BUDGET, null, List.of(projects), List.of(target), null, null,
                null);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        Path out = dir.resolve("hostile.xlsx");
        new DisclosureWorkbookWriter().write(hostile(), out);
        try (Workbook wb = DisclosureWorkbookWriterTest.open(out)) {
            Sheet projects = wb.getSheetAt(0);
            Cell name = find(projects, "=SUM(A1)");
            assertThat(name).isNotNull();
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(find(projects, "+cmd|' /C calc'!A0").getCellType()).isEqualTo(CellType.STRING);
            for (Sheet s : wb) {
                for (org.apache.poi.ss.usermodel.Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).as(s.getSheetName() + " " + c.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Sheet target = wb.getSheetAt(1);
            assertThat(find(target, "=HYPERLINK(\"x\")").getCellType()).isEqualTo(CellType.STRING);
            assertThat(find(target, "-2+3")).isNotNull();
        }
    }

    @Test
    void aFailureHalfWayLeavesTheExistingFileAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("公开表.xlsx");
        Files.writeString(out, "the analyst's previous export");
        DisclosureWorkbookWriter failing = new DisclosureWorkbookWriter(stream -> new FilterOutputStream(stream) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 2000) {
                    throw new IOException("disk full");
                }
                super.write(b);
            }
        });
        assertThatThrownBy(() -> failing.write(DisclosureWorkbookWriterTest.truth(DisclosureWorkbookWriterTest.BUDGET),
                out)).isInstanceOf(IOException.class).hasMessageContaining("写入 公开表.xlsx 失败");
        assertThat(Files.readString(out)).isEqualTo("the analyst's previous export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path out = dir.resolve("out.xlsx");
        Files.writeString(out, "old");
        new DisclosureWorkbookWriter().write(DisclosureWorkbookWriterTest.truth(DisclosureWorkbookWriterTest.FINAL), out);
        byte[] head = Files.readAllBytes(out);
        assertThat(new String(head, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void atomicFileDeletesItsTemporaryFileWhenTheContentThrows() throws IOException {
        Path out = dir.resolve("x.bin");
        assertThatThrownBy(() -> AtomicFile.write(out, stream -> {
            stream.write(new byte[100]);
            throw new IllegalStateException("writer broke");
        })).isInstanceOf(IllegalStateException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static Cell find(Sheet s, String text) {
        for (org.apache.poi.ss.usermodel.Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return c;
                }
            }
        }
        return null;
    }

}
