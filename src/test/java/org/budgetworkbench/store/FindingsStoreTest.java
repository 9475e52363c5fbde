package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsStoreTest {
    @TempDir
    Path dir;
    Store store;
    long doc;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        doc = store.documents().save(SampleDocuments.everyPart("某局", 2024), "a.xlsx");
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Finding sumMismatch(BigDecimal found) {
        return new Finding("sum.children", FindingKind.SUM_MISMATCH, Severity.ERROR,
                FindingPlace.cell("budget.expenditure", "221", "total"), found, new BigDecimal("210.50"),
                "221 住房保障支出 合计 " + found + " ≠ 其下各款之和 210.50");
    }

    static Finding textMismatch() {
        return new Finding("text.amount", FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING,
                FindingPlace.text("五、一般公共预算支出安排情况", "基本支出 1754.25 万元"), "1754.25 万元", 3,
                "说明与表不一致", FindingPlace.cell("budget.gpb_expenditure", "total", "basic"));
    }

    static Finding missingTable() {
        return new Finding("table.missing", FindingKind.MISSING_TABLE, Severity.INFO,
                new FindingPlace("budget.gov_fund", null, null, null, null, null, null), null, null, "缺少政府性基金预算支出表");
    }

    @Test
    void findingsComeBackAsTheyWentIn() {
        List<Finding> findings = List.of(sumMismatch(new BigDecimal("210.490")), textMismatch(), missingTable());
        store.findings().replace(doc, findings);

        List<StoredFinding> back = store.findings().list(doc);
        assertThat(back).extracting(StoredFinding::finding).containsExactlyElementsOf(findings);
        assertThat(back).extracting(StoredFinding::status).containsOnly(FindingStatus.OPEN);
        // found / expected keep their types and scale
        assertThat(back.get(0).finding().found()).isEqualTo(new BigDecimal("210.490"));
        assertThat(back.get(1).finding().found()).isInstanceOf(String.class);
        assertThat(back.get(1).finding().expected()).isEqualTo(3);
        assertThat(back.get(2).finding().found()).isNull();
    }

    @Test
    void aFormPlaceKeepsItsProjectGoalPeriodAndField() {
        Finding onForm = new Finding("target.value", FindingKind.INDICATOR_VALUE, Severity.INFO,
                FindingPlace.form("performance.project").withProject("道路保洁经费").withGoal("年度绩效目标1")
                        .withIndicator("保洁面积").withColumn("history"), "90% / 99%", null, "口径不一致",
                FindingPlace.form("performance.department").withPeriod("annual").withField("收入构成/合计"));
        store.findings().replace(doc, List.of(onForm));

        Finding back = store.findings().list(doc).get(0).finding();
        assertThat(back).isEqualTo(onForm);
        assertThat(back.fingerprint()).isNotEqualTo(new Finding("target.value", FindingKind.INDICATOR_VALUE,
                Severity.INFO, FindingPlace.form("performance.project").withProject("垃圾清运经费")
                .withGoal("年度绩效目标1").withIndicator("保洁面积").withColumn("history"), "", null, "").fingerprint());
    }

    @Test
    void statusSurvivesRevalidationByFingerprint() {
        store.findings().replace(doc, List.of(sumMismatch(new BigDecimal("210.49")), textMismatch()));
        store.findings().setStatus(doc, textMismatch().fingerprint(), FindingStatus.DISMISSED);
        store.findings().setStatus(doc, sumMismatch(BigDecimal.ZERO).fingerprint(), FindingStatus.ACCEPTED);

        // re-validation: the sum defect is found with another figure, the text one again, a new one appears
        store.findings().replace(doc, List.of(missingTable(), textMismatch(), sumMismatch(new BigDecimal("210.48"))));

        assertThat(store.findings().list(doc))
                .extracting(f -> f.finding().rule(), StoredFinding::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("table.missing", "open"),
                        org.assertj.core.groups.Tuple.tuple("text.amount", "dismissed"),
                        org.assertj.core.groups.Tuple.tuple("sum.children", "accepted"));

        // a defect gone and back keeps its verdict too
        store.findings().replace(doc, List.of());
        assertThat(store.findings().list(doc)).isEmpty();
        store.findings().replace(doc, List.of(textMismatch()));
        assertThat(store.findings().list(doc)).extracting(StoredFinding::status).containsExactly("dismissed");

        // and can be reopened
        store.findings().setStatus(doc, textMismatch().fingerprint(), FindingStatus.OPEN);
        assertThat(store.findings().list(doc)).extracting(StoredFinding::status).containsExactly("open");
    }

    @Test
    void findingsBelongToTheirDocument() {
        long other = store.documents().save(SampleDocuments.everyPart("另一局", 2024), "b.xlsx");
        store.findings().replace(doc, List.of(textMismatch()));
        store.findings().replace(other, List.of(missingTable()));
        store.findings().setStatus(other, textMismatch().fingerprint(), FindingStatus.DISMISSED);

        assertThat(store.findings().list(doc)).extracting(StoredFinding::status).containsExactly("open");
        assertThat(store.findings().list(other)).extracting(f -> f.finding().rule()).containsExactly("table.missing");
    }

    @Test
    void openCountsLeaveOutSettledFindingsAndOlderVersions() {
        store.findings().replace(doc, List.of(sumMismatch(new BigDecimal("210.49")), textMismatch(), missingTable()));
        store.findings().setStatus(doc, textMismatch().fingerprint(), FindingStatus.DISMISSED);
        long other = store.documents().save(SampleDocuments.everyPart("另一局", 2024), "b.xlsx");
        assertThat(store.findings().openCounts()).containsExactly(java.util.Map.entry(doc, 2));

        long again = store.documents().save(SampleDocuments.everyPart("某局", 2024), "a2.xlsx");
        store.findings().replace(again, List.of(missingTable()));
        assertThat(store.findings().openCounts()).containsExactly(java.util.Map.entry(again, 1))
                .doesNotContainKey(other);
    }

    @Test
    void documentsAreStoredWithTheirFindingsCheckedOrNotAtAll() {
        Document a = SampleDocuments.everyPart("甲局", 2024);
        Document b = SampleDocuments.everyPart("乙局", 2024);
        List<Long> ids = store.documents().saveAllChecked(List.of(a, b), java.util.Arrays.asList("a.xlsx", null),
                List.of(List.of(sumMismatch(new BigDecimal("210.49"))), List.of()));
        assertThat(store.findings().list(ids.get(0))).hasSize(1);
        assertThat(ids).allSatisfy(id -> assertThat(store.documents().get(id).orElseThrow().status())
                .isEqualTo(DocumentStatus.CHECKED));

        int before = store.documents().list().size();
        Finding unstorable = new Finding("x", FindingKind.OTHER, Severity.INFO, FindingPlace.cell("t", "r", "c"),
                new Object(), null, "a figure of no known kind");
        assertThatThrownBy(() -> store.documents().saveAllChecked(List.of(SampleDocuments.everyPart("丙局", 2024)),
                List.of("c.xlsx"), List.of(List.of(unstorable))));
        // the second document fails inside the transaction, after the first was written: neither stays
        assertThatThrownBy(() -> store.documents().saveAllChecked(
                java.util.Arrays.asList(SampleDocuments.everyPart("丁局", 2024), null), List.of("d.xlsx", "e.xlsx"),
                List.of(List.of(), List.of())));
        assertThat(store.documents().list()).hasSize(before);
    }

    @Test
    void badStatusOrFigureIsRefused() {
        assertThatThrownBy(() -> store.findings().setStatus(doc, "x", "ignored"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("未知的审核发现状态");
        Finding odd = new Finding("r", FindingKind.OTHER, Severity.INFO, FindingPlace.cell("t", "r", "c"),
                new Object(), null, "m");
        store.findings().replace(doc, List.of(textMismatch()));
        assertThatThrownBy(() -> store.findings().replace(doc, List.of(odd)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("无法保存");
        assertThat(store.findings().list(doc)).hasSize(1);
    }

    @Test
    void aReimportStartsWithTheVerdictsOfTheVersionItReplaces() {
        store.findings().replace(doc, List.of(textMismatch(), missingTable()));
        store.findings().setStatus(doc, textMismatch().fingerprint(), FindingStatus.DISMISSED);
        long next = store.documents().save(SampleDocuments.everyPart("某局", 2024), "a-corrected.xlsx");

        assertThat(store.findings().list(next)).isEmpty();
        store.findings().replace(next, List.of(missingTable(), textMismatch()));
        assertThat(store.findings().list(next)).extracting(StoredFinding::status).containsExactly("open", "dismissed");

        // the versions' verdicts are their own from then on
        store.findings().setStatus(next, textMismatch().fingerprint(), FindingStatus.OPEN);
        assertThat(store.findings().list(doc)).extracting(StoredFinding::status).containsExactly("dismissed", "open");
    }
}
