package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.NarrativeSection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the dev-corpus PDFs and holds them against their truth: every heading of the published text
 * is a narrative section, in order; and every table's first row with figures is one Grid row with
 * its amounts in separate cells, in order — which is what the table recogniser needs.
 */
class PdfReaderCorpusTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Map<Path, PdfContent> READ = new ConcurrentHashMap<>();

    private static PdfContent read(Path pdf) {
        return READ.computeIfAbsent(pdf, p -> {
            try {
                return new PdfReader().read(p);
            } catch (DisclosureReadException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static JsonNode truth(String id) throws IOException {
        return new ObjectMapper().readTree(CORPUS.resolve(id + ".truth.json").toFile());
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_2efbff76b0545c5f", "002_7253a26da12f1913"})
    void everyHeadingOfTheTextIsASectionInOrder(String id) throws IOException {
        String txt = Files.readString(CORPUS.resolve(id + ".txt"));
        List<String> expected = new ArrayList<>();
        for (JsonNode b : truth(id).at("/render/blocks")) {
            if ("heading".equals(b.path("type").asText())) {
                String h = squash(b.path("text").asText());
                if (squash(txt).contains(h)) { // a heading of the published text
                    expected.add(h);
                }
            }
        }
        List<String> got = read(SAMPLES.resolve(id + ".pdf")).narrative().stream()
                .map(s -> squash(s.heading())).toList();
        int at = 0;
        List<String> missing = new ArrayList<>();
        for (String h : expected) {
            int found = got.subList(at, got.size()).indexOf(h);
            if (found < 0) {
                missing.add(h);
            } else {
                at += found + 1;
            }
        }
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(missing).as("headings missing or out of order; sections were %s", got).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_2efbff76b0545c5f", "002_7253a26da12f1913"})
    void narrativeSectionsHaveLevelsPagesAndJoinedParagraphs(String id) {
        PdfContent c = read(SAMPLES.resolve(id + ".pdf"));
        List<NarrativeSection> sections = c.narrative();
        assertThat(sections).isNotEmpty();
        for (NarrativeSection s : sections) {
            assertThat(s.page()).isBetween(1, c.pages());
            if (!s.heading().isEmpty()) {
                assertThat(s.level()).isBetween(1, 4);
            }
            int numbered = HeadingRule.level(s.heading());
            if (numbered > 0) {
                assertThat(s.level()).as(s.heading()).isEqualTo(numbered);
            }
        }
        // No page number or table figure survives as a paragraph of its own.
        assertThat(sections.stream().flatMap(s -> s.paragraphs().stream()))
                .noneMatch(p -> p.strip().matches("[-—\\s]*\\d{1,3}[-—\\s]*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_2efbff76b0545c5f-tables.pdf", "000_2efbff76b0545c5f.pdf",
            "002_7253a26da12f1913-tables.pdf", "002_7253a26da12f1913.pdf"})
    void firstRowWithFiguresOfEveryTableIsOneGridRowWithSeparateAmounts(String file) throws IOException {
        String id = file.substring(0, 20);
        PdfContent c = read(SAMPLES.resolve(file));
        assertThat(c.grids()).hasSize(1);
        Grid g = c.grids().get(0);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode table : truth(id).at("/extract/documents/0/tables")) {
            JsonNode row = firstRowWithFigures(table);
            if (row == null) {
                continue;
            }
            checked++;
            List<BigDecimal> amounts = new ArrayList<>();
            row.path("values").forEach(v -> {
                if (v.isNumber() && v.decimalValue().signum() != 0) {
                    amounts.add(v.decimalValue());
                }
            });
            if (!hasRow(g, row.path("key").asText(), squash(row.path("name").asText()), amounts)) {
                failures.add(table.path("type").asText() + " " + row.path("key").asText() + " " + amounts);
            }
        }
        assertThat(checked).isGreaterThan(5);
        assertThat(failures).as("rows not found with their amounts in %s", g).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_2efbff76b0545c5f-tables.pdf", "002_7253a26da12f1913-tables.pdf"})
    void everyGridRowHasItsPageAndTitlesStandAboveTables(String file) {
        PdfContent c = read(SAMPLES.resolve(file));
        Grid g = c.grids().get(0);
        for (int r = 0; r < g.rowCount(); r++) {
            if (!g.isRowEmpty(r)) {
                assertThat(g.page(r)).as("page of row %d", r).isBetween(1, c.pages());
            }
        }
        // The unit caption of each table is a row of its own above the table.
        long captions = 0;
        for (int r = 0; r < g.rowCount(); r++) {
            if (g.rowTexts(r).stream().anyMatch(t -> squash(t).matches("(金额)?单位[:：]万元"))) {
                captions++;
            }
        }
        assertThat(captions).isGreaterThanOrEqualTo(9);
    }

    private static JsonNode firstRowWithFigures(JsonNode table) {
        JsonNode fallback = null;
        for (JsonNode row : table.path("rows")) {
            boolean figures = false;
            for (JsonNode v : row.path("values")) {
                figures |= v.isNumber() && v.decimalValue().signum() != 0;
            }
            if (!figures) {
                continue;
            }
            if (row.path("key").asText().matches("\\d{3,7}")) {
                return row;
            }
            if (fallback == null) {
                fallback = row;
            }
        }
        return fallback;
    }

    /** A row holding the code (or the name) in one cell, then the amounts in later cells, in order. */
    private static boolean hasRow(Grid g, String key, String name, List<BigDecimal> amounts) {
        boolean coded = key.matches("\\d{3,7}");
        for (int r = 0; r < g.rowCount(); r++) {
            if (!coded && amountsFollow(g, r, 0, amounts)
                    && (name.isEmpty() || key.equals("total") || g.rowTexts(r).stream().anyMatch(t -> squash(t).contains(name)))) {
                return true;
            }
            for (int c = 0; c < g.columnCount(); c++) {
                String t = squash(g.text(r, c));
                boolean label = coded ? t.equals(key) : !name.isEmpty() && t.contains(name);
                if (label && amountsFollow(g, r, c + 1, amounts)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean amountsFollow(Grid g, int r, int from, List<BigDecimal> amounts) {
        Iterator<BigDecimal> want = amounts.iterator();
        BigDecimal next = want.hasNext() ? want.next() : null;
        for (int c = from; c < g.columnCount() && next != null; c++) {
            BigDecimal v = amount(g.text(r, c));
            if (v != null && v.compareTo(next) == 0) {
                next = want.hasNext() ? want.next() : null;
            }
        }
        return next == null;
    }

    private static BigDecimal amount(String text) {
        String t = text.replace(",", "").replace("，", "").strip();
        return t.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(t) : null;
    }
}
