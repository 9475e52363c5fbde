package org.budgetworkbench.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.json.FindingsJson;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validator on the whole published PDFs of the dev corpus, read as a user would import them (tables,
 * forms and prose all from the PDF), scored against the reviewers' defects: at least 90% of the core defects
 * found, at most one error finding that matches none.
 */
class PdfValidationCorpusTest {
    @ParameterizedTest
    @ValueSource(strings = {"000_2efbff76b0545c5f", "002_7253a26da12f1913"})
    void findsWhatReviewersFoundInThePdf(String id) throws Exception {
        Document doc = new DisclosureExtractor().extract(Path.of("samples", id + ".pdf")).document();
        List<Finding> findings = new Validator().validate(doc);
        Map<Document, List<Finding>> byDoc = new LinkedHashMap<>();
        byDoc.put(doc, findings);

        FindingsScore score = FindingsScore.score(CorpusDocuments.truth(id), FindingsJson.write(byDoc));
        System.out.println(id + ".pdf: " + score + " of " + findings.size() + " findings");
        score.missed.forEach(m -> System.out.println("  missed " + m));
        score.unmatchedErrors.forEach(m -> System.out.println("  unmatched error " + m));
        assertThat(score.core).isPositive();
        assertThat(score.corePercent()).as("core defects found: %s", score.missed).isGreaterThanOrEqualTo(90.0);
        assertThat(score.unmatchedErrors).as("error findings matching no defect").hasSizeLessThanOrEqualTo(1);
    }
}
