package org.budgetworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budgetworkbench.core.check.CorpusDocuments;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's generator keeps what held in the corpus documents and breaks only what it means to. */
class CorpusPerturbationTest {
    private static CorpusPerturbation gen;
    private static Document base0;
    private static Document base1;
    private final Validator validator = new Validator();

    @BeforeAll
    static void load() throws Exception {
        gen = CorpusPerturbation.fromCorpus();
        base0 = CorpusDocuments.document(CorpusDocuments.IDS[0]);
        base1 = CorpusDocuments.document(CorpusDocuments.IDS[1]);
    }

    @Test
    void threeHundredDistinctDisclosures() {
        List<Document> docs = gen.documents(300);
        Set<String> keys = new HashSet<>();
        docs.forEach(d -> keys.add(d.department() + "|" + d.year() + "|" + d.kind()));
        assertThat(keys).hasSize(300);
        assertThat(docs).allSatisfy(d -> assertThat(d.narrative()).isNotEmpty());
        assertThat(docs.stream().map(Document::year).distinct().count()).isEqualTo(5);
    }

    @Test
    void scaledCopyKeepsTheTableIdentitiesAndTargets() {
        Document copy = gen.perturb(2); // first base, factor 2, nothing broken
        DisclosureTable t = base0.tables().get(0);
        Row total = t.rows().stream().filter(Row::isTotal).findFirst().orElse(t.rows().get(0));
        String col = total.values().keySet().iterator().next();
        Row scaled = copy.table(t.type()).orElseThrow().row(total.key()).orElseThrow();
        assertThat(scaled.amount(col)).isEqualByComparingTo(total.amount(col).multiply(BigDecimal.valueOf(2)));
        assertThat(copy.targets()).isEqualTo(base0.targets());
        assertThat(count(validator.validate(copy), "sum.", "cross."))
                .isEqualTo(count(validator.validate(base0), "sum.", "cross."));
    }

    @Test
    void brokenTotalIsFound() {
        Document broken = gen.perturb(3); // second base, i mod 7 = 3
        assertThat(count(validator.validate(broken), "sum."))
                .isGreaterThan(count(validator.validate(base1), "sum."));
    }

    @Test
    void narrativeAmountsScaleWithTheTablesAndYearsShift() {
        assertThat(CorpusPerturbation.scaleWanyuan("收入 1,548.05万元，增长 2.8%，共 3 个", BigDecimal.valueOf(2), null))
                .isEqualTo("收入 3096.10万元，增长 2.8%，共 3 个");
        assertThat(CorpusPerturbation.scaleWanyuan("0 万元与 5.00 万元", BigDecimal.ONE, BigDecimal.TEN))
                .isEqualTo("0 万元与 15.00 万元");
        assertThat(CorpusPerturbation.shiftYears("2024 年比 2023年度", 1)).isEqualTo("2025 年比 2024年度");
    }

    private static long count(List<Finding> findings, String... rulePrefixes) {
        return findings.stream().filter(f -> {
            for (String p : rulePrefixes) {
                if (f.rule().startsWith(p)) {
                    return true;
                }
            }
            return false;
        }).count();
    }
}
