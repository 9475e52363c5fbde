package org.budgetworkbench.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.Rules;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.Document;

/**
 * What each rule costs (规则耗时): every rule of the registry run alone over the perturbed corpus batch,
 * a few warm-up rounds then measured rounds, printed as a table, dearest first. A rough profile to go
 * with {@link ValidationBenchmark}, not a JMH measurement. Run with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.budgetworkbench.bench.RuleTimings [count] [rounds]}.
 */
public final class RuleTimings {
    private RuleTimings() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : ValidationBenchmark.DEFAULT_COUNT;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Document> docs = CorpusPerturbation.fromCorpus().documents(count);
        List<Rule> rules = Rules.all();
        long[] nanos = new long[rules.size()];
        int[] findings = new int[rules.size()];
        for (int round = -2; round < rounds; round++) {
            for (int r = 0; r < rules.size(); r++) {
                long t0 = System.nanoTime();
                int n = 0;
                for (Document d : docs) {
                    n += rules.get(r).check(d).size();
                }
                if (round >= 0) {
                    nanos[r] += System.nanoTime() - t0;
                    findings[r] = n;
                }
            }
        }
        // the validator as it runs: all rules on one document, then the next (shared readings made once)
        Validator validator = new Validator(rules);
        long whole = 0;
        for (int round = -2; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (Document d : docs) {
                validator.validate(d);
            }
            if (round >= 0) {
                whole += System.nanoTime() - t0;
            }
        }
        long total = 0;
        for (long n : nanos) {
            total += n;
        }
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            order.add(r);
        }
        order.sort(Comparator.comparingLong((Integer r) -> nanos[r]).reversed());
        System.out.printf("%d documents, mean of %d rounds; all rules %.1f ms per batch, %.3f ms per document%n",
                count, rounds, total / 1e6 / rounds, total / 1e6 / rounds / count);
        System.out.printf("validator (rules in turn on each document): %.1f ms per batch, %.3f ms per document%n",
                whole / 1e6 / rounds, whole / 1e6 / rounds / count);
        System.out.println("each rule alone over the batch (shared narrative readings made afresh by each):");
        System.out.printf("| %-40s | %10s | %8s | %6s | %8s |%n", "rule", "ms/batch", "µs/doc", "share", "findings");
        System.out.println("|------------------------------------------|-----------:|---------:|-------:|---------:|");
        for (int r : order) {
            double ms = nanos[r] / 1e6 / rounds;
            System.out.printf("| %-40s | %10.1f | %8.1f | %5.1f%% | %8d |%n",
                    rules.get(r).getClass().getSimpleName() + " (" + rules.get(r).id() + ")", ms,
                    ms * 1000 / count, 100.0 * nanos[r] / total, findings[r]);
        }
    }
}
