package org.budgetworkbench.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The test-side twin of tools/score_extract.py: tables found by type, rows by key (a key printed twice
 * matches in order), values within 0.005 with blank = 0, indicators as (level3, value) / (level3, target,
 * actual) tuples, meta = year and kind.
 */
public record ExtractScore(int tables, int tablesFound, int rows, int rowsFound, int values, int valuesOk,
                           int indicators, int indicatorsOk, boolean metaOk, List<String> misses) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public double valuePercent() {
        return values == 0 ? 0 : 100.0 * valuesOk / values;
    }

    public static ExtractScore score(String truthJson, String outputJson) throws IOException {
        JsonNode truth = MAPPER.readTree(truthJson);
        JsonNode tdoc = (truth.has("extract") ? truth.get("extract") : truth).path("documents").get(0);
        JsonNode odoc = pick(MAPPER.readTree(outputJson), tdoc);
        int tables = 0, tablesFound = 0, rows = 0, rowsFound = 0, values = 0, valuesOk = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode t : tdoc.path("tables")) {
            tables++;
            String type = t.path("type").asText();
            Map<String, List<JsonNode>> orows = new HashMap<>();
            boolean found = false;
            for (JsonNode ot : odoc.path("tables")) {
                if (ot.path("type").asText().equals(type)) {
                    found = true;
                    for (JsonNode r : ot.path("rows")) {
                        orows.computeIfAbsent(r.path("key").asText(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
            tablesFound += found ? 1 : 0;
            Map<String, Integer> seen = new HashMap<>();
            for (JsonNode r : t.path("rows")) {
                rows++;
                String key = r.path("key").asText();
                int nth = seen.merge(key, 1, Integer::sum) - 1;
                List<JsonNode> same = orows.getOrDefault(key, List.of());
                JsonNode o = same.isEmpty() ? null : same.get(Math.min(nth, same.size() - 1));
                rowsFound += o != null ? 1 : 0;
                Iterator<Map.Entry<String, JsonNode>> it = r.path("values").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> v = it.next();
                    Double tv = num(v.getValue());
                    if (tv == null) {
                        continue;
                    }
                    values++;
                    Double ov = o == null ? null : num(o.path("values").path(v.getKey()));
                    if (ov != null && Math.abs(ov - tv) < 0.005) {
                        valuesOk++;
                    } else if (misses.size() < 40) {
                        misses.add(type + " row " + key + " col " + v.getKey() + ": want " + tv + " got "
                                + (o == null ? "no row" : o.path("values").path(v.getKey())));
                    }
                }
            }
        }
        int indicators = 0, indicatorsOk = 0;
        for (String[] spec : new String[][] {{"targets", "level3", "value"}, {"evaluations", "level3", "target", "actual"}}) {
            Map<List<String>, Integer> have = new HashMap<>();
            for (List<String> p : tuples(odoc, spec)) {
                have.merge(p, 1, Integer::sum);
            }
            for (List<String> p : tuples(tdoc, spec)) {
                indicators++;
                if (have.getOrDefault(p, 0) > 0) {
                    have.merge(p, -1, Integer::sum);
                    indicatorsOk++;
                }
            }
        }
        boolean meta = Objects.equals(odoc.path("year").asText(null), tdoc.path("year").asText(null))
                && Objects.equals(odoc.path("kind").asText(null), tdoc.path("kind").asText(null));
        return new ExtractScore(tables, tablesFound, rows, rowsFound, values, valuesOk, indicators, indicatorsOk,
                meta, misses);
    }

    private static JsonNode pick(JsonNode out, JsonNode tdoc) {
        JsonNode docs = out.path("documents");
        if (!docs.isArray() || docs.isEmpty()) {
            return MAPPER.createObjectNode();
        }
        for (JsonNode d : docs) {
            if (d.path("department").equals(tdoc.path("department")) && d.path("year").equals(tdoc.path("year"))) {
                return d;
            }
        }
        return docs.get(0);
    }

    private static List<List<String>> tuples(JsonNode doc, String[] spec) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode t : doc.path(spec[0])) {
            for (JsonNode i : t.path("indicators")) {
                List<String> p = new ArrayList<>();
                for (int k = 1; k < spec.length; k++) {
                    JsonNode v = i.get(spec[k]);
                    p.add((v == null || v.isNull() ? "" : v.asText()).replaceAll("\\s+", ""));
                }
                out.add(p);
            }
        }
        return out;
    }

    private static Double num(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode() || v.asText().isEmpty()) {
            return 0.0;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.valueOf(v.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return String.format("tables %d/%d rows %d/%d values %d/%d (%.1f%%) indicators %d/%d meta %s", tablesFound,
                tables, rowsFound, rows, valuesOk, values, valuePercent(), indicatorsOk, indicators,
                metaOk ? "ok" : "wrong");
    }
}
