package org.budgetworkbench.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.Target;

/** Test fixture: the smallest documents, built in a line or two. */
public final class Docs {
    private Docs() {
    }

    /** A row: key, name, then column/value pairs ("total", "10.00", "basic", "6"). */
    public static Row row(String key, String name, String... columnValues) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (int i = 0; i + 1 < columnValues.length; i += 2) {
            v.put(columnValues[i], columnValues[i + 1] == null ? null : new BigDecimal(columnValues[i + 1]));
        }
        return new Row(key, name, v);
    }

    public static DisclosureTable table(TableType type, Row... rows) {
        return new DisclosureTable(type, type.standardTitle(), TableSource.UNKNOWN, List.of(rows));
    }

    public static Document budget(DisclosureTable... tables) {
        return doc(DocumentKind.BUDGET, tables);
    }

    public static Document fin(DisclosureTable... tables) {
        return doc(DocumentKind.FINAL, tables);
    }

    private static Document doc(DocumentKind kind, DisclosureTable... tables) {
        return new Document("测试部门", 2024, kind, null, List.of(tables), List.of(), List.of(), List.of(), List.of());
    }

    public static Document withText(Document d, String heading, String... paragraphs) {
        List<NarrativeSection> n = new ArrayList<>(d.narrative());
        n.add(new NarrativeSection(heading, 2, null, List.of(paragraphs)));
        return d.withNarrative(n);
    }

    public static Document withTargets(Document d, Target... targets) {
        return d.withTargets(List.of(targets));
    }

    public static Document withEvaluations(Document d, Evaluation... evaluations) {
        return new Document(d.department(), d.year(), d.kind(), d.unit(), d.tables(), d.targets(),
                List.of(evaluations), d.narrative(), d.formFields());
    }

    public static Document withFields(Document d, FormField... fields) {
        return new Document(d.department(), d.year(), d.kind(), d.unit(), d.tables(), d.targets(), d.evaluations(),
                d.narrative(), List.of(fields));
    }
}
