package org.budgetworkbench.core.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Indicator;

/**
 * A target's indicator list as text (指标清单文本), the value of {@link Place.Indicators}: a JSON array of
 * {@code {"level1","level2","level3","value","history":[…],"basis"}} in order. Where an indicator stood in the
 * source is not part of the text; an indicator that is still in the list keeps it.
 */
public final class IndicatorListText {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IndicatorListText() {
    }

    public static String write(List<Indicator> indicators) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Indicator i : indicators) {
            a.add(node(i));
        }
        return a.toString();
    }

    /**
     * Reads a list written by {@link #write}; each indicator equal in every written field to one of
     * {@code before} takes that one's source cells. Bad text is refused with a Chinese message.
     */
    public static List<Indicator> read(String text, List<Indicator> before) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text == null || text.isBlank() ? "[]" : text);
        } catch (JsonProcessingException e) {
            throw new EditRejectedException("指标清单文本无法读取：" + e.getOriginalMessage());
        }
        if (!root.isArray()) {
            throw new EditRejectedException("指标清单文本应为数组");
        }
        List<Indicator> unused = new ArrayList<>(before);
        List<Indicator> out = new ArrayList<>();
        for (JsonNode n : root) {
            List<String> history = new ArrayList<>();
            n.path("history").forEach(h -> history.add(h.isNull() ? "" : h.asText()));
            Indicator plain = new Indicator(text(n, "level1"), text(n, "level2"), text(n, "level3"),
                    text(n, "value"), history, text(n, "basis"));
            Indicator placed = plain;
            for (Indicator b : unused) {
                if (node(b).equals(node(plain))) {
                    placed = plain.placedAs(b);
                    unused.remove(b);
                    break;
                }
            }
            out.add(placed);
        }
        return out;
    }

    private static ObjectNode node(Indicator i) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("level1", i.level1());
        o.put("level2", i.level2());
        o.put("level3", i.level3());
        o.put("value", i.value());
        ArrayNode h = o.putArray("history");
        i.history().forEach(h::add);
        o.put("basis", i.basis());
        return o;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
