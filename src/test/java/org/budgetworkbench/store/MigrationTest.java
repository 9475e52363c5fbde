package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    private static final List<String> TABLES = List.of("DOCUMENTS", "DISCLOSURE_TABLES", "TABLE_ROWS", "CELLS",
            "TARGETS", "INDICATORS", "INDICATOR_HISTORY", "EVALUATIONS", "EVALUATION_GOALS", "EVAL_INDICATORS",
            "NARRATIVE_SECTIONS", "PARAGRAPHS", "FORM_FIELDS", "FINDINGS", "FINDING_STATUS", "EDITS");

    @TempDir
    Path dir;

    @Test
    void migrationsApplyToAnEmptyFile() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("empty");
        MigrateResult result = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(tables(url)).containsAll(TABLES);
    }

    @Test
    void openingCreatesFoldersAndSchemaOnceOnly() throws Exception {
        Path file = dir.resolve("a/b/store");
        Store.open(file).close();
        assertThat(Files.exists(dir.resolve("a/b/store.mv.db"))).isTrue();
        Store.open(file).close();

        String url = "jdbc:h2:file:" + file;
        assertThat(tables(url)).containsAll(TABLES);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*), MIN(\"success\") FROM \"flyway_schema_history\" WHERE \"version\" = '1'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    private static List<String> tables(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
