package org.budgetworkbench.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.json.FindingsJson;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validator on the two corpus disclosures, scored against what careful reviewers found (the truth files'
 * {@code defects}): at least 90% of the core defects found, at most one error finding that matches none.
 * Writes each findings@1 output to target/findings/ for the python scorer.
 */
class CorpusValidationTest {
    @ParameterizedTest
    @ValueSource(strings = {"000_2efbff76b0545c5f", "002_7253a26da12f1913"})
    void findsWhatReviewersFound(String id) throws Exception {
        Document doc = CorpusDocuments.document(id);
        List<Finding> findings = new Validator().validate(doc);
        Map<Document, List<Finding>> byDoc = new LinkedHashMap<>();
        byDoc.put(doc, findings);
        String json = FindingsJson.write(byDoc);
        Path dir = Path.of("target", "findings");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(id + ".json"), json, StandardCharsets.UTF_8);

        FindingsScore score = FindingsScore.score(CorpusDocuments.truth(id), json);
        System.out.println(id + ": " + score + " of " + findings.size() + " findings");
        score.missed.forEach(m -> System.out.println("  missed " + m));
        score.unmatchedErrors.forEach(m -> System.out.println("  unmatched error " + m));
        assertThat(score.corePercent()).as("core defects found: %s", score.missed).isGreaterThanOrEqualTo(90.0);
        assertThat(score.unmatchedErrors).as("error findings matching no defect").hasSizeLessThanOrEqualTo(1);
    }
}
