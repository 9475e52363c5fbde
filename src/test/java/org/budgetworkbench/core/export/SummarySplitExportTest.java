package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 单位 收支总表 (expenditure side 合计 | 基本支出 | 项目支出) is exported with its split under 基本支出 / 项目支出
 * headers, and reads back with the same columns and figures.
 */
class SummarySplitExportTest {
    @TempDir
    Path dir;

    /** The budget's 收支总表 with each class line's and the total lines' 基本/项目 taken from its 支出总表. */
    private static DisclosureTable split(DisclosureTable summary, DisclosureTable expenditure) {
        List<Row> rows = new ArrayList<>();
        for (Row r : summary.rows()) {
            String item = r.key().substring(r.key().indexOf('.') + 1);
            String source = !r.key().startsWith("expenditure.") ? null
                    : item.matches("\\d{3}") ? item : item.equals("current") || item.equals("grand_total") ? "total" : null;
            Row e = source == null ? null : expenditure.row(source).orElse(null);
            Map<String, BigDecimal> v = new LinkedHashMap<>(r.values());
            if (e != null) {
                v.put("basic", e.values().get("basic"));
                v.put("project", e.values().get("project"));
            }
            rows.add(new Row(r.key(), r.name(), v));
        }
        return new DisclosureTable(summary.type(), summary.title(), summary.source(), rows,
                List.of("amount", "basic", "project"));
    }

    @Test
    void theSplitIsExportedUnderItsHeadersAndReadsBack() throws Exception {
        Document budget = DisclosureWorkbookWriterTest.truth(DisclosureWorkbookWriterTest.BUDGET);
        DisclosureTable expenditure = budget.table(TableType.BUDGET_EXPENDITURE).orElseThrow();
        Document doc = budget.withTables(budget.tables().stream()
                .map(t -> t.type() == TableType.BUDGET_SUMMARY ? split(t, expenditure) : t).toList());

        Path out = dir.resolve("unit-summary.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet sheet = wb.getSheet("表1 收支总表");
            List<String> texts = new ArrayList<>();
            sheet.forEach(row -> row.forEach(c -> texts.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    ? c.getStringCellValue() : "")));
            assertThat(texts).contains("基本支出", "项目支出", "合计");
        }
        DisclosureTable written = doc.table(TableType.BUDGET_SUMMARY).orElseThrow();
        DisclosureTable read = new DisclosureExtractor().extract(out).document().table(TableType.BUDGET_SUMMARY)
                .orElseThrow();
        assertThat(read.columns()).containsExactly("amount", "basic", "project");
        for (Row r : written.rows()) {
            Row again = read.row(r.key()).orElseThrow();
            r.values().forEach((c, v) -> assertThat(again.amount(c)).as(r.key() + " " + c)
                    .isEqualByComparingTo(v == null ? BigDecimal.ZERO : v));
        }
        assertThat(read.row("expenditure.201").orElseThrow().values()).containsKeys("basic", "project");
    }
}
