package org.budgetworkbench.core.across;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/** Test code: the smallest documents the checks across documents need, built line by line. */
final class Docs {
    private final String department;
    private final int year;
    private final DocumentKind kind;
    private final Map<TableType, List<Row>> tables = new LinkedHashMap<>();
    private final List<NarrativeSection> narrative = new ArrayList<>();

    private Docs(String department, int year, DocumentKind kind) {
        this.department = department;
        this.year = year;
        this.kind = kind;
    }

    static Docs budget(String department, int year) {
        return new Docs(department, year, DocumentKind.BUDGET);
    }

    static Docs fin(String department, int year) {
        return new Docs(department, year, DocumentKind.FINAL);
    }

    /** A row: key, name, then column/value pairs ("total", "36.00", …). */
    Docs row(TableType type, String key, String name, String... columnsAndValues) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put(columnsAndValues[i], new BigDecimal(columnsAndValues[i + 1]));
        }
        tables.computeIfAbsent(type, t -> new ArrayList<>()).add(new Row(key, name, values));
        return this;
    }

    Docs text(String heading, String paragraph) {
        narrative.add(new NarrativeSection(heading, 2, 3, List.of(paragraph)));
        return this;
    }

    Document build() {
        List<DisclosureTable> t = new ArrayList<>();
        tables.forEach((type, rows) -> t.add(new DisclosureTable(type, type.standardTitle(), null, rows)));
        return new Document(department, year, kind, null, t, List.of(), List.of(), narrative, List.of());
    }
}
