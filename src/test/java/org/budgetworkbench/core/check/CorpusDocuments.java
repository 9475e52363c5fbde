package org.budgetworkbench.core.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.NarrativeSection;

/**
 * Test fixture: a corpus truth file as the validator would see the document — the truth's extract, with the
 * narrative rebuilt from the rendered blocks (heading → new section, para → paragraph) and the labelled
 * fields of the performance forms taken from the rendered form tables (label cell followed by value cell).
 */
public final class CorpusDocuments {
    public static final String[] IDS = {"000_2efbff76b0545c5f", "002_7253a26da12f1913"};

    private CorpusDocuments() {
    }

    public static String truthText(String id) throws IOException {
        try (InputStream in = CorpusDocuments.class.getResourceAsStream("/corpus/" + id + ".truth.json")) {
            if (in == null) {
                throw new IllegalStateException("corpus file missing: " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static JsonNode truth(String id) throws IOException {
        return new ObjectMapper().readTree(truthText(id));
    }

    public static Document document(String id) throws IOException {
        String text = truthText(id);
        Document d = ExtractJson.read(text).get(0);
        JsonNode blocks = new ObjectMapper().readTree(text).path("render").path("blocks");
        return new Document(d.department(), d.year(), d.kind(), d.unit(), d.tables(), d.targets(), d.evaluations(),
                narrative(blocks), formFields(blocks));
    }

    static List<NarrativeSection> narrative(JsonNode blocks) {
        List<NarrativeSection> out = new ArrayList<>();
        String heading = "";
        int level = 0;
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode b : blocks) {
            String type = b.path("type").asText();
            if (type.equals("heading")) {
                if (!heading.isEmpty() || !paragraphs.isEmpty()) {
                    out.add(new NarrativeSection(heading, level, null, paragraphs));
                }
                heading = b.path("text").asText();
                level = b.path("level").asInt();
                paragraphs = new ArrayList<>();
            } else if (type.equals("para")) {
                paragraphs.add(b.path("text").asText());
            }
        }
        out.add(new NarrativeSection(heading, level, null, paragraphs));
        return out;
    }

    static List<FormField> formFields(JsonNode blocks) {
        List<FormField> out = new ArrayList<>();
        String project = null;
        for (JsonNode b : blocks) {
            String type = b.path("table_type").asText("");
            if (!b.path("type").asText().equals("table") || !type.startsWith("performance.")) {
                continue;
            }
            for (JsonNode row : b.path("body")) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> {
                    if (!c.asText().isBlank()) {
                        cells.add(c.asText().strip());
                    }
                });
                for (int i = 0; i < cells.size(); i += 2) {
                    String label = cells.get(i);
                    String value = i + 1 < cells.size() ? cells.get(i + 1) : null;
                    if (label.equals("项目名称") && value != null) {
                        project = value;
                    }
                    out.add(new FormField(type, type.endsWith("project") ? project : null, label, value, null));
                }
            }
        }
        return out;
    }
}
