package org.budgetworkbench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.json.ExtractJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every PDF of the dev corpus — the tables alone ({@code -tables.pdf}) and the whole published document with
 * its prose and performance forms ({@code .pdf}) — read through the same extractor as a workbook.
 */
class PdfCorpusTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path TRUTH = Path.of("src/test/resources/corpus");

    @ParameterizedTest
    @ValueSource(strings = {
        "000_2efbff76b0545c5f-tables.pdf", "000_2efbff76b0545c5f.pdf",
        "002_7253a26da12f1913-tables.pdf", "002_7253a26da12f1913.pdf"})
    void readsEveryTableValueAndIndicator(String sample) throws Exception {
        String id = sample.replaceAll("(-tables)?\\.pdf$", "");
        ExtractResult result = new DisclosureExtractor().extract(SAMPLES.resolve(sample));
        String output = ExtractJson.write(List.of(result.document()));
        String truth = Files.readString(TRUTH.resolve(id + ".truth.json"), StandardCharsets.UTF_8);

        ExtractScore score = ExtractScore.score(truth, output);
        System.out.println(sample + ": " + score);

        assertThat(score.tablesFound()).as(score.toString()).isEqualTo(score.tables()).isPositive();
        assertThat(score.valuePercent()).as(score.toString()).isGreaterThanOrEqualTo(99.5);
        assertThat(score.metaOk()).as(score.toString()).isTrue();
        assertThat(score.indicators()).as(score.toString()).isPositive();
        assertThat(score.indicatorsOk()).as(score.toString()).isEqualTo(score.indicators());
        assertThat(result.document().department()).isEqualTo(ExtractJson.read(truth).get(0).department());
    }
}
