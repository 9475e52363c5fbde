package org.budgetworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Every correction an analyst made to a document (修改记录), so that each can be shown and traced. */
public final class EditHistory {
    private final Database db;

    EditHistory(Database db) {
        this.db = db;
    }

    /** Records one correction; returns its id. */
    public long record(long documentId, String place, String oldValue, String newValue) {
        Objects.requireNonNull(place, "place");
        return db.inTransaction("保存修改记录", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO edits (document_id, place, old_value, "
                    + "new_value, edited_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, documentId);
                ps.setString(2, place);
                ps.setString(3, oldValue);
                ps.setString(4, newValue);
                SqlValues.setInstant(ps, 5, SqlValues.now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** A document's corrections, oldest first (newest last). */
    public List<Edit> list(long documentId) {
        return db.inTransaction("读取修改记录", c -> {
            List<Edit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, document_id, place, old_value, new_value, "
                    + "edited_at FROM edits WHERE document_id = ? ORDER BY id")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Edit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), SqlValues.getInstant(rs, "edited_at")));
                    }
                }
            }
            return out;
        });
    }
}
