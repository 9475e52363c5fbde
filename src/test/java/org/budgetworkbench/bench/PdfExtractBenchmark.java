package org.budgetworkbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;

/**
 * 读取 PDF 的整进程耗时 (whole-process PDF extract time): our {@code extract --json} next to tabula-java 1.0.5
 * (lattice mode, all pages) and {@code pdftotext -layout}, on the same files, in the same run.
 *
 * <p>Each tool runs as its own process because that is what a user waits for (JVM start-up included), and because
 * tabula needs PDFBox 2 while we use PDFBox 3. The rounds interleave the tools so a burst of load from elsewhere
 * hits all of them alike. The document we produce is parsed back and counted, so the figures compare a full typed
 * document against tabula's untyped cell grids, never an empty or failed run.
 *
 * <p>Run (see docs/benchmarks.md): {@code mvn -B -q -P bench -DskipTests package} then
 * {@code java -cp target/test-classes:target/budget-workbench.jar org.budgetworkbench.bench.PdfExtractBenchmark
 * [--runs 5] [--warmup 1] [--jar OTHER.jar] [FILE.pdf ...]}. Without files it reads every samples/*.pdf;
 * {@code --jar} times another build of ours (say, a copy of the jar before a change) against the same baselines.
 */
public final class PdfExtractBenchmark {
    private static final Path DEFAULT_JAR = Path.of("target/budget-workbench.jar");
    private static final Path TABULA_DIR = Path.of("target/bench/tabula");
    private static final Path TRUTH_DIR = Path.of("src/test/resources/corpus");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final boolean CPU_TIME = Files.isExecutable(TIME);

    private PdfExtractBenchmark() {
    }

    /** One tool: how to run it on a file writing to {@code out}. */
    private interface Tool {
        String name();

        List<String> command(Path pdf, Path out);

        /** True when the command writes to stdout (captured into {@code out}) rather than to {@code out} itself. */
        boolean stdout();
    }

    private record Cli(String name, boolean stdout, Command command) implements Tool {
        @Override
        public List<String> command(Path pdf, Path out) {
            return command.of(pdf, out);
        }
    }

    @FunctionalInterface
    private interface Command {
        List<String> of(Path pdf, Path out);
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        int warmup = 1;
        Path ourJar = DEFAULT_JAR;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--jar" -> ourJar = Path.of(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            try (DirectoryStream<Path> pdfs = Files.newDirectoryStream(Path.of("samples"), "*.pdf")) {
                pdfs.forEach(files::add);
            }
            files.sort(null);
        }
        require(Files.isRegularFile(ourJar), ourJar + " 不存在：先运行 mvn -B -q -P bench -DskipTests package");
        require(Files.isDirectory(TABULA_DIR), TABULA_DIR + " 不存在：先运行 mvn -B -q -P bench -DskipTests package");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Tool> tools = new ArrayList<>();
        String jar = ourJar.toString();
        tools.add(new Cli("ours", true, (pdf, out) ->
                List.of(java, "-jar", jar, "extract", pdf.toString(), "--json")));
        tools.add(new Cli("tabula", false, (pdf, out) ->
                List.of(java, "-cp", TABULA_DIR + File.separator + "*", "technology.tabula.CommandLineApp",
                        "-l", "-p", "all", "-f", "JSON", "-o", out.toString(), pdf.toString())));
        if (onPath("pdftotext")) {
            tools.add(new Cli("pdftotext", false, (pdf, out) ->
                    List.of("pdftotext", "-layout", pdf.toString(), out.toString())));
        } else {
            System.out.println("pdftotext not on PATH (poppler-utils): its column is left out");
        }

        System.out.printf(Locale.ROOT, "java %s, %d cores, load %s; %d warm-up + %d runs per tool and file%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage(),
                warmup, runs);
        Path tmp = Files.createTempDirectory("pdfbench");
        List<String> report = new ArrayList<>();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-34s", "file"));
        for (Tool t : tools) {
            header.append(String.format(Locale.ROOT, " %19s", t.name() + " med/min ms"));
            if (CPU_TIME) {
                header.append(String.format(Locale.ROOT, " %8s", "cpu ms"));
            }
        }
        header.append(String.format(Locale.ROOT, " %13s  %s", "ours/tabula", "what each produced"));
        for (Path pdf : files) {
            long[][] times = new long[tools.size()][runs];
            long[][] cpu = new long[tools.size()][runs];
            Path[] outs = new Path[tools.size()];
            for (int round = -warmup; round < runs; round++) {
                for (int t = 0; t < tools.size(); t++) {
                    outs[t] = tmp.resolve(tools.get(t).name() + ".out");
                    long[] ms = time(tools.get(t), pdf, outs[t], tmp);
                    if (round >= 0) {
                        times[t][round] = ms[0];
                        cpu[t][round] = ms[1];
                    }
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", pdf.getFileName()));
            for (int t = 0; t < tools.size(); t++) {
                line.append(String.format(Locale.ROOT, " %19s", median(times[t]) + " / " + min(times[t])));
                if (CPU_TIME) {
                    line.append(String.format(Locale.ROOT, " %8d", median(cpu[t])));
                }
            }
            line.append(String.format(Locale.ROOT, " %13.2f  ", (double) median(times[0]) / median(times[1])));
            line.append("ours: ").append(describeOurs(outs[0], pdf)).append("; tabula: ").append(describeTabula(outs[1]));
            if (tools.size() > 2) {
                line.append("; pdftotext: ").append(Files.readAllLines(outs[2], StandardCharsets.UTF_8).size())
                        .append(" lines");
            }
            report.add(line.toString());
            System.out.println(line);
        }
        System.out.println();
        System.out.println(header);
        report.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "load after: %s%n", loadAverage());
    }

    /**
     * Wall time of one whole process, from start to exit, and its CPU time (user + system, all threads) when
     * /usr/bin/time is there to report it: on a shared machine the CPU time moves less with other load.
     * Fails loudly if the tool fails.
     */
    private static long[] time(Tool tool, Path pdf, Path out, Path tmp) throws IOException, InterruptedException {
        Files.deleteIfExists(out);
        Path cpuFile = tmp.resolve(tool.name() + ".time");
        List<String> command = new ArrayList<>();
        if (CPU_TIME) {
            command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
        }
        command.addAll(tool.command(pdf, out));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(tmp.resolve(tool.name() + ".err").toFile());
        pb.redirectOutput(tool.stdout() ? out.toFile() : tmp.resolve(tool.name() + ".stdout").toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (exit != 0 || !Files.isRegularFile(out) || Files.size(out) == 0) {
            throw new IllegalStateException(tool.name() + " failed on " + pdf + " (exit " + exit + "): "
                    + Files.readString(tmp.resolve(tool.name() + ".err")));
        }
        long cpuMs = 0;
        if (CPU_TIME) {
            String[] us = Files.readString(cpuFile).trim().split("\\s+");
            cpuMs = Math.round((Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1])) * 1000);
        }
        return new long[] {ms, cpuMs};
    }

    /** Tables, rows and the rest of the typed document, checked against the truth file when there is one. */
    private static String describeOurs(Path json, Path pdf) throws IOException {
        List<Document> docs = ExtractJson.read(Files.readString(json, StandardCharsets.UTF_8));
        require(!docs.isEmpty(), "ours produced no document for " + pdf);
        Document d = docs.get(0);
        int rows = d.tables().stream().mapToInt(t -> t.rows().size()).sum();
        long typedCells = d.tables().stream().flatMap(t -> t.rows().stream())
                .mapToLong(r -> r.values().size()).sum();
        String s = String.format(Locale.ROOT, "%s %d, %d tables (%d typed), %d rows, %d amounts, %d targets, "
                        + "%d evaluations, %d narrative", d.kind(), d.year(), d.tables().size(),
                d.tables().stream().map(DisclosureTable::type).distinct().count(), rows, typedCells,
                d.targets().size(), d.evaluations().size(), d.narrative().size());
        JsonNode truth = truthFor(pdf);
        if (truth != null) {
            int tRows = 0;
            for (JsonNode t : truth.path("tables")) {
                tRows += t.path("rows").size();
            }
            s += String.format(Locale.ROOT, " (truth: %d tables, %d rows)", truth.path("tables").size(), tRows);
        }
        return s;
    }

    private static String describeTabula(Path json) throws IOException {
        JsonNode tables = MAPPER.readTree(json.toFile());
        int rows = 0;
        for (JsonNode t : tables) {
            rows += t.path("data").size();
        }
        return tables.size() + " cell grids, " + rows + " rows of strings";
    }

    /** samples/ID.pdf and samples/ID-tables.pdf are both rebuilt from src/test/resources/corpus/ID.truth.json. */
    private static JsonNode truthFor(Path pdf) throws IOException {
        String stem = pdf.getFileName().toString().replaceFirst("(-tables)?\\.pdf$", "");
        Path truth = TRUTH_DIR.resolve(stem + ".truth.json");
        if (!Files.isRegularFile(truth)) {
            return null;
        }
        JsonNode extract = MAPPER.readTree(truth.toFile()).path("extract");
        return extract.has("documents") ? extract.path("documents").path(0) : extract;
    }

    private static long median(long[] ts) {
        long[] s = ts.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static long min(long[] ts) {
        return Arrays.stream(ts).min().orElse(0);
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, exe)));
    }

    private static String loadAverage() {
        Path loadavg = Path.of("/proc/loadavg");
        try {
            return Files.isReadable(loadavg) ? Files.readString(loadavg).trim() : "n/a";
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
