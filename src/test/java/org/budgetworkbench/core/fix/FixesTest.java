package org.budgetworkbench.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.core.edit.DocumentEditor;
import org.budgetworkbench.core.edit.EditSession;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.core.edit.TestDocuments;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class FixesTest {
    private static final String SECTION5 = "五、一般公共预算支出安排情况";
    private static final String QUOTE5 = "主要安排情况如下：基本支出 1754.25 万元，占比 77.76%，其中人员经费 1558.88 万元，"
            + "公用经费 195.36 万元；项目经费 501.60 万元，占比 22.24%。";
    private static final String SECTION7 = "七、一般公共预算“三公”经费支出安排情况";
    private static final String QUOTE7 = "一般公共预算财政拨款安排“三公”经费预算 36.00 万元，比 2023 年预算增加 4.50 万元，增长 14.28%。";

    /** The budget truth with the narrative the published text has around two of its defects. */
    private static Document withNarrative() {
        return TestDocuments.truth(TestDocuments.BUDGET_TRUTH).withNarrative(List.of(
                new NarrativeSection(SECTION5, 2, 14, List.of("2024 年一般公共预算支出 2255.84 万元。", QUOTE5)),
                new NarrativeSection(SECTION7, 2, 15, List.of(QUOTE7 + "主要原因是公务接待增加。"))));
    }

    private static Finding cellFinding(String table, String row, String column, Object found, Object expected) {
        return new Finding("sum.children", FindingKind.SUM_MISMATCH, Severity.ERROR,
                FindingPlace.cell(table, row, column), found, expected, "不平");
    }

    @Test
    void aCellFindingProposesTheExpectedFigureAndUndoRestoresIt() {
        Document doc = TestDocuments.truth(TestDocuments.BUDGET_TRUTH);
        Finding f = cellFinding("budget.expenditure", "221", "total", new BigDecimal("210.49"), new BigDecimal("210.5"));
        FixProposal fix = Fixes.propose(doc, f).orElseThrow();
        Place.Cell place = new Place.Cell(TableType.BUDGET_EXPENDITURE, "221", "total");
        assertThat(fix.edit().place()).isEqualTo(place);
        assertThat(fix.edit().oldValue()).isEqualTo("210.49");
        assertThat(fix.edit().newValue()).isEqualTo("210.50");
        assertThat(fix.description()).isEqualTo("将 221 住房保障支出 合计 由 210.49 改为 210.50（支出总表）");

        EditSession s = new EditSession(doc);
        fix.applyTo(s);
        assertThat(DocumentEditor.valueAt(s.current(), place)).isEqualTo("210.50");
        assertThat(s.edits()).containsExactly(fix.edit());
        s.undo();
        assertThat(DocumentEditor.valueAt(s.current(), place)).isEqualTo("210.49");
        assertThat(s.current()).isEqualTo(doc);
    }

    @Test
    void aTotalRowIsNamedAsSuch() {
        Document doc = TestDocuments.truth(TestDocuments.FINAL_TRUTH);
        FixProposal fix = Fixes.propose(doc, cellFinding("final.income", "total", "fiscal", 1548.05, 1548.04))
                .orElseThrow();
        assertThat(fix.description()).startsWith("将 合计行 财政拨款收入 由 1548.05 改为 1548.04");
    }

    @Test
    void noProposalWhereAFigureCannotSettleIt() {
        Document doc = TestDocuments.truth(TestDocuments.BUDGET_TRUTH);
        // already agrees
        assertThat(Fixes.propose(doc, cellFinding("budget.expenditure", "221", "total", 210.49, 210.49))).isEmpty();
        // expected is text, not a number
        assertThat(Fixes.propose(doc, cellFinding("budget.expenditure", "221", "total", 210.49, "≥1"))).isEmpty();
        // a performance form, no table cell
        assertThat(Fixes.propose(doc, cellFinding("performance.project", "其中：申请当年预算拨款", "金额", null, 501.6)))
                .isEmpty();
        // a row the table does not have
        assertThat(Fixes.propose(doc, cellFinding("budget.expenditure", "2299999", "total", 1, 2))).isEmpty();
    }

    @Test
    void aNarrativeFindingReplacesTheFigureInItsClauseAndUndoRestoresIt() {
        Document doc = withNarrative();
        Finding f = new Finding("text.amount", FindingKind.TEXT_TABLE_MISMATCH, Severity.INFO,
                new FindingPlace("budget.gpb_expenditure", "total", "basic", null, null, SECTION5, QUOTE5),
                new BigDecimal("1754.25"), new BigDecimal("1754.24"), "说明与表不一致");
        FixProposal fix = Fixes.propose(doc, f).orElseThrow();
        assertThat(fix.edit().place()).isEqualTo(new Place.Narrative(SECTION5, 1, "1754.25", 0));
        assertThat(fix.edit().newValue()).isEqualTo("1754.24");
        assertThat(fix.description()).isEqualTo("将说明“" + SECTION5 + "”中的“基本支出 1754.25 万元”改为“基本支出 1754.24 万元”");

        EditSession s = new EditSession(doc);
        fix.applyTo(s);
        assertThat(s.current().narrative().get(0).paragraphs().get(1))
                .isEqualTo(QUOTE5.replace("1754.25", "1754.24"));
        assertThat(s.current().tables()).isEqualTo(doc.tables()); // the table was the reference, not changed
        s.undo();
        assertThat(s.current().narrative().get(0).paragraphs().get(1)).isEqualTo(QUOTE5);
    }

    @Test
    void aRateIsPrintedWithTheDecimalsTheTextUsed() {
        Document doc = withNarrative();
        Finding f = new Finding("text.rate", FindingKind.TEXT_ARITHMETIC, Severity.INFO,
                FindingPlace.text(SECTION7, QUOTE7), 14.28, new BigDecimal("14.2857").setScale(2,
                java.math.RoundingMode.HALF_UP), "增长率计算有误");
        FixProposal fix = Fixes.propose(doc, f).orElseThrow();
        assertThat(fix.edit().newValue()).isEqualTo("14.29");
        Document after = new EditSession(doc).apply(fix.edit());
        assertThat(after.narrative().get(1).paragraphs().get(0)).contains("增长 14.29%").contains("增加 4.50 万元");
        assertThat(Fixes.printedLike("5.6", new BigDecimal("5.7"))).isEqualTo("5.7");
        assertThat(Fixes.printedLike("1,597.22", new BigDecimal("1577.22"))).isEqualTo("1,577.22");
        assertThat(Fixes.printedLike("40", new BigDecimal("29.57"))).isEqualTo("29.57");
    }

    @Test
    void theFigureInsideTheQuoteIsChosenWhenTheParagraphPrintsItTwice() {
        String p = "本年支出 195.36 万元。公用经费 195.36 万元，主要用于办公。";
        Document doc = TestDocuments.smallBudget().withNarrative(List.of(new NarrativeSection("六、基本支出", 2, null,
                List.of(p))));
        Finding f = new Finding("text.amount", FindingKind.TEXT_TABLE_MISMATCH, Severity.ERROR,
                FindingPlace.text("六、基本支出", "公用经费195.36万元"), new BigDecimal("195.36"),
                new BigDecimal("155.22"), "不一致");
        FixProposal fix = Fixes.propose(doc, f).orElseThrow();
        assertThat(fix.edit().place()).isEqualTo(new Place.Narrative("六、基本支出", 0, "195.36", 1));
        Document after = new EditSession(doc).apply(fix.edit());
        assertThat(after.narrative().get(0).paragraphs().get(0))
                .isEqualTo("本年支出 195.36 万元。公用经费 155.22 万元，主要用于办公。");
    }

    @Test
    void aQuoteNotInTheNarrativeGetsNoProposal() {
        Finding f = new Finding("text.amount", FindingKind.TEXT_TABLE_MISMATCH, Severity.ERROR,
                FindingPlace.text(SECTION5, "一句说明中没有的话 12.00 万元"), 12, 13, "不一致");
        assertThat(Fixes.propose(withNarrative(), f)).isEmpty();
        assertThat(Fixes.proposeAll(withNarrative(), List.of(f,
                cellFinding("budget.expenditure", "221", "total", 210.49, 210.50)))).hasSize(1);
    }
}
