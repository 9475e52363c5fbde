package org.budgetworkbench.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * Compares a cell of one table with the figure another table gives for the same thing (表间勾稽). The
 * finding points at the table to correct and names the other in {@code other}.
 */
public final class CrossTable {
    private CrossTable() {
    }

    /** A cell of a table: the table, the row key and the column; no value where the table lacks the column. */
    public record Cell(TableType table, String row, String column) {
        public Optional<BigDecimal> value(Document doc) {
            return doc.table(table).flatMap(t -> t.amount(row, column));
        }

        public FindingPlace place() {
            return FindingPlace.cell(table.id(), row, column);
        }
    }

    public static Cell cell(TableType table, String row, String column) {
        return new Cell(table, row, column);
    }

    /** Compares {@code fix} with {@code source}; nothing when either table, row or column is missing. */
    public static void compare(List<Finding> out, String rule, Document doc, Cell fix, Cell source) {
        Optional<BigDecimal> other = source.value(doc);
        if (other.isEmpty() || doc.table(source.table()).isEmpty()) {
            return;
        }
        compare(out, rule, doc, fix, other.get(), describe(doc, source), source.place());
    }

    /** Compares {@code fix} with a figure computed from other tables ({@code what} says how). */
    public static void compare(List<Finding> out, String rule, Document doc, Cell fix, BigDecimal expected,
                               String what, FindingPlace otherPlace) {
        Optional<DisclosureTable> t = doc.table(fix.table());
        Optional<Row> r = t.flatMap(x -> x.row(fix.row()));
        if (r.isEmpty() || !t.get().prints(fix.column())) {
            return;
        }
        TableFindings.compare(out, rule, FindingKind.CROSS_TABLE_MISMATCH, t.get(), r.get(), fix.column(),
                r.get().amount(fix.column()), expected, what, otherPlace);
    }

    public static String describe(Document doc, Cell c) {
        DisclosureTable t = doc.table(c.table()).orElse(null);
        String title = t == null ? c.table().standardTitle() : Labels.table(t);
        String row = t == null ? c.row() : t.row(c.row()).map(Labels::row).orElse(c.row());
        return title + " " + row + " " + Labels.column(c.column());
    }
}
