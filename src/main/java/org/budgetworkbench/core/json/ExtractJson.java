package org.budgetworkbench.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
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
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ExtractJson() {
    }

    public static String write(List<Document> documents) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode docs = root.putArray("documents");
        for (Document d : documents) {
            docs.add(toJson(d));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(Document d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("department", d.department());
        o.put("year", d.year());
        o.put("kind", d.kind().id());
        o.put("unit", d.unit());
        ArrayNode tables = o.putArray("tables");
        for (DisclosureTable t : d.tables()) {
            ObjectNode tn = tables.addObject();
            tn.put("type", t.type().id());
            tn.put("title", t.title());
            ObjectNode src = tn.putObject("source");
            putNullable(src, "page", t.source().page());
            src.put("sheet", t.source().sheet());
            ArrayNode rows = tn.putArray("rows");
            for (Row r : t.rows()) {
                ObjectNode rn = rows.addObject();
                rn.put("key", r.key());
                rn.put("name", r.name());
                ObjectNode vals = rn.putObject("values");
                for (Map.Entry<String, BigDecimal> v : r.values().entrySet()) {
                    if (v.getValue() == null) {
                        vals.putNull(v.getKey());
                    } else {
                        vals.put(v.getKey(), v.getValue());
                    }
                }
            }
        }
        ArrayNode targets = o.putArray("targets");
        for (Target t : d.targets()) {
            ObjectNode tn = targets.addObject();
            tn.put("scope", t.scope().id());
            tn.put("project", t.project());
            if (t.projectCode() != null) {
                tn.put("project_code", t.projectCode());
            }
            tn.put("period", t.period().id());
            tn.put("label", t.label());
            tn.put("goal", t.goal());
            ArrayNode inds = tn.putArray("indicators");
            for (Indicator i : t.indicators()) {
                ObjectNode in = inds.addObject();
                in.put("level1", i.level1());
                in.put("level2", i.level2());
                in.put("level3", i.level3());
                in.put("value", i.value());
                if (!i.history().isEmpty()) {
                    ArrayNode h = in.putArray("history");
                    i.history().forEach(h::add);
                }
                if (i.basis() != null) {
                    in.put("basis", i.basis());
                }
            }
        }
        ArrayNode evals = o.putArray("evaluations");
        for (Evaluation e : d.evaluations()) {
            ObjectNode en = evals.addObject();
            en.put("scope", e.scope().id());
            en.put("project", e.project());
            if (e.unit() != null) {
                en.put("unit", e.unit());
            }
            en.put("budget", e.budget());
            en.put("executed", e.executed());
            en.put("rate", e.rate());
            en.put("execution_score", e.executionScore());
            en.put("total_score", e.totalScore());
            putNullable(en, "execution_weight", e.executionWeight());
            if (!e.goals().isEmpty()) {
                ArrayNode g = en.putArray("goals");
                e.goals().forEach(g::add);
            }
            ArrayNode inds = en.putArray("indicators");
            for (EvaluationIndicator i : e.indicators()) {
                ObjectNode in = inds.addObject();
                in.put("level1", i.level1());
                in.put("level2", i.level2());
                in.put("level3", i.level3());
                in.put("target", i.target());
                in.put("actual", i.actual());
                in.put("score", i.score());
                if (i.goalIndex() != null) {
                    in.put("goal_index", i.goalIndex());
                }
            }
        }
        ArrayNode fields = o.putArray("form_fields");
        for (FormField f : d.formFields()) {
            ObjectNode fn = fields.addObject();
            fn.put("table", f.table());
            fn.put("project", f.project());
            fn.put("label", f.label());
            fn.put("value", f.value());
        }
        ArrayNode narrative = o.putArray("narrative");
        for (NarrativeSection s : d.narrative()) {
            ObjectNode sn = narrative.addObject();
            sn.put("heading", s.heading());
            sn.put("level", s.level());
            putNullable(sn, "page", s.page());
            ArrayNode ps = sn.putArray("paragraphs");
            s.paragraphs().forEach(ps::add);
        }
        return o;
    }

    private static void putNullable(ObjectNode o, String field, Integer value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }

    /** Reads every document of an extract@1 text (the truth files' {@code extract} too). */
    public static List<Document> read(String json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
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
                    rows));
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
                DocumentKind.fromId(d.path("kind").asText()), text(d, "unit"), tables, targets, evals, narrative,
                fields);
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
