package org.budgetworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.Store;

/**
 * The batch review split by phase (分阶段耗时), in wall time and in the thread's CPU time: load from the
 * store, validate, store the findings, one document after another. CPU time is what the batch costs when
 * the machine is not shared, so it stays meaningful when other programs load the cores and JMH's wall
 * times of {@link ValidationBenchmark} do not. Run with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.budgetworkbench.bench.BatchPhases [count] [rounds]}.
 */
public final class BatchPhases {
    private BatchPhases() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : ValidationBenchmark.DEFAULT_COUNT;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Document> docs = CorpusPerturbation.fromCorpus().documents(count);
        Path dir = Files.createTempDirectory("batch-phases");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (Store store = Store.open(dir.resolve("store"))) {
            List<String> sources = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sources.add("perturbed-" + i + ".xlsx");
            }
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<Long> ids = store.documents().saveAll(docs, sources);
            System.out.printf("saveAll of %d: wall %d ms, cpu %d ms%n", count, (System.nanoTime() - t0) / 1_000_000,
                    (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000);
            Validator validator = new Validator();
            for (int round = 0; round < rounds; round++) {
                long[] wall = new long[3];
                long[] used = new long[3];
                int findings = 0;
                for (long id : ids) {
                    long[] t = {System.nanoTime(), 0, 0, 0};
                    long[] c = {cpu.getCurrentThreadCpuTime(), 0, 0, 0};
                    Document doc = store.documents().load(id).orElseThrow();
                    t[1] = System.nanoTime();
                    c[1] = cpu.getCurrentThreadCpuTime();
                    List<Finding> found = validator.validate(doc);
                    t[2] = System.nanoTime();
                    c[2] = cpu.getCurrentThreadCpuTime();
                    store.findings().replace(id, found);
                    t[3] = System.nanoTime();
                    c[3] = cpu.getCurrentThreadCpuTime();
                    findings += found.size();
                    for (int p = 0; p < 3; p++) {
                        wall[p] += t[p + 1] - t[p];
                        used[p] += c[p + 1] - c[p];
                    }
                }
                System.out.printf("round %d, %d findings | wall ms: load %d, validate %d, store findings %d | "
                        + "cpu ms: load %d, validate %d, store findings %d%n", round, findings,
                        wall[0] / 1_000_000, wall[1] / 1_000_000, wall[2] / 1_000_000,
                        used[0] / 1_000_000, used[1] / 1_000_000, used[2] / 1_000_000);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
