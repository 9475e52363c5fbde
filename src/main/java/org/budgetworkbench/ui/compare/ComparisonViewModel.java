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
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.table.AmountFormat;
import org.budgetworkbench.ui.table.ColumnHeaders;

/**
 * The comparison view's model (比较): 同比 — each figure beside last year's with the change and the rate of change
 * (core/compare YearOverYear) — and 预算执行 — each budget figure beside its final-accounts figure with the
 * execution rate 决算 ÷ 预算 (core/compare Execution) — and 部门与单位 — each department figure beside the same line
 * of one of its units' documents, with the difference and the unit's share (单位 ÷ 部门), one comparison per unit
 * document the store holds. The analyst chooses the comparison, the table and the column; {@link #lines()} are that
 * column's rows.
 */
public final class ComparisonViewModel {
    /** Which comparison. */
    public enum Kind {
        YEAR_OVER_YEAR, EXECUTION, SCOPE;

        /** Whether the view shows the change column (the amount by which the second figure differs). */
        public boolean showsChange() {
            return this != EXECUTION;
        }
    }

    /**
     * One row shown: the two figures, the change (同比 only) and the rate, as text ready to show; the change as a
     * number (second side less first for 预算执行: 决算 − 预算), the rate as a fraction, and the row's depth in the
     * 类/款/项 hierarchy (0 for a 类 or an item, 1 款, 2 项), so the view indents it.
     */
    public record Line(String key, String name, String first, String second, String change, String rate,
                       BigDecimal delta, BigDecimal rateValue, int depth) {
        /** A change of a fifth or more (up or down) is worth a reviewer's look. */
        public static final BigDecimal LARGE = new BigDecimal("0.2");

        public boolean large() {
            return rateValue != null && rateValue.abs().compareTo(LARGE) >= 0 && delta != null && delta.signum() != 0;
        }
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
    private final ResourceBundle bundle;
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
        this(current, previous, budget, finalAccounts, List.of(), b);
    }

    /**
     * @param otherScope the documents of the other scope of the same year and kind: for a 部门 document its units'
     *                   documents, for a 单位 document its department's; each becomes a 部门与单位 comparison
     */
    public ComparisonViewModel(Document current, Document previous, Document budget, Document finalAccounts,
                               List<Document> otherScope, ResourceBundle b) {
        this.title = Texts.get(b, "compare.title", current.displayTitle());
        this.bundle = b;
        if (previous != null) {
            comparisons.add(yearOverYear(current, previous, b));
        }
        if (budget != null && finalAccounts != null) {
            comparisons.add(execution(budget, finalAccounts, b));
        }
        for (Document other : otherScope) {
            boolean unit = current.scope() == DocumentScope.UNIT;
            comparisons.add(scope(unit ? other : current, unit ? current : other, b));
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
        List<TableChoice> out = tables(YearOverYear.compare(current, previous), b, (r, f) -> new Line(r.key(),
                name(r.key(), r.name()), AmountFormat.format(f.current()), AmountFormat.format(f.previous()),
                signed(f.change()), percent(f.rate()), f.change(), f.rate(), depth(r.key())));
        return new Comparison(Kind.YEAR_OVER_YEAR, Texts.get(b, "compare.yoy", String.valueOf(current.year()),
                String.valueOf(previous.year())), Texts.get(b, "compare.year", String.valueOf(current.year())),
                Texts.get(b, "compare.year", String.valueOf(previous.year())), Texts.get(b, "compare.rate"), out);
    }

    /**
     * 部门与单位: the department's figure first, the unit's second, the change the unit's less the department's (what
     * the other units and the department's own part account for), the rate the unit's share of the department's.
     */
    private static Comparison scope(Document department, Document unit, ResourceBundle b) {
        // in the department's order (a unit prints fewer lines; those only it has follow): the department's figure
        // is the "current" one, the unit's the "previous"
        List<TableChoice> out = tables(YearOverYear.compare(department, unit), b, (r, f) -> {
            BigDecimal delta = orZero(f.previous()).subtract(orZero(f.current()));
            BigDecimal rate = f.current() == null || f.current().signum() == 0 ? null
                    : delta.divide(f.current(), 6, RoundingMode.HALF_UP);
            return new Line(r.key(), name(r.key(), r.name()), AmountFormat.format(f.current()),
                    AmountFormat.format(f.previous()), signed(delta),
                    percent(rate == null ? null : rate.add(BigDecimal.ONE)), delta, rate, depth(r.key()));
        });
        return new Comparison(Kind.SCOPE, Texts.get(b, "compare.scope", unit.department()),
                Texts.get(b, "compare.scope.department"), Texts.get(b, "compare.scope.unit"),
                Texts.get(b, "compare.scope.share"), out);
    }

    /** Each compared table with the columns its rows fill, each column's rows made lines by {@code line}. */
    private static List<TableChoice> tables(List<YearOverYear.TableComparison> compared, ResourceBundle b,
            java.util.function.BiFunction<YearOverYear.RowComparison, YearOverYear.Figures, Line> line) {
        List<TableChoice> out = new ArrayList<>();
        for (YearOverYear.TableComparison t : compared) {
            List<ColumnChoice> cols = new ArrayList<>();
            for (String col : columnIds(t.type(), t.rows().stream().flatMap(r -> r.columns().keySet().stream())
                    .toList())) {
                List<Line> lines = new ArrayList<>();
                for (YearOverYear.RowComparison r : t.rows()) {
                    r.column(col).ifPresent(f -> lines.add(line.apply(r, f)));
                }
                if (!lines.isEmpty()) {
                    cols.add(new ColumnChoice(col, ColumnHeaders.header(b, t.type(), col), lines));
                }
            }
            if (!cols.isEmpty()) {
                out.add(new TableChoice(t.type(), t.type().standardTitle(), cols));
            }
        }
        return out;
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
                            percent(f.rate()), difference(f.actual(), f.budget()),
                            f.rate() == null ? null : f.rate().subtract(BigDecimal.ONE), depth(r.key()))));
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

    /** 类 (3 digits) 0, 款 (5) 1, 项 (7) 2; an item that is not a code 0. */
    static int depth(String key) {
        if (!key.matches("[0-9]+")) {
            return 0;
        }
        return key.length() >= 7 ? 2 : key.length() >= 5 ? 1 : 0;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static BigDecimal difference(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    /**
     * The lines of the chart of changes (变动图): the 类 lines (or, in a table without classes, every line) with a
     * change, largest first by size, at most {@code limit}.
     */
    public List<Line> chartLines(int limit) {
        // the totals only repeat the sum of what moved: left out
        List<Line> withChange = lines.stream().filter(l -> l.delta() != null && l.delta().signum() != 0
                && !l.key().equals("total") && !l.key().endsWith(".grand_total") && !l.key().endsWith(".current")
                && !l.key().endsWith("total")).toList();
        List<Line> top = withChange.stream().filter(l -> l.depth() == 0 && l.key().matches("[0-9]{3}")).toList();
        List<Line> pool = top.isEmpty() ? withChange : top;
        return pool.stream().sorted((a, c) -> c.delta().abs().compareTo(a.delta().abs())).limit(limit).toList();
    }

    /** The comparison shown, as the rows of a sheet: headers then one row per line (for 导出 Excel). */
    public List<List<Object>> asSheet() {
        Comparison c = comparison.get();
        List<List<Object>> out = new ArrayList<>();
        out.add(List.of(c == null ? "" : c.title() + " · " + (table.get() == null ? "" : table.get().title())
                + " · " + (column.get() == null ? "" : column.get().header())));
        out.add(List.of(Texts.get(bundle, "table.name"), c == null ? "" : c.firstHeader(),
                c == null ? "" : c.secondHeader(), Texts.get(bundle, "compare.change"), c == null ? "" : c.rateHeader()));
        for (Line l : lines) {
            List<Object> row = new ArrayList<>();
            row.add("　".repeat(l.depth()) + l.name());
            row.add(l.first());
            row.add(l.second());
            row.add(l.delta() == null ? "" : l.delta());
            row.add(l.rate());
            out.add(row);
        }
        return out;
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
