package org.budgetworkbench.core.check.phrasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks' phrasing bed on real documents (语料改写不变性): the whole published PDFs of the two Wuhan samples and,
 * when {@code ../shared/corpus/real} is there, the Shanghai documents (the three with reviewers' truth, the final
 * account and the two unit budgets without, and the blank template), read as a user
 * imports them; their narrative rewritten in every phrasing of {@link Phrasings} and validated again. The findings
 * compared as {@link FindingKey} says, leaving out only the rules whose business the phrasing is, must be the
 * original's, one for one.
 */
class PhrasingCorpusTest {
    private static final String[] SAMPLES = {"samples/000_2efbff76b0545c5f.pdf", "samples/002_7253a26da12f1913.pdf"};
    private static final String[] SHANGHAI = {"sh-putuo-ghj-2024-final.pdf", "sh-putuo-swj-2025-budget.pdf",
            "sh-putuo-zfb-2025-budget.pdf", "sh-putuo-shgzb-2024-final.pdf", "sh-putuo-swj-2025-unit-budget.pdf",
            "sh-putuo-zfb-2025-unit-budget.pdf", "sh-final-template-blank.pdf"};
    private static final Map<String, Document> DOCS = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws Exception {
        DisclosureExtractor extractor = new DisclosureExtractor();
        for (String s : SAMPLES) {
            DOCS.put(Path.of(s).getFileName().toString(), extractor.extract(Path.of(s)).document());
        }
        Path real = Path.of("../shared/corpus/real");
        for (String s : SHANGHAI) {
            if (Files.isRegularFile(real.resolve(s))) {
                DOCS.put(s, extractor.extract(real.resolve(s)).document());
            }
        }
    }

    @Test
    void everyPhrasingGivesTheSameFindingsOnTheSamples() {
        assertInvariant(List.of(SAMPLES[0], SAMPLES[1]).stream().map(s -> Path.of(s).getFileName().toString()).toList());
    }

    @Test
    void everyPhrasingGivesTheSameFindingsOnTheShanghaiDocuments() {
        Assumptions.assumeTrue(DOCS.containsKey(SHANGHAI[0]), "../shared/corpus/real is not there");
        assertInvariant(List.of(SHANGHAI));
    }

    private static void assertInvariant(List<String> names) {
        Validator validator = new Validator();
        List<String> differences = new ArrayList<>();
        Set<String> changedSomething = new HashSet<>();
        for (String name : names) {
            Document original = DOCS.get(name);
            var before = validator.validate(original);
            for (Phrasing p : Phrasings.all()) {
                Document rewritten = p.apply(original);
                if (!rewritten.narrative().equals(original.narrative())) {
                    changedSomething.add(p.name());
                }
                List<String> was = FindingKey.of(before, p.flaggedBy());
                List<String> now = FindingKey.of(validator.validate(rewritten), p.flaggedBy());
                if (!was.equals(now)) {
                    differences.add(name + " in phrasing [" + p.name() + "]:\n" + PhrasingDiff.show(was, now));
                }
            }
        }
        System.out.println(names.size() + " documents × " + Phrasings.all().size() + " phrasings checked; "
                + changedSomething.size() + " phrasings rewrote something");
        assertThat(differences).as("findings that changed with the phrasing").isEmpty();
        // that every phrasing rewrites something is demanded of the bed's own documents (PhrasingBedTest)
        assertThat(changedSomething).as("phrasings that rewrote something").hasSizeGreaterThan(Phrasings.all().size() / 2);
    }
}
