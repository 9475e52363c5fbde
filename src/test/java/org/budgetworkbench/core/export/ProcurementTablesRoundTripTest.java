package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget with 政府采购预算表 and 政府购买服务预算表 (printed by some districts after 项目支出表): each gets its own
 * sheet in the export, and reading the export back gives their rows and figures again.
 */
class ProcurementTablesRoundTripTest {
    @TempDir
    Path dir;

    private static DisclosureTable table(TableType type) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("total", "合计", "84.50", "80.00", "4.50"));
        rows.add(row("42011124003T000000100", "办公设备购置", "60.00", "60.00", "0"));
        rows.add(row("42011124003T000000200", "印刷服务", "24.50", "20.00", "4.50"));
        return new DisclosureTable(type, type.standardTitle(), null, rows);
    }

    private static Row row(String key, String name, String total, String gpb, String business) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("total", new BigDecimal(total));
        v.put("gpb", new BigDecimal(gpb));
        v.put("gov_fund", BigDecimal.ZERO);
        v.put("business", new BigDecimal(business));
        v.put("other", BigDecimal.ZERO);
        v.put("carryover", BigDecimal.ZERO);
        return new Row(key, name, v);
    }

    @Test
    void procurementAndPurchasedServicesTablesAreExportedAndReadBack() throws Exception {
        Document budget = DisclosureWorkbookWriterTest.truth(DisclosureWorkbookWriterTest.BUDGET);
        List<DisclosureTable> tables = new ArrayList<>(budget.tables());
        tables.add(table(TableType.BUDGET_PROCUREMENT));
        tables.add(table(TableType.BUDGET_PURCHASE_SERVICES));
        Document doc = budget.withTables(tables);

        Path out = dir.resolve("with-procurement.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        Document back = new DisclosureExtractor().extract(out).document();

        for (TableType type : List.of(TableType.BUDGET_PROCUREMENT, TableType.BUDGET_PURCHASE_SERVICES)) {
            DisclosureTable written = doc.table(type).orElseThrow();
            DisclosureTable read = back.table(type).orElseThrow(() -> new AssertionError(type + " not read back"));
            assertThat(read.rows()).extracting(Row::key).containsExactlyElementsOf(
                    written.rows().stream().map(Row::key).toList());
            for (Row r : written.rows()) {
                Row again = read.row(r.key()).orElseThrow();
                assertThat(again.name()).isEqualTo(r.name());
                r.values().forEach((column, value) -> assertThat(again.amount(column)).as(type + " " + r.key()
                        + " " + column).isEqualByComparingTo(value));
            }
        }
        assertThat(back.tables()).hasSize(doc.tables().size());
    }
}
