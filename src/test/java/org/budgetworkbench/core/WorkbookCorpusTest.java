package org.budgetworkbench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.json.ExtractJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every workbook of the dev corpus — one sheet per table, all stacked on one sheet, and .xls — read in full. */
class WorkbookCorpusTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path TRUTH = Path.of("src/test/resources/corpus");

    @ParameterizedTest
    @ValueSource(strings = {
        "000_2efbff76b0545c5f.xlsx", "000_2efbff76b0545c5f-stacked.xlsx", "000_2efbff76b0545c5f.xls",
        "002_7253a26da12f1913.xlsx", "002_7253a26da12f1913-stacked.xlsx", "002_7253a26da12f1913.xls"})
    void readsEveryTableAndValue(String sample) throws Exception {
        String id = sample.replaceAll("(-stacked)?\\.xlsx?$", "");
        ExtractResult result = new DisclosureExtractor().extract(SAMPLES.resolve(sample));
        String output = ExtractJson.write(List.of(result.document()));
        String truth = Files.readString(TRUTH.resolve(id + ".truth.json"), StandardCharsets.UTF_8);

        ExtractScore score = ExtractScore.score(truth, output);

        assertThat(score.misses()).as(score.toString()).isEmpty();
        assertThat(score.tablesFound()).as(score.toString()).isEqualTo(score.tables());
        assertThat(score.valuesOk()).as(score.toString()).isEqualTo(score.values()).isPositive();
        assertThat(score.metaOk()).as(score.toString()).isTrue();
        assertThat(score.indicators()).as(score.toString()).isPositive();
        assertThat(score.indicatorsOk()).as(score.toString()).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * score.indicators()));
        assertThat(result.document().department()).isEqualTo(
                ExtractJson.read(truth).get(0).department());
    }
}
