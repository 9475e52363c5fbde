package org.budgetworkbench.core.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * This year against last (与上年对比): for each table type both documents have, each row key either has, each
 * column either fills — this year's figure, last year's, the change and the rate of change (change ÷ last
 * year, a fraction; none when last year was blank or zero). Blank counts as zero in the change.
 */
public final class YearOverYear {

    /** One cell compared. {@code rate} is a fraction: 0.1429 is an increase of 14.29%. */
    public record Figures(BigDecimal current, BigDecimal previous, BigDecimal change, BigDecimal rate) {
    }

    /** One row compared, by column id; {@code name} is this year's label where the row is in both. */
    public record RowComparison(String key, String name, Map<String, Figures> columns) {
        public RowComparison {
            columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }

        public Optional<Figures> column(String column) {
            return Optional.ofNullable(columns.get(column));
        }
    }

    /** One table compared; rows in this year's order, then rows only last year had. */
    public record TableComparison(TableType type, List<RowComparison> rows) {
        public TableComparison {
            rows = List.copyOf(rows);
        }

        public Optional<RowComparison> row(String key) {
            return rows.stream().filter(r -> r.key().equals(key)).findFirst();
        }
    }

    private YearOverYear() {
    }

    public static List<TableComparison> compare(Document current, Document previous) {
        List<TableComparison> out = new ArrayList<>();
        for (DisclosureTable now : current.tables()) {
            Optional<DisclosureTable> before = previous.table(now.type());
            if (before.isPresent() && out.stream().noneMatch(c -> c.type() == now.type())) {
                out.add(compare(now, before.get()));
            }
        }
        return out;
    }

    public static TableComparison compare(DisclosureTable current, DisclosureTable previous) {
        Set<String> keys = new LinkedHashSet<>();
        current.rows().forEach(r -> keys.add(r.key()));
        previous.rows().forEach(r -> keys.add(r.key()));
        List<RowComparison> rows = new ArrayList<>();
        for (String key : keys) {
            Row now = current.row(key).orElse(null);
            Row before = previous.row(key).orElse(null);
            Map<String, Figures> columns = new LinkedHashMap<>();
            for (String column : columns(current.type(), now, before)) {
                BigDecimal c = now == null ? null : now.values().get(column);
                BigDecimal p = before == null ? null : before.values().get(column);
                if (c == null && p == null) {
                    continue;
                }
                BigDecimal change = Ratios.orZero(c).subtract(Ratios.orZero(p));
                columns.put(column, new Figures(c, p, change, Ratios.of(change, p)));
            }
            rows.add(new RowComparison(key, now != null && now.name() != null ? now.name()
                    : before == null ? null : before.name(), columns));
        }
        return new TableComparison(current.type(), rows);
    }

    private static Set<String> columns(TableType type, Row a, Row b) {
        Set<String> out = new LinkedHashSet<>(type.columns());
        if (a != null) {
            out.addAll(a.values().keySet());
        }
        if (b != null) {
            out.addAll(b.values().keySet());
        }
        return out;
    }
}
