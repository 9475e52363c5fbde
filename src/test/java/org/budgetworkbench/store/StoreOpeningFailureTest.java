package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpeningFailureTest {
    @TempDir
    Path dir;

    /** Run in a second JVM by {@link #fileInUseByAnotherProgramIsNamed}: holds the store open until stdin closes. */
    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to let go
            }
        }
    }

    @Test
    void fileInUseByAnotherProgramIsNamed() throws Exception {
        Path file = dir.resolve("store");
        Store.open(file).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreOpeningFailureTest.class.getName(), file.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("open"));
            assertThat(line).as("the other program opened the store").isEqualTo("open");

            assertThatThrownBy(() -> Store.open(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(dir.resolve("store.mv.db").toString())
                    .hasMessageContaining("正被另一个程序使用");
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(30, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        // once the other program is gone the store opens again
        Store.open(file).close();
    }

    @Test
    void corruptFileIsNamed() throws Exception {
        Path file = dir.resolve("store.mv.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("已损坏");
    }

    @Test
    void storeDamagedAfterUseIsNamed() throws Exception {
        Path file = dir.resolve("store");
        try (Store store = Store.open(file)) {
            store.documents().save(SampleDocuments.everyPart("某局", 2024), "a");
        }
        Path onDisk = dir.resolve("store.mv.db");
        byte[] bytes = Files.readAllBytes(onDisk);
        // overwrite the file header and the first chunk
        for (int i = 0; i < Math.min(bytes.length, 16 * 1024); i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(onDisk, bytes);

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(onDisk.toString());
    }
}
