package org.budgetworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.DocumentOutline;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.TableType;

/**
 * The imported disclosures (已导入文档) and their versions. Importing a department's disclosure for a year,
 * kind and scope (部门/单位) that is already there keeps the earlier import as an older version and makes the
 * new one current.
 */
public final class Documents {
    private static final String COLUMNS =
            "id, department, fiscal_year, kind, scope, source_file, imported_at, version, status FROM documents";

    /**
     * What makes two imports versions of one disclosure: department, year, kind and scope — a department's
     * 部门预算 and its unit's 单位预算 of the same year are two documents, not versions of one.
     */
    private static final String IDENTITY = "department = ? AND fiscal_year = ? AND kind = ? AND scope = ?";

    private final Database db;

    Documents(Database db) {
        this.db = db;
    }

    /** Saves the whole document in one transaction; returns the id of the new (current) version. */
    public long save(Document doc, String sourceFile) {
        Objects.requireNonNull(doc, "doc");
        return db.inTransaction("保存文档", c -> insert(c, doc, sourceFile));
    }

    /**
     * Saves several documents all or nothing: if any of them cannot be stored, none is and the store holds
     * what it held before. Returns the new ids in the order given.
     */
    public List<Long> saveAll(List<Document> docs, List<String> sourceFiles) {
        if (docs.size() != sourceFiles.size()) {
            throw new IllegalArgumentException("文档数 " + docs.size() + " 与来源文件数 " + sourceFiles.size() + " 不一致");
        }
        return db.inTransaction("保存文档", c -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                ids.add(insert(c, Objects.requireNonNull(docs.get(i), "doc"), sourceFiles.get(i)));
            }
            return ids;
        });
    }

    /**
     * Saves several documents with the findings of their check, all or nothing, each marked 已审核: an import
     * never leaves a document stored but unchecked. Returns the new ids in the order given.
     */
    public List<Long> saveAllChecked(List<Document> docs, List<String> sourceFiles, List<List<Finding>> findings) {
        if (docs.size() != sourceFiles.size() || docs.size() != findings.size()) {
            throw new IllegalArgumentException("文档数 " + docs.size() + " 与来源文件数 " + sourceFiles.size()
                    + "、审核结果数 " + findings.size() + " 不一致");
        }
        List<List<TaggedValue[]>> figures = findings.stream().map(FindingsStore::figures).toList();
        return db.inTransaction("保存文档", c -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                long id = insert(c, Objects.requireNonNull(docs.get(i), "doc"), sourceFiles.get(i));
                FindingsStore.write(c, id, findings.get(i), figures.get(i));
                updateStatus(c, id, DocumentStatus.CHECKED);
                ids.add(id);
            }
            return ids;
        });
    }

    /** The current version of every stored disclosure, by department, year and kind. */
    public List<StoredDocument> list() {
        return db.inTransaction("读取文档列表", c -> select(c,
                "SELECT " + COLUMNS + " WHERE is_current ORDER BY department, fiscal_year, kind, scope"));
    }

    /**
     * The outline of every current document, by id: its tables and which parts it has, read in four queries
     * for the whole store rather than by loading each document.
     */
    public Map<Long, DocumentOutline> outlines() {
        return db.inTransaction("读取文档目录", c -> {
            Map<Long, List<DocumentOutline.TableEntry>> tables = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, t.table_type, t.title FROM documents d "
                    + "LEFT JOIN disclosure_tables t ON t.document_id = d.id WHERE d.is_current "
                    + "ORDER BY d.id, t.table_no");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<DocumentOutline.TableEntry> list = tables.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        list.add(new DocumentOutline.TableEntry(TableType.fromId(rs.getString(2)), rs.getString(3)));
                    }
                }
            }
            Set<Long> targets = having(c, "targets");
            Set<Long> evaluations = having(c, "evaluations");
            Set<Long> narrative = having(c, "narrative_sections");
            Map<Long, DocumentOutline> out = new LinkedHashMap<>();
            tables.forEach((id, t) -> out.put(id, new DocumentOutline(t, targets.contains(id),
                    evaluations.contains(id), narrative.contains(id))));
            return out;
        });
    }

    /** The ids of the current documents with at least one line in the given part's table. */
    private static Set<Long> having(Connection c, String table) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT p.document_id FROM " + table + " p "
                + "JOIN documents d ON d.id = p.document_id WHERE d.is_current");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The document as it was saved, or empty when there is no such id. */
    public Optional<Document> load(long id) {
        return db.inTransaction("读取文档", c -> new DocumentReader(c).read(id));
    }

    /** The current version of a department's disclosure (部门预算/决算), if it was ever imported. */
    public Optional<StoredDocument> current(String department, int year, DocumentKind kind) {
        return current(department, year, kind, DocumentScope.DEPARTMENT);
    }

    /** The current version of a disclosure, if it was ever imported. */
    public Optional<StoredDocument> current(String department, int year, DocumentKind kind, DocumentScope scope) {
        return db.inTransaction("读取文档", c -> select(c, "SELECT " + COLUMNS + " WHERE " + IDENTITY + " AND is_current",
                department, year, kind.id(), scope.id()).stream().findFirst());
    }

    /** Every version of a department's disclosure (部门预算/决算), oldest first. */
    public List<StoredDocument> versions(String department, int year, DocumentKind kind) {
        return versions(department, year, kind, DocumentScope.DEPARTMENT);
    }

    /** Every version of a disclosure, oldest first. */
    public List<StoredDocument> versions(String department, int year, DocumentKind kind, DocumentScope scope) {
        return db.inTransaction("读取文档版本", c -> select(c, "SELECT " + COLUMNS + " WHERE " + IDENTITY
                + " ORDER BY version", department, year, kind.id(), scope.id()));
    }

    /** The stored version with this id, current or not. */
    public Optional<StoredDocument> get(long id) {
        return db.inTransaction("读取文档", c -> select(c, "SELECT " + COLUMNS + " WHERE id = ?", id)
                .stream().findFirst());
    }

    /**
     * Rewrites the content of a stored version in one transaction (保存修改): its tables, targets, evaluations,
     * narrative and form fields become those of {@code doc}; its id, version, findings and edit history stay.
     * A correction is a change to this version, not a new import, so no version is added.
     *
     * @throws StoreException when there is no such id, or {@code doc} is another department's, year's or kind's
     */
    public void replace(long id, Document doc) {
        Objects.requireNonNull(doc, "doc");
        db.inTransaction("保存修改后的文档", c -> {
            StoredDocument stored = select(c, "SELECT " + COLUMNS + " WHERE id = ?", id).stream().findFirst()
                    .orElseThrow(() -> new StoreException("找不到编号为 " + id + " 的文档（数据库文件 " + db.file() + "）"));
            if (!stored.department().equals(doc.department()) || stored.year() != doc.year()
                    || stored.kind() != doc.kind() || stored.scope() != doc.scope()) {
                throw new StoreException("编号为 " + id + " 的文档是" + stored.department() + " " + stored.year() + " 年"
                        + stored.scope().chinese() + stored.kind().chinese() + "，不能用" + doc.displayTitle()
                        + "的内容覆盖");
            }
            for (String table : List.of("disclosure_tables", "targets", "evaluations", "narrative_sections",
                    "form_fields")) {
                // child rows (rows, cells, indicators, history, goals, paragraphs) go with them: ON DELETE CASCADE
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET unit = ? WHERE id = ?")) {
                ps.setString(1, doc.unit());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            new DocumentWriter(c).write(id, doc);
            return null;
        });
    }

    /** Marks a document imported, checked, edited or exported (see {@link DocumentStatus}). */
    public void setStatus(long id, String status) {
        DocumentStatus.require(status);
        db.inTransaction("更新文档状态", c -> {
            if (!updateStatus(c, id, status)) {
                throw new StoreException("找不到编号为 " + id + " 的文档（数据库文件 " + db.file() + "）");
            }
            return null;
        });
    }

    /** Within a transaction; false when there is no such document. */
    private static boolean updateStatus(Connection c, long id, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setLong(2, id);
            return ps.executeUpdate() > 0;
        }
    }

    private static long insert(Connection c, Document doc, String sourceFile) throws SQLException {
        int version = 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM documents WHERE " + IDENTITY)) {
            setIdentity(ps, doc);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    version = rs.getInt(1) + 1;
                }
            }
        }
        Long previous = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE " + IDENTITY
                + " AND is_current")) {
            setIdentity(ps, doc);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    previous = rs.getLong(1);
                }
            }
        }
        if (previous != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET is_current = FALSE WHERE id = ?")) {
                ps.setLong(1, previous);
                ps.executeUpdate();
            }
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (department, fiscal_year, kind, scope, unit, "
                + "source_file, imported_at, version, is_current, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            setIdentity(ps, doc);
            ps.setString(5, doc.unit());
            ps.setString(6, sourceFile);
            SqlValues.setInstant(ps, 7, SqlValues.now());
            ps.setInt(8, version);
            ps.setString(9, DocumentStatus.IMPORTED);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        new DocumentWriter(c).write(id, doc);
        if (previous != null) {
            inheritVerdicts(c, previous, id);
        }
        return id;
    }

    /** Sets the four parameters of {@link #IDENTITY} from a document. */
    private static void setIdentity(PreparedStatement ps, Document doc) throws SQLException {
        ps.setString(1, doc.department());
        ps.setInt(2, doc.year());
        ps.setString(3, doc.kind() == null ? null : doc.kind().id());
        ps.setString(4, doc.scope().id());
    }

    /**
     * A re-import starts with the analyst's verdicts on the findings of the version it replaces, so a
     * finding dismissed before stays dismissed when the corrected file is checked again.
     */
    private static void inheritVerdicts(Connection c, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding_status (document_id, fingerprint, status, "
                + "changed_at) SELECT ?, fingerprint, status, changed_at FROM finding_status WHERE document_id = ?")) {
            ps.setLong(1, to);
            ps.setLong(2, from);
            ps.executeUpdate();
        }
    }

    private static List<StoredDocument> select(Connection c, String sql, Object... params) throws SQLException {
        List<StoredDocument> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant at = SqlValues.getInstant(rs, "imported_at");
                    out.add(new StoredDocument(rs.getLong("id"), rs.getString("department"), rs.getInt("fiscal_year"),
                            DocumentKind.fromId(rs.getString("kind")), DocumentScope.fromId(rs.getString("scope")),
                            rs.getString("source_file"), at,
                            rs.getInt("version"), rs.getString("status")));
                }
            }
        }
        return out;
    }
}
