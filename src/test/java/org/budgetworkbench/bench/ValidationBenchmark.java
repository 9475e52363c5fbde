package org.budgetworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Batch review of a store (批量审核): {@value #DEFAULT_COUNT} disclosures made by {@link CorpusPerturbation}
 * are saved in a fresh H2 store; each measured call then does the whole batch once (single-shot time).
 * The goal (issue "The validator"): 300 documents under 10 s on two cores.
 * <ul>
 *   <li>{@code storeBatch}: load every document from the store, validate it, store its findings;</li>
 *   <li>{@code loadOnly}: only the loading, so the store's share is visible;</li>
 *   <li>{@code validateOnly}: the documents already in memory, only the checking.</li>
 * </ul>
 * Each runs with {@code threads} = 1 (one after another) and 2 (a two-thread pool, as a batch reviewer on
 * two cores would; the store serialises its own work on its one connection, the checking overlaps).
 *
 * <p>Not run by the test suite (surefire skips *Benchmark*). Run it with
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ValidationBenchmark -f 1 -wi 2 -i 3
 * </pre>
 * ({@code -p threads=2} for one variant only). Per-rule costs: {@link RuleTimings}; the phases in CPU time
 * (meaningful on a shared machine): {@link BatchPhases}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class ValidationBenchmark {
    static final int DEFAULT_COUNT = 300;

    @Param({"1", "2"})
    int threads;

    @Param({"" + DEFAULT_COUNT})
    int count;

    private Path dir;
    private Store store;
    private List<Long> ids;
    private List<Document> documents;
    private final Validator validator = new Validator();
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        documents = CorpusPerturbation.fromCorpus().documents(count);
        dir = Files.createTempDirectory("validation-bench");
        store = Store.open(dir.resolve("store"));
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sources.add("perturbed-" + i + ".xlsx");
        }
        ids = store.documents().saveAll(documents, sources);
        pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (pool != null) {
            pool.shutdownNow();
        }
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Load, validate, store findings — the whole batch. Returns the number of findings stored. */
    @Benchmark
    public int storeBatch() throws Exception {
        return sum(forEach(ids, id -> {
            Document doc = store.documents().load(id).orElseThrow();
            List<Finding> findings = validator.validate(doc);
            store.findings().replace(id, findings);
            return findings.size();
        }));
    }

    @Benchmark
    public void loadOnly(Blackhole bh) throws Exception {
        forEach(ids, id -> {
            bh.consume(store.documents().load(id).orElseThrow());
            return 0;
        });
    }

    @Benchmark
    public int validateOnly() throws Exception {
        return sum(forEach(documents, doc -> validator.validate(doc).size()));
    }

    private interface Job<T> {
        int run(T item) throws Exception;
    }

    private <T> List<Integer> forEach(List<T> items, Job<T> job) throws Exception {
        List<Integer> out = new ArrayList<>(items.size());
        if (pool == null) {
            for (T item : items) {
                out.add(job.run(item));
            }
            return out;
        }
        List<Future<Integer>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> job.run(item)));
        }
        for (Future<Integer> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
