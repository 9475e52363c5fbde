package org.budgetworkbench.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingPlace;

/** Writes {@code budget-workbench/findings@1} (see docs/contract.md). */
public final class FindingsJson {
    public static final String SCHEMA = "budget-workbench/findings@1";

    private FindingsJson() {
    }

    public static String write(Map<Document, List<Finding>> findingsByDocument) {
        ObjectNode root = ExtractJson.mapper().createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode docs = root.putArray("documents");
        for (Map.Entry<Document, List<Finding>> e : findingsByDocument.entrySet()) {
            Document d = e.getKey();
            ObjectNode dn = docs.addObject();
            dn.put("department", d.department());
            dn.put("year", d.year());
            dn.put("kind", d.kind().id());
            ArrayNode fs = dn.putArray("findings");
            for (Finding f : e.getValue()) {
                ObjectNode fn = fs.addObject();
                fn.put("rule", f.rule());
                fn.put("kind", f.kind().id());
                fn.put("severity", f.severity().id());
                fn.set("where", place(f.where()));
                putFigure(fn, "found", f.found());
                putFigure(fn, "expected", f.expected());
                fn.put("message", f.message());
                if (f.other() != null) {
                    fn.set("other", place(f.other()));
                }
                fn.put("fingerprint", f.fingerprint());
            }
        }
        try {
            return ExtractJson.mapper().writeValueAsString(root);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ObjectNode place(FindingPlace p) {
        ObjectNode w = ExtractJson.mapper().createObjectNode();
        putIf(w, "table", p.table());
        putIf(w, "row", p.row());
        putIf(w, "column", p.column());
        putIf(w, "target", p.target());
        putIf(w, "project", p.project());
        putIf(w, "goal", p.goal());
        putIf(w, "period", p.period());
        putIf(w, "indicator", p.indicator());
        putIf(w, "field", p.field());
        putIf(w, "section", p.section());
        putIf(w, "quote", p.quote());
        return w;
    }

    private static void putIf(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void putFigure(ObjectNode o, String field, Object v) {
        if (v == null) {
            o.putNull(field);
        } else if (v instanceof BigDecimal b) {
            o.put(field, b);
        } else if (v instanceof Integer i) {
            o.put(field, i);
        } else if (v instanceof Long l) {
            o.put(field, l);
        } else if (v instanceof Double d) {
            o.put(field, d);
        } else {
            o.put(field, v.toString());
        }
    }
}
