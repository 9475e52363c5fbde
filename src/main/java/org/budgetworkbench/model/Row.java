package org.budgetworkbench.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a disclosure table (表行). {@code key} is the full classification code (类/款/项 or
 * economic code), {@code total}, an item id such as {@code income.gpb}, {@code unit:…} or a project
 * code; {@code values} are amounts in 万元 by column id (a blank cell is {@code null}).
 * {@code cells} records where each value came from, by column id, where known.
 */
public record Row(String key, String name, Map<String, BigDecimal> values, Map<String, CellRef> cells) {
    public Row {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        cells = cells == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public Row(String key, String name, Map<String, BigDecimal> values) {
        this(key, name, values, Map.of());
    }

    /** The amount in a column; blank counts as zero, as the domain treats them alike. */
    public BigDecimal amount(String column) {
        BigDecimal v = values.get(column);
        return v == null ? BigDecimal.ZERO : v;
    }

    public boolean isTotal() {
        return RowKeys.TOTAL.equals(key);
    }

    public Row withValue(String column, BigDecimal value) {
        Map<String, BigDecimal> v = new LinkedHashMap<>(values);
        v.put(column, value);
        return new Row(key, name, v, cells);
    }
}
