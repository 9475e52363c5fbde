package org.budgetworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files each stored document was read from (来源文件) and their content hashes, so that a folder imported
 * again skips what the store already holds even where a file was renamed or moved.
 */
public final class SourceFiles {
    private final Database db;

    SourceFiles(Database db) {
        this.db = db;
    }

    /** One file a document was read from and the SHA-256 of its content (hex). */
    public record Source(String file, String sha256) {
    }

    /** Records the files a stored document was read from. */
    public void record(long documentId, List<Source> sources) {
        db.inTransaction("保存来源文件", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO source_files (document_id, file, sha256) KEY (document_id, file) VALUES (?, ?, ?)")) {
                for (Source s : sources) {
                    ps.setLong(1, documentId);
                    ps.setString(2, s.file());
                    ps.setString(3, s.sha256());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Every content hash of a file some stored document (of any version) was read from. */
    public Set<String> knownHashes() {
        return db.inTransaction("读取来源文件", c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT sha256 FROM source_files");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
