package org.budgetworkbench.core.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredDocument;

/**
 * 模糊测试: feeds seeded mutations of the sample disclosures, and now and then a file of a hostile class, through
 * what an import does — read within the deadline, check, store — and sorts each answer: a document, a refusal in
 * words, a refusal that names a class, one past the deadline, or a crash (an error escaping, the store changed by
 * a refusal). Shared by the bounded run in the tests and the long run in {@code bench.FuzzRun}.
 */
public final class FuzzHarness {
    /** Seeds: the sample disclosures in every form but the long published PDFs (slow to read, same code paths). */
    static final List<Path> SEEDS = List.of(Path.of("samples/000_2efbff76b0545c5f.xlsx"),
            Path.of("samples/002_7253a26da12f1913.xlsx"), Path.of("samples/000_2efbff76b0545c5f-stacked.xlsx"),
            Path.of("samples/000_2efbff76b0545c5f.xls"), Path.of("samples/002_7253a26da12f1913.xls"),
            Path.of("samples/000_2efbff76b0545c5f-tables.pdf"), Path.of("samples/002_7253a26da12f1913-tables.pdf"));

    /** What became of the inputs. */
    public static final class Tally {
        public int documents;
        public int refusals;
        public int overDeadline;
        public int classNames;
        public final List<String> crashes = new ArrayList<>();
        /** Which inputs the deadline stopped: a refusal, not a crash, but the place to look for a slow pass. */
        public final List<String> overDeadlineInputs = new ArrayList<>();
        public long slowestMillis;

        @Override
        public String toString() {
            return "documents " + documents + ", refusals " + refusals + ", over deadline " + overDeadline
                    + ", messages naming a class " + classNames + ", crashes " + crashes.size()
                    + ", slowest " + slowestMillis + " ms" + (crashes.isEmpty() ? "" : "\n  " + String.join("\n  ", crashes));
        }
    }

    private final Path work;
    private final Store store;
    private final List<byte[]> seeds = new ArrayList<>();
    private final List<String> extensions = new ArrayList<>();
    private final DisclosureExtractor extractor = new DisclosureExtractor();
    private final Validator validator = new Validator();

    public FuzzHarness(Path work, Store store) throws IOException {
        this.work = work;
        this.store = store;
        for (Path s : SEEDS) {
            seeds.add(Files.readAllBytes(s));
            String name = s.getFileName().toString();
            extensions.add(name.substring(name.lastIndexOf('.') + 1));
        }
    }

    /** Runs inputs {@code first} … {@code first + count - 1} of the seeded sequence. */
    public Tally run(long seed, int first, int count) throws Exception {
        Tally tally = new Tally();
        for (int i = first; i < first + count; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            Path input = input(i, random);
            one(input, i, tally);
            Files.deleteIfExists(input);
        }
        return tally;
    }

    /** Input {@code i}: a hostile-class file one time in twenty, else a mutated seed. */
    private Path input(int i, Random random) throws Exception {
        if (i % 20 == 19) {
            Path dir = Files.createDirectories(work.resolve("class-" + i));
            Path made = HostileClasses.make(i / 20, dir);
            Path moved = work.resolve(i + "-" + made.getFileName());
            Files.move(made, moved);
            return moved;
        }
        int s = random.nextInt(seeds.size());
        Path file = work.resolve(i + "." + extensions.get(s));
        Files.write(file, Mutations.mutate(seeds.get(s), extensions.get(s), random));
        return file;
    }

    private void one(Path input, int i, Tally tally) {
        List<StoredDocument> before = store.documents().list();
        long start = System.nanoTime();
        String refusal = null;
        try {
            Map.Entry<Document, List<Finding>> checked = ProcessingDeadline.run(() -> {
                Document d = extractor.extract(input).document();
                return Map.entry(d, validator.validate(d));
            });
            store.documents().saveAllChecked(List.of(checked.getKey()), List.of(input.toString()),
                    List.of(checked.getValue()));
            tally.documents++;
        } catch (DisclosureReadException | LimitExceededException e) {
            refusal = e.getMessage();
        } catch (Throwable t) {
            tally.crashes.add("#" + i + " " + input.getFileName() + ": " + t);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        tally.slowestMillis = Math.max(tally.slowestMillis, millis);
        if (refusal != null) {
            tally.refusals++;
            if (refusal.contains(ProcessingDeadline.TOO_COMPLEX)) {
                tally.overDeadline++;
                tally.overDeadlineInputs.add("#" + i + " " + input.getFileName() + " (" + millis + " ms)");
            }
            if (Answers.namesAClass(refusal)) {
                tally.classNames++;
                tally.crashes.add("#" + i + " names a class: " + refusal);
            }
            if (!store.documents().list().equals(before)) {
                tally.crashes.add("#" + i + " a refusal changed the store");
            }
        }
        if (millis > ProcessingDeadline.WALL_FACTOR * ProcessingDeadline.limit().toMillis()
                + 2 * ProcessingDeadline.GRACE.toMillis()) {
            tally.crashes.add("#" + i + " took " + millis + " ms, past the deadline and its grace");
        }
    }
}
