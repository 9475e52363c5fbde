package org.budgetworkbench.core.limits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;

/**
 * Generators of documents that are lawful in shape but extreme in size (超大文档), for the validator: a narrative
 * that repeats a clause thousands of times, a table of tens of thousands of coded rows. Built from a read
 * document so every rule has its usual tables to work on.
 */
final class HostileDocuments {
    /** A clause of the kind the narrative rules read: a subject, an amount, a change and a reason. */
    static final String CLAUSE = "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）支出1,220.64万元，"
            + "比上年决算增加12.5万元，增长1.0%，主要原因是人员变动；";

    private HostileDocuments() {
    }

    /** {@code base} with one more narrative section repeating {@link #CLAUSE} {@code times} times in one paragraph. */
    static Document repeatedClause(Document base, int times) {
        List<NarrativeSection> narrative = new ArrayList<>(base.narrative());
        narrative.add(new NarrativeSection("一、关于一般公共预算财政拨款支出决算情况说明", 2, 3, List.of(CLAUSE.repeat(times))));
        return new Document(base.department(), base.year(), base.kind(), base.unit(), base.tables(), base.targets(),
                base.evaluations(), narrative, base.formFields());
    }

    /** {@code base} with its largest table grown to {@code rows} coded rows (7-digit codes, distinct). */
    static Document manyRows(Document base, int rows) {
        DisclosureTable largest = base.tables().stream()
                .max(java.util.Comparator.comparingInt(t -> t.rows().size())).orElseThrow();
        Row template = largest.rows().get(largest.rows().size() - 1);
        List<Row> grown = new ArrayList<>(largest.rows());
        for (int i = 0; grown.size() < rows; i++) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            BigDecimal amount = BigDecimal.valueOf(i % 1000, 2);
            template.values().forEach((col, v) -> values.put(col, v == null ? null : amount));
            grown.add(new Row(String.valueOf(2_000_000 + i), "项目" + i, values));
        }
        List<DisclosureTable> tables = new ArrayList<>();
        for (DisclosureTable t : base.tables()) {
            tables.add(t == largest ? t.withRows(grown) : t);
        }
        return base.withTables(tables);
    }
}
