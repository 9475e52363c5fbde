package org.budgetworkbench.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** TEST FIXTURE: a second program on the same machine — a JVM running one of the fixtures' main classes. */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    public ChildJvm(Class<?> main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dbudgetworkbench.logFile=" + System.getProperty("java.io.tmpdir") + "/bw-child.log",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Waits for a line starting with {@code prefix}; false when the child ended first. */
    public boolean awaitLine(String prefix) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** kill -9: no shutdown hook, no close, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
