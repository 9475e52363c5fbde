package org.budgetworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * The findings (审核发现) of each document's latest validation and the analyst's verdict on each.
 * A verdict is kept by the finding's fingerprint, so it survives re-validation: a defect dismissed once
 * stays dismissed while it is found again.
 */
public final class FindingsStore {
    private static final String PLACE =
            "table, row, column, target, indicator, section, quote, project, goal, period, field";

    private final Database db;

    FindingsStore(Database db) {
        this.db = db;
    }

    /** Replaces the document's findings with those of the latest validation; verdicts stay with their fingerprints. */
    public void replace(long documentId, List<Finding> findings) {
        List<TaggedValue[]> figures = figures(findings);
        db.inTransaction("保存审核发现", c -> {
            write(c, documentId, findings, figures);
            return null;
        });
    }

    /** The findings' figures, tagged for storing; refuses a null finding or a figure of no known kind. */
    static List<TaggedValue[]> figures(List<Finding> findings) {
        List<TaggedValue[]> figures = new ArrayList<>();
        for (Finding f : findings) {
            Objects.requireNonNull(f, "finding");
            figures.add(new TaggedValue[] {TaggedValue.of(f.found()), TaggedValue.of(f.expected())});
        }
        return figures;
    }

    /** Within a transaction: the document's own findings become these (those across documents stay). */
    static void write(Connection c, long documentId, List<Finding> findings, List<TaggedValue[]> figures)
            throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM findings WHERE document_id = ? AND NOT across")) {
            del.setLong(1, documentId);
            del.executeUpdate();
        }
        insert(c, documentId, findings, figures, 0, null);
    }

    /** Where findings across documents are numbered from, after any document's own. */
    private static final int ACROSS_FROM = 1_000_000;

    /**
     * Replaces the document's findings across documents (跨文档发现) with these, each naming the other document
     * it compares with ({@code otherIds}, an element null where it compares with several); its own findings stay.
     */
    public void replaceAcross(long documentId, List<Finding> findings, List<Long> otherIds) {
        if (findings.size() != otherIds.size()) {
            throw new IllegalArgumentException("审核发现数 " + findings.size() + " 与对照文档数 " + otherIds.size() + " 不一致");
        }
        List<TaggedValue[]> figures = figures(findings);
        db.inTransaction("保存跨文档审核发现", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM findings WHERE document_id = ? AND across")) {
                del.setLong(1, documentId);
                del.executeUpdate();
            }
            insert(c, documentId, findings, figures, ACROSS_FROM, otherIds);
            return null;
        });
    }

    /** The latest findings in the order they were given, each with its status ({@code open} unless set). */
    public List<StoredFinding> list(long documentId) {
        return db.inTransaction("读取审核发现", c -> {
            List<StoredFinding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT f.*, s.status, s.note FROM findings f "
                    + "LEFT JOIN finding_status s ON s.document_id = f.document_id AND s.fingerprint = f.fingerprint "
                    + "WHERE f.document_id = ? ORDER BY f.finding_no")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String status = rs.getString("status");
                        long other = rs.getLong("other_document_id");
                        Long otherId = rs.wasNull() ? null : other;
                        out.add(new StoredFinding(read(rs), status == null ? FindingStatus.OPEN : status,
                                rs.getBoolean("across"), otherId, rs.getString("note")));
                    }
                }
            }
            return out;
        });
    }

    /** How many findings of each current document are still open (待处理); documents with none are left out. */
    public Map<Long, Integer> openCounts() {
        return db.inTransaction("统计待处理审核发现", c -> {
            Map<Long, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT f.document_id, COUNT(*) FROM findings f "
                    + "JOIN documents d ON d.id = f.document_id AND d.is_current "
                    + "LEFT JOIN finding_status s ON s.document_id = f.document_id AND s.fingerprint = f.fingerprint "
                    + "WHERE s.status IS NULL OR s.status = ? GROUP BY f.document_id")) {
                ps.setString(1, FindingStatus.OPEN);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    /** When the analyst last gave a verdict on a finding of each current document; documents with none are left out. */
    public Map<Long, java.time.Instant> lastVerdicts() {
        return db.inTransaction("读取审核意见时间", c -> {
            Map<Long, java.time.Instant> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.document_id, MAX(s.changed_at) FROM finding_status s "
                    + "JOIN documents d ON d.id = s.document_id AND d.is_current GROUP BY s.document_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant());
                }
            }
            return out;
        });
    }

    /** Records the analyst's verdict ({@code open}, {@code accepted}, {@code dismissed}) on a finding by its fingerprint. */
    public void setStatus(long documentId, String fingerprint, String status) {
        setStatus(documentId, fingerprint, status, null);
    }

    /** Records a verdict with the analyst's reason for it (null or blank: none given). */
    public void setStatus(long documentId, String fingerprint, String status, String note) {
        FindingStatus.require(status);
        Objects.requireNonNull(fingerprint, "fingerprint");
        db.inTransaction("更新审核发现状态", c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO finding_status (document_id, fingerprint, "
                    + "status, changed_at, note) KEY (document_id, fingerprint) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, documentId);
                ps.setString(2, fingerprint);
                ps.setString(3, status);
                SqlValues.setInstant(ps, 4, SqlValues.now());
                String n = note == null || note.isBlank() ? null : note.strip();
                ps.setString(5, n != null && n.length() > 4000 ? n.substring(0, 4000) : n);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The reasons given for the verdicts on a document's findings, by fingerprint. */
    public java.util.Map<String, String> verdictNotes(long documentId) {
        return db.inTransaction("读取审核理由", c -> {
            java.util.Map<String, String> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT fingerprint, note FROM finding_status WHERE document_id = ? AND note IS NOT NULL")) {
                ps.setLong(1, documentId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    private static void insert(Connection c, long documentId, List<Finding> findings, List<TaggedValue[]> figures,
                               int from, List<Long> otherIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO findings (document_id, finding_no, fingerprint, "
                + "rule, kind, severity, " + columns("where_") + ", has_other, " + columns("other_")
                + ", found_type, found_text, expected_type, expected_text, message, across, other_document_id) "
                + "VALUES (" + "?, ".repeat(35) + "?)")) {
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                ps.setLong(1, documentId);
                ps.setInt(2, from + i);
                ps.setString(3, f.fingerprint());
                ps.setString(4, f.rule());
                ps.setString(5, f.kind() == null ? null : f.kind().id());
                ps.setString(6, f.severity() == null ? null : f.severity().id());
                int n = setPlace(ps, 7, f.where());
                ps.setBoolean(n, f.other() != null);
                n = setPlace(ps, n + 1, f.other());
                TaggedValue found = figures.get(i)[0];
                TaggedValue expected = figures.get(i)[1];
                ps.setString(n, found.type());
                ps.setString(n + 1, found.text());
                ps.setString(n + 2, expected.type());
                ps.setString(n + 3, expected.text());
                ps.setString(n + 4, f.message());
                ps.setBoolean(n + 5, otherIds != null);
                Long other = otherIds == null ? null : otherIds.get(i);
                if (other == null) {
                    ps.setNull(n + 6, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(n + 6, other);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Finding read(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String severity = rs.getString("severity");
        FindingPlace other = rs.getBoolean("has_other") ? place(rs, "other_") : null;
        return new Finding(rs.getString("rule"), kind == null ? null : FindingKind.fromId(kind),
                severity == null ? null : Severity.fromId(severity), place(rs, "where_"),
                new TaggedValue(rs.getString("found_type"), rs.getString("found_text")).value(),
                new TaggedValue(rs.getString("expected_type"), rs.getString("expected_text")).value(),
                rs.getString("message"), other);
    }

    private static String columns(String prefix) {
        return prefix + PLACE.replace(", ", ", " + prefix);
    }

    private static int setPlace(PreparedStatement ps, int index, FindingPlace p) throws SQLException {
        String[] parts = p == null ? new String[11]
                : new String[] {p.table(), p.row(), p.column(), p.target(), p.indicator(), p.section(), p.quote(),
                    p.project(), p.goal(), p.period(), p.field()};
        for (String part : parts) {
            ps.setString(index++, part);
        }
        return index;
    }

    private static FindingPlace place(ResultSet rs, String prefix) throws SQLException {
        return new FindingPlace(rs.getString(prefix + "table"), rs.getString(prefix + "row"),
                rs.getString(prefix + "column"), rs.getString(prefix + "target"), rs.getString(prefix + "indicator"),
                rs.getString(prefix + "section"), rs.getString(prefix + "quote"), rs.getString(prefix + "project"),
                rs.getString(prefix + "goal"), rs.getString(prefix + "period"), rs.getString(prefix + "field"));
    }
}
