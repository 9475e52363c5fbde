package org.budgetworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetworkbench.core.limits.FuzzHarness;
import org.budgetworkbench.store.Store;

/**
 * The long fuzz run (模糊测试长跑), not part of the build: {@code N} seeded inputs (10,000 by default) through
 * read, check and store, printing the tally every 500. Run from the project folder after {@code mvn test-compile}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.budgetworkbench.bench.FuzzRun 10000 [SEED] [FIRST]
 * </pre>
 *
 * <p>Input {@code i} depends only on the seed and {@code i}, so a run can be taken up again from {@code FIRST}
 * (a multiple of 500) on a fresh store: one store that keeps every document read grows by about 120 KB a document,
 * and past ~3,000 documents H2's background compaction makes each import wait seconds for its checkpoint.
 */
public final class FuzzRun {
    private FuzzRun() {
    }

    public static void main(String[] args) throws Exception {
        int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        int from = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path dir = Files.createTempDirectory("bw-fuzz");
        int documents = 0, refusals = 0, over = 0, crashes = 0;
        long start = System.nanoTime();
        try (Store store = Store.open(dir.resolve("store"))) {
            FuzzHarness harness = new FuzzHarness(dir, store);
            for (int first = from; first < inputs; first += 500) {
                FuzzHarness.Tally t = harness.run(seed, first, Math.min(500, inputs - first));
                documents += t.documents;
                refusals += t.refusals;
                over += t.overDeadline;
                crashes += t.crashes.size();
                t.crashes.forEach(c -> System.out.println("CRASH " + c));
                System.out.printf("%d inputs in %d s: documents %d, refusals %d, over deadline %d, crashes %d%n",
                        Math.min(first + 500, inputs), (System.nanoTime() - start) / 1_000_000_000, documents, refusals,
                        over, crashes);
            }
        }
    }
}
