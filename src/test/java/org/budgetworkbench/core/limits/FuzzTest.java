package org.budgetworkbench.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.budgetworkbench.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded, seeded fuzz run in every build: mutated sample workbooks and PDFs and the hostile classes, each
 * ending in a document or a refusal in words, within the deadline, without an error escaping, and with the store
 * unchanged after a refusal. {@code -Dfuzz.inputs=N} and {@code -Dfuzz.seed=S} change the run; the long run is
 * {@code bench.FuzzRun}.
 */
class FuzzTest {
    @TempDir
    Path dir;

    @Test
    void everyMutatedOrHostileInputEndsInADocumentOrAClearRefusal() throws Exception {
        int inputs = Integer.getInteger("fuzz.inputs", 500);
        long seed = Long.getLong("fuzz.seed", 20261205L);
        try (Store store = Store.open(dir.resolve("store"))) {
            FuzzHarness.Tally tally = new FuzzHarness(dir, store).run(seed, 0, inputs);
            System.out.println("fuzz " + inputs + " inputs, seed " + seed + ": " + tally);
            assertThat(tally.crashes).as(tally.toString()).isEmpty();
            assertThat(tally.overDeadline).as(tally.toString()).isZero();
            assertThat(tally.documents).as("mutations that leave the file readable are still read").isPositive();
            assertThat(tally.refusals).isPositive();
        }
    }
}
