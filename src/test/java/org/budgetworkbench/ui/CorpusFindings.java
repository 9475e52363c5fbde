package org.budgetworkbench.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * The dev corpus's known defects as findings, standing in for the validator (not in this branch): the
 * window's findings panel is exercised with the findings a reviewer actually made on these documents.
 */
public final class CorpusFindings {
    private CorpusFindings() {
    }

    public static List<Finding> of(String id) {
        try (InputStream in = CorpusFindings.class.getResourceAsStream("/corpus/" + id + ".truth.json")) {
            JsonNode defects = new ObjectMapper().readTree(in).path("defects");
            List<Finding> out = new ArrayList<>();
            for (JsonNode d : defects) {
                FindingKind kind = FindingKind.fromId(d.path("kind").asText());
                JsonNode w = d.path("where");
                JsonNode cross = w.path("cross");
                FindingPlace other = cross.isMissingNode() ? null
                        : FindingPlace.cell(text(cross, "table"), text(cross, "row"), text(cross, "column"));
                String detail = d.path("detail").asText("");
                out.add(new Finding(d.path("id").asText(), kind, Severity.fromId(d.path("severity").asText()),
                        place(w), value(d.get("found")), value(d.get("expected")),
                        kind.chinese() + (detail.isEmpty() ? "" : "：" + detail), other));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A validator that gives each corpus document its known defects. */
    public static Function<Document, List<Finding>> validator() {
        return d -> of(d.kind() == DocumentKind.BUDGET ? CorpusDocuments.BUDGET : CorpusDocuments.FINAL);
    }

    private static FindingPlace place(JsonNode w) {
        return new FindingPlace(text(w, "table"), text(w, "row"), text(w, "column"), text(w, "target"),
                text(w, "indicator"), text(w, "section"), text(w, "quote"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? new BigDecimal(v.asText()) : v.toString().replaceAll("^\"|\"$", "");
    }
}
