package org.budgetworkbench.core.limits;

import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.read.DisclosureReadException;

/**
 * Benchmark, not a test: how long each hostile class takes to be answered (read and checked), for finding the
 * passes that grow faster than what they read. {@code java … org.budgetworkbench.core.limits.HostileTimings [N]}
 * runs class N only (numbers as in {@link HostileClasses}; 99 = 20,000 coded rows); {@code rulings N} and
 * {@code glyphs N} time one page of N rulings or glyphs, just under the limits, where the page is read whole.
 */
public final class HostileTimings {
    private HostileTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bw-hostile");
        DisclosureExtractor extractor = new DisclosureExtractor();
        if (args.length == 2) {
            int n = Integer.parseInt(args[1]);
            Path file = args[0].equals("rulings") ? HostilePdfs.manyRulings(dir, n) : HostilePdfs.manyGlyphs(dir, n);
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                String answer;
                try {
                    answer = extractor.extract(file).document().tables().size() + " tables";
                } catch (DisclosureReadException e) {
                    answer = e.getMessage();
                }
                System.out.printf("%s %d ms %s%n", file.getFileName(), (System.nanoTime() - start) / 1_000_000, answer);
            }
            return;
        }
        for (int n = 0; n < HostileClasses.COUNT + 1; n++) {
            if (args.length > 0 && Integer.parseInt(args[0]) != (n == HostileClasses.COUNT ? 99 : n)) {
                continue;
            }
            Path file = n == HostileClasses.COUNT ? HostileWorkbooks.codedRows(dir, 20_100) : HostileClasses.make(n, dir);
            long start = System.nanoTime();
            String answer;
            try {
                ExtractResult r = extractor.extract(file);
                long read = (System.nanoTime() - start) / 1_000_000;
                int findings = new Validator().validate(r.document()).size();
                answer = "document (read in " + read + " ms), " + findings + " findings";
            } catch (DisclosureReadException | LimitExceededException e) {
                answer = e.getMessage();
            }
            System.out.printf("%-28s %6d ms  %s%n", file.getFileName(), (System.nanoTime() - start) / 1_000_000,
                    answer.length() > 120 ? answer.substring(0, 120) + "…" : answer);
        }
    }
}
