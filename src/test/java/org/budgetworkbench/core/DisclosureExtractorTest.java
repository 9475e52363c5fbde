package org.budgetworkbench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureExtractorTest {
    @TempDir
    Path dir;

    private final DisclosureExtractor extractor = new DisclosureExtractor();

    @Test
    void anUnrelatedWorkbookIsNoDisclosure() throws Exception {
        Path file = dir.resolve("销售清单.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("销售");
            String[] head = {"日期", "客户", "商品", "数量", "金额"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 1; r < 20; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("2024-03-" + r);
                row.createCell(1).setCellValue("客户" + r);
                row.createCell(2).setCellValue("打印纸");
                row.createCell(3).setCellValue(r);
                row.createCell(4).setCellValue(r * 25.5);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThatThrownBy(() -> extractor.extract(file)).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("销售清单.xlsx").hasMessageContaining("不是部门预决算公开表");
    }

    @Test
    void aBrokenPdfIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("公开.pdf");
        Files.writeString(file, "%PDF-1.4\n");
        assertThatThrownBy(() -> extractor.extract(file)).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("公开.pdf");
    }

    @Test
    void aSheetPerTableWorkbookKeepsItsSheetNamesAsSources() throws Exception {
        ExtractResult r = extractor.extract(Path.of("samples/000_2efbff76b0545c5f.xlsx"));
        assertThat(r.document().kind()).isEqualTo(DocumentKind.BUDGET);
        assertThat(r.document().table(TableType.BUDGET_EXPENDITURE).orElseThrow().source().sheet())
                .isEqualTo("表3 支出总表");
        assertThat(r.skipped()).as("every sheet is a table or a performance form").isEmpty();
        assertThat(r.document().table(TableType.BUDGET_EXPENDITURE).orElseThrow().row("2010301").orElseThrow()
                .cells().get("total").address()).isEqualTo("C9");
    }

    @Test
    void aSheetThatIsNeitherTableNorFormIsReportedAsSkipped() throws Exception {
        ExtractResult r = extractor.extract(Path.of("samples/002_7253a26da12f1913.xlsx"));
        assertThat(r.skipped()).hasSize(1).allMatch(s -> s.contains("未识别为公开表") && s.contains("10 表"));
    }
}
