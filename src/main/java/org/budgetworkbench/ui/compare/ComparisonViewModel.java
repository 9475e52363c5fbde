package org.budgetworkbench.ui.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budgetworkbench.core.compare.Execution;
import org.budgetworkbench.core.compare.YearOverYear;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.table.AmountFormat;
import org.budgetworkbench.ui.table.ColumnHeaders;

/**
 * The comparison view's model (比较): 同比 — each figure beside last year's with the change and the rate of change
 * (core/compare YearOverYear) — and 预算执行 — each budget figure beside its final-accounts figure with the
 * execution rate 决算 ÷ 预算 (core/compare Execution). The analyst chooses the comparison, the table and the column;
 * {@link #lines()} are that column's rows.
 */
public final class ComparisonViewModel {
    /** Which comparison. */
    public enum Kind { YEAR_OVER_YEAR, EXECUTION }

    /** One row shown: the two figures, the change (同比 only) and the rate, as text ready to show. */
    public record Line(String key, String name, String first, String second, String change, String rate) {
    }

    /** One column of one compared table: its rows' figures as lines. */
    public record ColumnChoice(String id, String header, List<Line> lines) {
        @Override
        public String toString() {
            return header;
        }
    }

    /** One compared table with its columns. */
    public record TableChoice(TableType type, String title, List<ColumnChoice> columns) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** One comparison with the tables it covers and the headers of its figure columns. */
    public record Comparison(Kind kind, String title, String firstHeader, String secondHeader, String rateHeader,
                             List<TableChoice> tables) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final String title;
    private final ObservableList<Comparison> comparisons = FXCollections.observableArrayList();
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
    private final ObservableList<TableChoice> tables = FXCollections.observableArrayList();
    private final ObjectProperty<TableChoice> table = new SimpleObjectProperty<>();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnChoice> column = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    /**
     * @param current  the document the view is opened from
     * @param previous the same kind a year earlier, or null
     * @param budget   the year's budget, or null; with {@code finalAccounts} the 预算执行 comparison
     */
    public ComparisonViewModel(Document current, Document previous, Document budget, Document finalAccounts,
                               ResourceBundle b) {
        this.title = Texts.get(b, "compare.title", current.displayTitle());
        if (previous != null) {
            comparisons.add(yearOverYear(current, previous, b));
        }
        if (budget != null && finalAccounts != null) {
            comparisons.add(execution(budget, finalAccounts, b));
        }
        comparison.addListener((o, a, c) -> {
            tables.setAll(c == null ? List.of() : c.tables());
            table.set(tables.isEmpty() ? null : tables.get(0));
        });
        table.addListener((o, a, t) -> {
            columns.setAll(t == null ? List.of() : t.columns());
            column.set(columns.isEmpty() ? null : columns.get(0));
        });
        column.addListener((o, a, c) -> lines.setAll(c == null ? List.of() : c.lines()));
        comparison.set(comparisons.isEmpty() ? null : comparisons.get(0));
    }

    private static Comparison yearOverYear(Document current, Document previous, ResourceBundle b) {
        List<TableChoice> out = new ArrayList<>();
        for (YearOverYear.TableComparison t : YearOverYear.compare(current, previous)) {
            List<ColumnChoice> cols = new ArrayList<>();
            for (String col : columnIds(t.type(), t.rows().stream().flatMap(r -> r.columns().keySet().stream())
                    .toList())) {
                List<Line> lines = new ArrayList<>();
                for (YearOverYear.RowComparison r : t.rows()) {
                    r.column(col).ifPresent(f -> lines.add(new Line(r.key(), name(r.key(), r.name()),
                            AmountFormat.format(f.current()), AmountFormat.format(f.previous()),
                            signed(f.change()), percent(f.rate()))));
                }
                if (!lines.isEmpty()) {
                    cols.add(new ColumnChoice(col, ColumnHeaders.header(b, t.type(), col), lines));
                }
            }
            if (!cols.isEmpty()) {
                out.add(new TableChoice(t.type(), t.type().standardTitle(), cols));
            }
        }
        return new Comparison(Kind.YEAR_OVER_YEAR, Texts.get(b, "compare.yoy", String.valueOf(current.year()),
                String.valueOf(previous.year())), Texts.get(b, "compare.year", String.valueOf(current.year())),
                Texts.get(b, "compare.year", String.valueOf(previous.year())), Texts.get(b, "compare.rate"), out);
    }

    private static Comparison execution(Document budget, Document fin, ResourceBundle b) {
        List<TableChoice> out = new ArrayList<>();
        for (Execution.TableExecution t : Execution.compare(budget, fin)) {
            List<ColumnChoice> cols = new ArrayList<>();
            for (String col : t.tables().columns().keySet()) {
                List<Line> lines = new ArrayList<>();
                for (Execution.RowExecution r : t.rows()) {
                    r.column(col).ifPresent(f -> lines.add(new Line(r.key(), name(r.key(), r.name()),
                            AmountFormat.format(f.budget()), AmountFormat.format(f.actual()), "",
                            percent(f.rate()))));
                }
                if (!lines.isEmpty()) {
                    cols.add(new ColumnChoice(col, ColumnHeaders.header(b, t.tables().budget(), col), lines));
                }
            }
            if (!cols.isEmpty()) {
                out.add(new TableChoice(t.tables().budget(), t.tables().budget().standardTitle() + " ↔ "
                        + t.tables().finalAccounts().standardTitle(), cols));
            }
        }
        return new Comparison(Kind.EXECUTION, Texts.get(b, "compare.execution", String.valueOf(budget.year())),
                Texts.get(b, "compare.budget"), Texts.get(b, "compare.final"), Texts.get(b, "compare.execution.rate"),
                out);
    }

    /** The table type's columns first, in their order, then any other the rows carry. */
    private static List<String> columnIds(TableType type, List<String> present) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : type.columns()) {
            if (present.contains(c)) {
                out.add(c);
            }
        }
        out.addAll(present);
        return List.copyOf(out);
    }

    private static String name(String key, String name) {
        if (name == null || name.isBlank()) {
            return key;
        }
        return key.matches("[0-9]{3,}") ? key + " " + name : name;
    }

    private static String signed(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return (v.signum() > 0 ? "+" : "") + AmountFormat.format(v);
    }

    /** A fraction as a percentage with two decimals: 0.142857 → 14.29%; none → blank. */
    static String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        return fraction.multiply(new BigDecimal("100")).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public String title() {
        return title;
    }

    public ObservableList<Comparison> comparisons() {
        return comparisons;
    }

    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public ObservableList<TableChoice> tables() {
        return tables;
    }

    public ObjectProperty<TableChoice> tableProperty() {
        return table;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObjectProperty<ColumnChoice> columnProperty() {
        return column;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** Chooses the comparison of a kind, when there is one. */
    public void choose(Kind kind) {
        comparisons.stream().filter(c -> c.kind() == kind).findFirst().ifPresent(comparison::set);
    }

    /** Chooses a table of the current comparison, when it has it. */
    public void chooseTable(TableType type) {
        tables.stream().filter(t -> t.type() == type).findFirst().ifPresent(table::set);
    }
}
