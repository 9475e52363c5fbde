package org.budgetworkbench.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * Partner documents made from the corpus budget: the same department a year earlier, its final accounts, and a
 * 单位 document of it.
 */
public final class WorkbenchDocuments {
    private WorkbenchDocuments() {
    }

    /** The budget a year earlier, every figure × {@code factor} (to the 分). */
    public static Document previousYear(Document doc, String factor) {
        List<DisclosureTable> tables = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            tables.add(t.withRows(scaled(t.rows(), new BigDecimal(factor))));
        }
        return new Document(doc.department(), doc.year() - 1, doc.kind(), doc.unit(), tables, doc.targets(),
                doc.evaluations(), doc.narrative(), doc.formFields());
    }

    /** The department's 单位 document of the same year and kind, every figure × {@code factor}. */
    public static Document unit(Document dept, String factor) {
        List<DisclosureTable> tables = new ArrayList<>();
        for (DisclosureTable t : dept.tables()) {
            tables.add(t.withRows(scaled(t.rows(), new BigDecimal(factor))));
        }
        return new Document(dept.department(), dept.year(), dept.kind(), dept.unit(), tables, List.of(), List.of(),
                List.of(), List.of()).withScope(org.budgetworkbench.model.DocumentScope.UNIT);
    }

    /** The same year's final accounts of a budget: its 支出总表 as 公开03表, every figure × {@code factor}. */
    public static Document finalAccounts(Document budget, String factor) {
        DisclosureTable exp = budget.table(TableType.BUDGET_EXPENDITURE).orElseThrow();
        DisclosureTable fin = new DisclosureTable(TableType.FINAL_EXPENDITURE, "支出决算表", exp.source(),
                scaled(exp.rows(), new BigDecimal(factor)));
        return new Document(budget.department(), budget.year(), DocumentKind.FINAL, budget.unit(), List.of(fin),
                List.of(), List.of(), List.of(), List.of());
    }

    private static List<Row> scaled(List<Row> rows, BigDecimal f) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, BigDecimal> v = new LinkedHashMap<>();
            r.values().forEach((k, x) -> v.put(k, x == null ? null : x.multiply(f).setScale(2, RoundingMode.HALF_UP)));
            out.add(new Row(r.key(), r.name(), v));
        }
        return out;
    }
}
