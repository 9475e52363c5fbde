package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store opens without Flyway only when it is at the newest migration; the constant must follow the files. */
class SchemaVersionTest {
    @TempDir
    Path dir;

    @Test
    void theSchemaVersionIsTheNewestMigration() throws Exception {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Store.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void aStoreBehindTheNewestVersionIsStillMigrated() throws Exception {
        Path base = dir.resolve("store");
        try (Store s = Store.open(base)) {
            assertThat(s.documents().list()).isEmpty();
        }
        // pretend the history says version 0 succeeded only: the next open must hand over to Flyway,
        // which finds the schema history inconsistent with the tables and refuses rather than skipping
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             var st = c.createStatement()) {
            st.execute("UPDATE \"flyway_schema_history\" SET \"version\" = '0'");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.open(base).close())
                .isInstanceOf(StoreException.class);
    }
}
