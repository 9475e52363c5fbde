package org.budgetworkbench.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import org.budgetworkbench.model.DocumentKind;

/**
 * When a disclosure was approved (批复) and published (公开), as the analyst records them: the review sheet's
 * 及时性 row compares the two against the deadline. Kept by department, year and kind, so a re-import keeps them.
 */
public final class ReviewDates {
    private final Database db;

    ReviewDates(Database db) {
        this.db = db;
    }

    /** A disclosure's dates; either may be null (not known). */
    public record Dates(LocalDate approved, LocalDate published) {
    }

    public void set(String department, int year, DocumentKind kind, Dates dates) {
        db.inTransaction("保存批复和公开日期", c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO document_dates (department, fiscal_year, kind, "
                    + "approved_on, published_on) KEY (department, fiscal_year, kind) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, department);
                ps.setInt(2, year);
                ps.setString(3, kind.id());
                ps.setDate(4, dates.approved() == null ? null : Date.valueOf(dates.approved()));
                ps.setDate(5, dates.published() == null ? null : Date.valueOf(dates.published()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Dates> get(String department, int year, DocumentKind kind) {
        return db.inTransaction("读取批复和公开日期", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT approved_on, published_on FROM document_dates "
                    + "WHERE department = ? AND fiscal_year = ? AND kind = ?")) {
                ps.setString(1, department);
                ps.setInt(2, year);
                ps.setString(3, kind.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Dates>empty();
                    }
                    Date a = rs.getDate(1);
                    Date p = rs.getDate(2);
                    return Optional.of(new Dates(a == null ? null : a.toLocalDate(), p == null ? null : p.toLocalDate()));
                }
            }
        });
    }
}
