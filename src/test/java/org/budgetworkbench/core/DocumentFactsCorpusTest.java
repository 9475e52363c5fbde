package org.budgetworkbench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Document facts on the real Shanghai disclosures in ../shared/corpus/real (public documents kept outside the
 * project; skipped where that folder is absent): the 单位预算 are units' documents, the others departments',
 * and a 决算 that prints its name only on the cover gets it from there.
 */
class DocumentFactsCorpusTest {
    private static final Path REAL = Path.of("../shared/corpus/real");

    static Stream<Path> pdfs() throws Exception {
        if (!Files.isDirectory(REAL)) {
            return Stream.of(Path.of("absent.pdf"));
        }
        return Files.list(REAL).filter(p -> p.toString().endsWith(".pdf")).sorted();
    }

    private static Document read(Path pdf) throws Exception {
        assumeTrue(Files.isRegularFile(pdf), "../shared/corpus/real not here");
        return new DisclosureExtractor().extract(pdf).document();
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void unitBudgetsAreUnitsDocumentsAndTheOthersDepartments(Path pdf) throws Exception {
        Document d = read(pdf);
        DocumentScope want = pdf.getFileName().toString().contains("unit-budget") ? DocumentScope.UNIT
                : DocumentScope.DEPARTMENT;
        assertThat(d.scope()).as(pdf.toString()).isEqualTo(want);
        assertThat(d.department()).as(pdf.toString()).isNotBlank();
    }

    @Test
    void aFinalAccountsNamedOnlyOnItsCoverGetsItsDepartment() throws Exception {
        Document d = read(REAL.resolve("sh-putuo-ghj-2024-final.pdf"));
        assertThat(d.department()).isEqualTo("上海市普陀区规划和自然资源局");
        assertThat(d.year()).isEqualTo(2024);
    }

    @Test
    void shanghaiBudgetsPrintNoPersonnelColumnsInTheGpbTable() throws Exception {
        Document d = read(REAL.resolve("sh-putuo-swj-2025-budget.pdf"));
        var gpb = d.table(TableType.BUDGET_GPB_EXPENDITURE).orElseThrow();
        assertThat(gpb.prints("personnel")).isFalse();
        assertThat(gpb.prints("basic")).isTrue();
    }
}
