package org.budgetworkbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Start-up benchmark (启动耗时), not a test: launches {@code target/budget-workbench.jar} N times headless
 * (Monocle) with {@code -Dbudgetworkbench.exitWhenShown=true} and reports the median time from JVM start to
 * the window shown and taking input. Each run is a fresh JVM on one store that a first, uncounted run
 * created, as an analyst's second and later starts are.
 *
 * <pre>
 * mvn -o -q package -DskipTests
 * java -cp target/test-classes org.budgetworkbench.bench.StartupBench [runs] [-- extra JVM options]
 * java -cp target/test-classes:target/budget-workbench.jar org.budgetworkbench.bench.StartupBench [runs] \
 *      --documents 300        # the store holds 300 checked documents, as a finance bureau's does
 * </pre>
 */
public final class StartupBench {
    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        int documents = 0;
        List<String> jvm = new ArrayList<>();
        boolean extra = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (extra) {
                jvm.add(a);
            } else if (a.equals("--")) {
                extra = true;
            } else if (a.equals("--documents")) {
                documents = Integer.parseInt(args[++i]);
            } else {
                runs = Integer.parseInt(a);
            }
        }
        Path jar = Path.of("target/budget-workbench.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("没有找到 " + jar.toAbsolutePath() + "，请先运行 mvn package");
        }
        Path monocle = monocle();
        Path home = Files.createTempDirectory("bw-startup");
        System.out.println("first run (creates the store, not counted): " + run(jar, monocle, home, jvm) + " ms");
        if (documents > 0) {
            fill(home.resolve("data"), documents);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long ms = run(jar, monocle, home, jvm);
            times.add(ms);
            System.out.println("run " + (i + 1) + ": shown-after-ms=" + ms);
        }
        times.sort(Comparator.naturalOrder());
        System.out.println("median shown-after-ms=" + times.get(times.size() / 2) + " (min " + times.get(0)
                + ", max " + times.get(times.size() - 1) + ", " + runs + " runs, "
                + Runtime.getRuntime().availableProcessors() + " cpus" + (jvm.isEmpty() ? "" : ", " + jvm) + ")");
    }

    private static long run(Path jar, Path monocle, Path home, List<String> extra)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1366x768-32", "-Dbudgetworkbench.exitWhenShown=true"));
        cmd.addAll(extra);
        cmd.addAll(List.of("-cp", jar + System.getProperty("path.separator") + monocle,
                "org.budgetworkbench.Launcher"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // the store lives in XDG_DATA_HOME (Linux), APPDATA (Windows); keep it away from the user's own
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.environment().put("APPDATA", home.resolve("data").toString());
        Process p = pb.start();
        Long ms = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("shown-after-ms=")) {
                    ms = Long.parseLong(line.substring("shown-after-ms=".length()).strip());
                }
            }
        }
        p.waitFor();
        if (ms == null) {
            throw new IllegalStateException("窗口未显示（退出码 " + p.exitValue() + "）：" + String.join(" ", cmd));
        }
        return ms;
    }

    /** Puts {@code n} checked documents (the corpus, perturbed) into the store the first run created. */
    private static void fill(Path data, int n) throws IOException {
        Path file;
        try (Stream<Path> s = Files.walk(data)) {
            file = s.filter(p -> p.getFileName().toString().endsWith(".mv.db")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("第一次运行没有建立数据库：" + data));
        }
        String name = file.getFileName().toString();
        long t0 = System.nanoTime();
        try (org.budgetworkbench.store.Store store = org.budgetworkbench.store.Store.open(
                file.resolveSibling(name.substring(0, name.length() - ".mv.db".length())))) {
            List<org.budgetworkbench.model.Document> docs = CorpusPerturbation.fromCorpus().documents(n);
            List<Long> ids = store.documents().saveAll(docs, docs.stream().map(d -> (String) null).toList());
            org.budgetworkbench.core.check.Validator validator = new org.budgetworkbench.core.check.Validator();
            for (int i = 0; i < ids.size(); i++) {
                store.findings().replace(ids.get(i), validator.validate(docs.get(i)));
                store.documents().setStatus(ids.get(i), org.budgetworkbench.store.DocumentStatus.CHECKED);
            }
        }
        System.out.println("store filled with " + n + " checked documents in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    /** Monocle (headless glass) is a test dependency, so it is taken from the local Maven repository. */
    private static Path monocle() throws IOException {
        for (String entry : System.getProperty("java.class.path").split(System.getProperty("path.separator"))) {
            if (entry.contains("openjfx-monocle")) {
                return Path.of(entry);
            }
        }
        Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "testfx", "openjfx-monocle");
        try (Stream<Path> s = Files.walk(repo)) {
            return s.filter(p -> p.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("没有找到 openjfx-monocle，请先运行 mvn test-compile"));
        }
    }
}
