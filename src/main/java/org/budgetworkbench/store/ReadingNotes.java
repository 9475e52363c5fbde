package org.budgetworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader's notes on a stored document (读取说明): the regions of its files that were not read. A document
 * read only in part is stored, so the notes must stay with it — the summary of the document says what it lacks.
 */
public final class ReadingNotes {
    private final Database db;

    ReadingNotes(Database db) {
        this.db = db;
    }

    /** Replaces the notes of a document. */
    public void save(long documentId, List<String> notes) {
        db.inTransaction("保存读取说明", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM reading_notes WHERE document_id = ?")) {
                del.setLong(1, documentId);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO reading_notes (document_id, note_no, note) VALUES (?, ?, ?)")) {
                for (int i = 0; i < notes.size(); i++) {
                    ps.setLong(1, documentId);
                    ps.setInt(2, i);
                    String n = notes.get(i);
                    ps.setString(3, n.length() > 4000 ? n.substring(0, 3999) + "…" : n);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The notes of a document, in the order the reader gave them; empty when it was read whole. */
    public List<String> list(long documentId) {
        return db.inTransaction("读取读取说明", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT note FROM reading_notes WHERE document_id = ? ORDER BY note_no")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
