package org.budgetworkbench.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.budgetworkbench.model.CellRef;

/**
 * How the model's values go into columns and come back: nullable integers, amounts (DECIMAL(20,6) with
 * their scale, so 1.0 comes back as 1.0 and not 1.000000), cell references and instants.
 */
final class SqlValues {
    /** The column type every amount has. */
    private static final int PRECISION = 20;
    private static final int SCALE = 6;

    private SqlValues() {
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static Integer getInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Sets the three columns amount, amount_scale, amount_exact starting at {@code index}; returns the next index. */
    static int setAmount(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
            ps.setNull(index + 1, Types.INTEGER);
            ps.setNull(index + 2, Types.VARCHAR);
            return index + 3;
        }
        BigDecimal fitted = fitted(value);
        ps.setBigDecimal(index, fitted);
        ps.setInt(index + 1, value.scale());
        // the column holds it rounded only when it cannot hold it exactly: keep the figure itself then
        boolean exact = fitted != null && fitted.compareTo(value) == 0;
        ps.setString(index + 2, exact ? null : value.toString());
        return index + 3;
    }

    /** Reads the amount stored by {@link #setAmount} under {@code column}, as it was given. */
    static BigDecimal getAmount(ResultSet rs, String column) throws SQLException {
        String exact = rs.getString(column + "_exact");
        if (exact != null) {
            return new BigDecimal(exact);
        }
        BigDecimal v = rs.getBigDecimal(column);
        if (v == null) {
            return null;
        }
        return v.setScale(rs.getInt(column + "_scale"));
    }

    /** The value rounded to what DECIMAL(20,6) holds, or null when it is too large for the column. */
    private static BigDecimal fitted(BigDecimal value) {
        BigDecimal r = value.setScale(SCALE, java.math.RoundingMode.HALF_UP);
        return r.precision() > PRECISION ? null : r;
    }

    /** Sets the four columns cell_sheet, cell_page, cell_row, cell_column; returns the next index. */
    static int setCell(PreparedStatement ps, int index, CellRef cell) throws SQLException {
        if (cell == null) {
            ps.setNull(index, Types.VARCHAR);
            ps.setNull(index + 1, Types.INTEGER);
            ps.setNull(index + 2, Types.INTEGER);
            ps.setNull(index + 3, Types.INTEGER);
        } else {
            ps.setString(index, cell.sheet());
            setInt(ps, index + 1, cell.page());
            ps.setInt(index + 2, cell.row());
            ps.setInt(index + 3, cell.column());
        }
        return index + 4;
    }

    static CellRef getCell(ResultSet rs) throws SQLException {
        return getCell(rs, "");
    }

    /** The cell in the four columns {@code <prefix>cell_sheet} … {@code <prefix>cell_column}, or null. */
    static CellRef getCell(ResultSet rs, String prefix) throws SQLException {
        Integer row = getInt(rs, prefix + "cell_row");
        if (row == null) {
            return null;
        }
        return new CellRef(rs.getString(prefix + "cell_sheet"), getInt(rs, prefix + "cell_page"), row,
                rs.getInt(prefix + "cell_column"));
    }

    /** Now, to the microsecond the column keeps, so what is returned equals what is read back. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A list of printed words in one column, joined with U+001F (which no printed text holds); null for none. */
    static String joinWords(List<String> words) {
        return words.isEmpty() ? null : String.join("\u001f", words);
    }

    /** The words {@link #joinWords} stored; empty for NULL (nothing kept, or stored before V10). */
    static List<String> splitWords(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\u001f", -1));
    }
}
