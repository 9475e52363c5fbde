package org.budgetworkbench.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;

/** Writes and reads {@code budget-workbench/extract@1} (see docs/contract.md). */
public final class ExtractJson {
    public static final String SCHEMA = "budget-workbench/extract@1";
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The tree mapper, made only when something reads JSON or writes findings (not on extract's path). */
    static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    private static final class MapperHolder {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private ExtractJson() {
    }

    /**
     * Writes with Jackson's streaming generator rather than a tree: the command line writes once per process,
     * and a cold ObjectMapper costs more start-up than the whole write.
     */
    public static String write(List<Document> documents) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeArrayFieldStart("documents");
            for (Document d : documents) {
                writeDocument(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void writeDocument(JsonGenerator g, Document d) throws IOException {
        g.writeStartObject();
        g.writeStringField("department", d.department());
        g.writeNumberField("year", d.year());
        g.writeStringField("kind", d.kind().id());
        g.writeStringField("scope", d.scope().id());
        g.writeStringField("unit", d.unit());
        g.writeArrayFieldStart("tables");
        for (DisclosureTable t : d.tables()) {
            g.writeStartObject();
            g.writeStringField("type", t.type().id());
            g.writeStringField("title", t.title());
            g.writeObjectFieldStart("source");
            writeInteger(g, "page", t.source().page());
            g.writeStringField("sheet", t.source().sheet());
            g.writeEndObject();
            // a column the contract names no id for (TableType#isContractColumn: 财政拨款收入, 机关运行经费) is an
            // addition the contract leaves room for, written and listed like the 单位 收支总表's split
            writeStrings(g, "columns", t.columns());
            g.writeArrayFieldStart("rows");
            for (Row r : t.rows()) {
                g.writeStartObject();
                g.writeStringField("key", r.key());
                g.writeStringField("name", r.name());
                g.writeObjectFieldStart("values");
                for (Map.Entry<String, BigDecimal> v : r.values().entrySet()) {
                    writeDecimal(g, v.getKey(), v.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            // the notes under the table (本表无数据 …): a field the contract does not name, so allowed, and
            // written only where the table has one, so a table without notes prints as before
            if (!t.notes().isEmpty()) {
                writeStrings(g, "notes", t.notes());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("targets");
        for (Target t : d.targets()) {
            g.writeStartObject();
            g.writeStringField("scope", t.scope().id());
            g.writeStringField("project", t.project());
            if (t.projectCode() != null) {
                g.writeStringField("project_code", t.projectCode());
            }
            g.writeStringField("period", t.period().id());
            g.writeStringField("label", t.label());
            g.writeStringField("goal", t.goal());
            g.writeArrayFieldStart("indicators");
            for (Indicator i : t.indicators()) {
                g.writeStartObject();
                g.writeStringField("level1", i.level1());
                g.writeStringField("level2", i.level2());
                g.writeStringField("level3", i.level3());
                g.writeStringField("value", i.value());
                if (!i.history().isEmpty()) {
                    writeStrings(g, "history", i.history());
                }
                if (i.basis() != null) {
                    g.writeStringField("basis", i.basis());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evaluations");
        for (Evaluation e : d.evaluations()) {
            g.writeStartObject();
            g.writeStringField("scope", e.scope().id());
            g.writeStringField("project", e.project());
            if (e.unit() != null) {
                g.writeStringField("unit", e.unit());
            }
            writeDecimal(g, "budget", e.budget());
            writeDecimal(g, "executed", e.executed());
            writeDecimal(g, "rate", e.rate());
            writeDecimal(g, "execution_score", e.executionScore());
            writeDecimal(g, "total_score", e.totalScore());
            writeInteger(g, "execution_weight", e.executionWeight());
            if (!e.goals().isEmpty()) {
                writeStrings(g, "goals", e.goals());
            }
            g.writeArrayFieldStart("indicators");
            for (EvaluationIndicator i : e.indicators()) {
                g.writeStartObject();
                g.writeStringField("level1", i.level1());
                g.writeStringField("level2", i.level2());
                g.writeStringField("level3", i.level3());
                g.writeStringField("target", i.target());
                g.writeStringField("actual", i.actual());
                writeDecimal(g, "score", i.score());
                if (i.goalIndex() != null) {
                    g.writeNumberField("goal_index", i.goalIndex());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("form_fields");
        for (FormField f : d.formFields()) {
            g.writeStartObject();
            g.writeStringField("table", f.table());
            g.writeStringField("project", f.project());
            g.writeStringField("label", f.label());
            g.writeStringField("value", f.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("narrative");
        for (NarrativeSection s : d.narrative()) {
            g.writeStartObject();
            g.writeStringField("heading", s.heading());
            g.writeNumberField("level", s.level());
            writeInteger(g, "page", s.page());
            writeStrings(g, "paragraphs", s.paragraphs());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeInteger(JsonGenerator g, String field, Integer value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void writeDecimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Reads every document of an extract@1 text (the truth files' {@code extract} too). */
    public static List<Document> read(String json) throws IOException {
        JsonNode root = mapper().readTree(json);
        if (root.has("extract")) {
            root = root.get("extract");
        }
        List<Document> out = new ArrayList<>();
        for (JsonNode d : root.path("documents")) {
            out.add(fromJson(d));
        }
        return out;
    }

    public static Document fromJson(JsonNode d) {
        List<DisclosureTable> tables = new ArrayList<>();
        for (JsonNode t : d.path("tables")) {
            List<Row> rows = new ArrayList<>();
            for (JsonNode r : t.path("rows")) {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = r.path("values").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> v = it.next();
                    values.put(v.getKey(), v.getValue().isNull() ? null : v.getValue().decimalValue());
                }
                rows.add(new Row(r.path("key").asText(), text(r, "name"), values));
            }
            JsonNode src = t.path("source");
            tables.add(new DisclosureTable(TableType.fromId(t.path("type").asText()), text(t, "title"),
                    new TableSource(src.path("page").isInt() ? src.path("page").asInt() : null, text(src, "sheet")),
                    rows, columns(t), strings(t, "notes")));
        }
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : d.path("targets")) {
            List<Indicator> inds = new ArrayList<>();
            for (JsonNode i : t.path("indicators")) {
                List<String> history = new ArrayList<>();
                i.path("history").forEach(h -> history.add(h.asText()));
                inds.add(new Indicator(text(i, "level1"), text(i, "level2"), text(i, "level3"), text(i, "value"),
                        history, text(i, "basis")));
            }
            targets.add(new Target(TargetScope.fromId(t.path("scope").asText()), text(t, "project"),
                    text(t, "project_code"), TargetPeriod.fromId(t.path("period").asText()), text(t, "label"),
                    text(t, "goal"), inds));
        }
        List<Evaluation> evals = new ArrayList<>();
        for (JsonNode e : d.path("evaluations")) {
            List<EvaluationIndicator> inds = new ArrayList<>();
            for (JsonNode i : e.path("indicators")) {
                inds.add(new EvaluationIndicator(text(i, "level1"), text(i, "level2"), text(i, "level3"),
                        text(i, "target"), text(i, "actual"), decimal(i, "score"),
                        i.path("goal_index").isInt() ? i.path("goal_index").asInt() : null));
            }
            List<String> goals = new ArrayList<>();
            e.path("goals").forEach(g -> goals.add(g.asText()));
            evals.add(new Evaluation(TargetScope.fromId(e.path("scope").asText()), text(e, "project"), text(e, "unit"),
                    decimal(e, "budget"), decimal(e, "executed"), decimal(e, "rate"), decimal(e, "execution_score"),
                    decimal(e, "total_score"),
                    e.path("execution_weight").isNumber() ? e.path("execution_weight").asInt() : null, goals, inds));
        }
        List<NarrativeSection> narrative = new ArrayList<>();
        for (JsonNode s : d.path("narrative")) {
            List<String> ps = new ArrayList<>();
            s.path("paragraphs").forEach(p -> ps.add(p.asText()));
            narrative.add(new NarrativeSection(text(s, "heading"), s.path("level").asInt(),
                    s.path("page").isInt() ? s.path("page").asInt() : null, ps));
        }
        List<FormField> fields = new ArrayList<>();
        for (JsonNode f : d.path("form_fields")) {
            fields.add(new FormField(text(f, "table"), text(f, "project"), text(f, "label"), text(f, "value"), null));
        }
        return new Document(text(d, "department"), d.path("year").asInt(),
                DocumentKind.fromId(d.path("kind").asText()), DocumentScope.fromId(text(d, "scope")), text(d, "unit"),
                tables, targets, evals, narrative, fields);
    }

    /** The printed columns; null (those the rows carry) for JSON written before tables listed them. */
    private static List<String> columns(JsonNode t) {
        if (!t.path("columns").isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        t.path("columns").forEach(c -> out.add(c.asText()));
        return out;
    }

    /** An array of strings, empty when the field is absent. */
    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isNumber() ? null : v.decimalValue();
    }
}
