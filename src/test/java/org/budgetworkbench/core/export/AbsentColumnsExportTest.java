package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
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
 * A table without 人员经费/公用经费 (as Shanghai prints its 一般公共预算支出表) is exported without those columns —
 * not with columns of zeros — and reads back with the same columns and figures.
 */
class AbsentColumnsExportTest {
    @TempDir
    Path dir;

    private static DisclosureTable withoutPersonnel(DisclosureTable t) {
        List<Row> rows = t.rows().stream().map(r -> {
            Map<String, BigDecimal> v = new LinkedHashMap<>(r.values());
            v.keySet().removeAll(List.of("personnel", "public"));
            return new Row(r.key(), r.name(), v);
        }).toList();
        List<String> columns = t.columns().stream().filter(c -> !c.equals("personnel") && !c.equals("public")).toList();
        return new DisclosureTable(t.type(), t.title(), t.source(), rows, columns);
    }

    @Test
    void anAbsentColumnIsLeftOutOfTheExportAndStaysAbsentWhenReadBack() throws Exception {
        Document budget = DisclosureWorkbookWriterTest.truth(DisclosureWorkbookWriterTest.BUDGET);
        assertThat(budget.table(TableType.BUDGET_GPB_EXPENDITURE).orElseThrow().prints("personnel")).isTrue();
        Document doc = budget.withTables(budget.tables().stream()
                .map(t -> t.type() == TableType.BUDGET_GPB_EXPENDITURE ? withoutPersonnel(t) : t).toList());

        Path out = dir.resolve("no-personnel.xlsx");
        new DisclosureWorkbookWriter().write(doc, out);
        Document back = new DisclosureExtractor().extract(out).document();

        DisclosureTable written = doc.table(TableType.BUDGET_GPB_EXPENDITURE).orElseThrow();
        DisclosureTable read = back.table(TableType.BUDGET_GPB_EXPENDITURE).orElseThrow();
        assertThat(read.columns()).containsExactlyElementsOf(written.columns());
        assertThat(read.prints("personnel")).isFalse();
        for (Row r : written.rows()) {
            Row again = read.row(r.key()).orElseThrow();
            assertThat(again.values().keySet()).isEqualTo(r.values().keySet());
            r.values().forEach((c, v) -> assertThat(again.amount(c)).as(r.key() + " " + c)
                    .isEqualByComparingTo(v == null ? BigDecimal.ZERO : v));
        }
        // the 基本支出表 keeps its own 人员经费/公用经费
        assertThat(back.table(TableType.BUDGET_GPB_BASIC).orElseThrow().prints("personnel")).isTrue();
    }
}
