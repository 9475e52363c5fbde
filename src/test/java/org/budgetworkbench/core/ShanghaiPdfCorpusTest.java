package org.budgetworkbench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real Shanghai disclosures of {@code ../shared/corpus/real} (not part of the project; skipped where the
 * folder is absent), with or without a truth file, checked by the documents' own identities: every one of
 * the nine tables read, each 类 the sum of its 款 and each 款 of its 项, the 合计 line the sum of the 类, and
 * the table of contents no section of the body.
 */
class ShanghaiPdfCorpusTest {
    private static final Path REAL = Path.of("../shared/corpus/real");
    /** A published table may be off by a rounding slip (ghj prints 302 = Σ款 + 0.02); a misread is not. */
    private static final BigDecimal SLIP = new BigDecimal("0.025");

    @ParameterizedTest
    @CsvSource({
        "sh-putuo-ghj-2024-final.pdf, FINAL, 2024",
        "sh-putuo-shgzb-2024-final.pdf, FINAL, 2024",
        "sh-final-template-blank.pdf, FINAL, 2024",
        "sh-putuo-swj-2025-budget.pdf, BUDGET, 2025",
        "sh-putuo-swj-2025-unit-budget.pdf, BUDGET, 2025",
        "sh-putuo-zfb-2025-budget.pdf, BUDGET, 2025",
        "sh-putuo-zfb-2025-unit-budget.pdf, BUDGET, 2025"})
    void everyTableIsReadAndItsSumsHold(String file, DocumentKind kind, int year) throws Exception {
        Path pdf = REAL.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "../shared/corpus/real is not here");
        Document doc = new DisclosureExtractor().extract(pdf).document();

        assertThat(doc.kind()).isEqualTo(kind);
        assertThat(doc.year()).isEqualTo(year);
        assertThat(doc.tables()).extracting(DisclosureTable::type).doesNotHaveDuplicates().hasSize(9)
                .allMatch(t -> t.kind() == kind);
        List<String> broken = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            broken.addAll(brokenSums(t));
        }
        assertThat(broken).as(file).isEmpty();

        List<NarrativeSection> sections = doc.narrative();
        NarrativeSection toc = sections.stream().filter(s -> s.heading().equals("目录")).findFirst().orElseThrow();
        assertThat(toc.paragraphs()).hasSizeGreaterThan(5);
        // an entry of the contents opens no section of its own: a heading it names is there once, in the body
        for (String entry : toc.paragraphs()) {
            assertThat(sections).as(file + ": " + entry).filteredOn(s -> s.heading().equals(entry)).hasSizeLessThan(2);
        }
    }

    /**
     * The 单位 预算's 财务收支预算总表 prints the expenditure side as 合计 | 基本支出 (人员经费, 公用经费) | 项目支出: all
     * four are read, and the split agrees with its 合计 and with the 支出预算总表 — no finding on the table.
     */
    @ParameterizedTest
    @CsvSource({"sh-putuo-swj-2025-unit-budget.pdf", "sh-putuo-zfb-2025-unit-budget.pdf"})
    void aUnitsSummaryTableKeepsItsExpenditureSplit(String file) throws Exception {
        Path pdf = REAL.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "../shared/corpus/real is not here");
        Document doc = new DisclosureExtractor().extract(pdf).document();
        DisclosureTable summary = doc.table(TableType.BUDGET_SUMMARY).orElseThrow();
        assertThat(summary.columns()).containsExactly("amount", "personnel", "public", "project");
        Row total = summary.row("expenditure.grand_total").orElseThrow();
        DisclosureTable expenditure = doc.table(TableType.BUDGET_EXPENDITURE).orElseThrow();
        assertThat(total.amount("personnel").add(total.amount("public")))
                .isEqualByComparingTo(expenditure.row("total").orElseThrow().amount("basic"));
        assertThat(new org.budgetworkbench.core.check.Validator().validate(doc)).as(file)
                .noneMatch(f -> f.where() != null && "budget.summary".equals(f.where().table()));
    }

    /** Each 类 = Σ its 款, each 款 = Σ its 项, and 合计 = Σ 类, column by column, where the table has them. */
    private static List<String> brokenSums(DisclosureTable t) {
        List<String> out = new ArrayList<>();
        List<Row> coded = t.rows().stream().filter(r -> r.key().matches("\\d{3,7}")).toList();
        for (Row parent : coded) {
            if (parent.key().length() > 5) {
                continue;
            }
            List<Row> kids = coded.stream().filter(r -> r.key().length() == parent.key().length() + 2
                    && r.key().startsWith(parent.key())).toList();
            compare(t, parent, kids, out);
        }
        boolean functional = t.type().rowShape() == TableType.RowShape.FUNCTION
                || t.type().rowShape() == TableType.RowShape.UNITS_OR_FUNCTION;
        if (functional) {
            t.row("total").ifPresent(total -> compare(t, total,
                    coded.stream().filter(r -> r.key().length() == 3).toList(), out));
        }
        return out;
    }

    private static void compare(DisclosureTable t, Row parent, List<Row> kids, List<String> out) {
        if (kids.isEmpty()) {
            return;
        }
        for (Map.Entry<String, BigDecimal> v : parent.values().entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Row k : kids) {
                BigDecimal x = k.values().get(v.getKey());
                sum = sum.add(x == null ? BigDecimal.ZERO : x);
            }
            BigDecimal own = v.getValue() == null ? BigDecimal.ZERO : v.getValue();
            if (own.subtract(sum).abs().compareTo(SLIP) > 0) {
                out.add(t.type() + " " + parent.key() + " " + v.getKey() + ": " + own + " ≠ " + sum);
            }
        }
    }
}
