package org.budgetworkbench.variation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Row;

/**
 * What a read document gets wrong against the expected one: a missing or extra table, a missing row, a figure
 * off by half a cent or more (blank and 0 alike), an extra row with a figure, the kind. Empty when they agree.
 */
final class DocumentDiff {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    private DocumentDiff() {
    }

    static List<String> of(Document expected, Document read) {
        List<String> out = new ArrayList<>();
        if (expected.kind() != read.kind()) {
            out.add("kind " + read.kind() + " for " + expected.kind());
        }
        if (expected.scope() != read.scope()) {
            out.add("scope " + read.scope() + " for " + expected.scope());
        }
        for (DisclosureTable want : expected.tables()) {
            List<DisclosureTable> got = read.tables().stream().filter(t -> t.type() == want.type()).toList();
            if (got.isEmpty()) {
                out.add(want.type().id() + ": not read");
                continue;
            }
            if (got.size() > 1) {
                out.add(want.type().id() + ": read " + got.size() + " times");
            }
            table(want, got.get(0), out);
        }
        for (DisclosureTable t : read.tables()) {
            if (expected.table(t.type()).isEmpty()) {
                out.add(t.type().id() + ": read but not printed");
            }
        }
        return out;
    }

    private static void table(DisclosureTable want, DisclosureTable got, List<String> out) {
        if (!new java.util.HashSet<>(want.columns()).equals(new java.util.HashSet<>(got.columns()))) {
            out.add(want.type().id() + " columns " + got.columns() + " for " + want.columns());
        }
        Map<String, List<Row>> byKey = new HashMap<>();
        got.rows().forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        Map<String, Integer> seen = new HashMap<>();
        for (Row w : want.rows()) {
            int nth = seen.merge(w.key(), 1, Integer::sum) - 1;
            List<Row> same = byKey.getOrDefault(w.key(), List.of());
            if (nth >= same.size()) {
                out.add(want.type().id() + " row " + w.key() + " (" + w.name() + "): missing");
                continue;
            }
            Row g = same.get(nth);
            for (Map.Entry<String, BigDecimal> v : w.values().entrySet()) {
                BigDecimal a = v.getValue() == null ? BigDecimal.ZERO : v.getValue();
                BigDecimal b = g.amount(v.getKey());
                if (a.subtract(b).abs().compareTo(TOLERANCE) >= 0) {
                    out.add(want.type().id() + " row " + w.key() + " " + v.getKey() + ": " + b + " for " + a);
                }
            }
        }
        for (Map.Entry<String, List<Row>> e : byKey.entrySet()) {
            int extra = e.getValue().size() - seen.getOrDefault(e.getKey(), 0);
            for (int i = e.getValue().size() - extra; i < e.getValue().size() && extra > 0; i++) {
                Row r = e.getValue().get(i);
                Optional<BigDecimal> figure = r.values().values().stream()
                        .filter(v -> v != null && v.signum() != 0).findFirst();
                if (figure.isPresent()) {
                    out.add(want.type().id() + " extra row " + r.key() + " (" + r.name() + ") " + r.values());
                }
            }
        }
    }
}
