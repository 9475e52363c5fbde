package org.budgetworkbench.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every classification code the dev corpus prints is in the catalogue, under the name it is printed with. */
class CorpusCodesInCatalogueTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Set<String> FUNCTION_TABLES = Set.of("budget.expenditure", "budget.gpb_expenditure",
            "budget.gov_fund", "budget.state_capital", "final.income", "final.expenditure",
            "final.gpb_expenditure", "final.gov_fund", "final.state_capital");
    private static final Set<String> ECONOMIC_TABLES = Set.of("budget.gpb_basic", "final.gpb_basic");

    /** code, printed name, where: one per coded row of the truth files. */
    private record Printed(String code, String name, String where) { }

    private static final List<Printed> functionRows = new ArrayList<>();
    private static final List<Printed> economicRows = new ArrayList<>();
    private static final List<Printed> summaryClassRows = new ArrayList<>();
    private static final List<Printed> summaryEconRows = new ArrayList<>();

    @BeforeAll
    static void readTruth() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".truth.json")).sorted().toList();
        }
        assertThat(files).as("truth files under " + CORPUS).isNotEmpty();
        for (Path f : files) {
            for (JsonNode doc : json.readTree(f.toFile()).path("extract").path("documents")) {
                for (JsonNode table : doc.path("tables")) {
                    String type = table.path("type").asText();
                    for (JsonNode row : table.path("rows")) {
                        String key = row.path("key").asText();
                        String where = f.getFileName() + " " + type + " " + key;
                        Printed p = new Printed(key, row.path("name").asText(), where);
                        if (key.matches("[0-9]+") && FUNCTION_TABLES.contains(type)) {
                            functionRows.add(p);
                        } else if (key.matches("[0-9]+") && ECONOMIC_TABLES.contains(type)) {
                            economicRows.add(p);
                        } else if (key.matches("expenditure\\.[0-9]{3}")) {
                            summaryClassRows.add(new Printed(key.substring("expenditure.".length()), p.name(), where));
                        } else if (key.matches("econ\\.[0-9]{3}")) {
                            summaryEconRows.add(new Printed(key.substring("econ.".length()), p.name(), where));
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyFunctionCodeIsCataloguedUnderItsPrintedName() {
        assertThat(functionRows).hasSizeGreaterThan(50);
        assertAllMatch(FunctionClassification.get(), functionRows);
    }

    @Test
    void everyEconomicCodeIsCataloguedUnderItsPrintedName() {
        assertThat(economicRows).hasSizeGreaterThan(50);
        assertAllMatch(EconomicClassification.get(), economicRows);
    }

    @Test
    void summaryClassLinesMatchTheirClassDespiteNumbering() {
        // 二十三、其他支出 and the like: the numbering in front is not part of the name
        assertThat(summaryClassRows).hasSizeGreaterThan(20);
        assertAllMatch(FunctionClassification.get(), summaryClassRows);
        assertAllMatch(EconomicClassification.get(), summaryEconRows);
    }

    private static void assertAllMatch(Classification catalogue, List<Printed> rows) {
        List<String> misses = rows.stream()
                .filter(p -> !catalogue.nameMatches(p.code(), p.name()))
                .map(p -> p.where() + " “" + p.name() + "” catalogue: "
                        + catalogue.find(p.code()).map(ClassificationEntry::name).orElse("(absent)"))
                .toList();
        assertThat(misses).isEmpty();
    }
}
