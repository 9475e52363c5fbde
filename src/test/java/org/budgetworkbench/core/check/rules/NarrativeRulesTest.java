package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withFields;
import static org.budgetworkbench.core.check.Docs.withText;

import java.math.BigDecimal;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** The narrative against the tables and against its own arithmetic. */
class NarrativeRulesTest {
    private static final Document GPB = budget(
            table(TableType.BUDGET_GPB_EXPENDITURE, row("total", "合计", "total", "2255.84", "basic", "1754.24",
                    "personnel", "1558.88", "public", "195.36", "project", "501.60")),
            table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "total", "2255.84", "basic", "1754.24",
                    "project", "501.60")));
    private static final Document GPB_IN_YUAN = budget(
            table(TableType.BUDGET_GPB_EXPENDITURE, row("total", "合计", "total", "2255.835", "basic", "1754.235",
                    "project", "501.60")),
            table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "total", "2255.835", "basic", "1754.235",
                    "project", "501.60")));

    @Test
    void amountMatchesTheTableItNames() {
        Document broken = withText(GPB, "五、一般公共预算支出安排情况", "主要安排情况如下：基本支出 1760.00 万元，其中人员经费 1558.88 万元。");
        assertThat(new NarrativeAmountMatchesTable().check(broken)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.TEXT_TABLE_MISMATCH);
            assertThat(f.where().section()).isEqualTo("五、一般公共预算支出安排情况");
            assertThat(f.where().quote()).contains("基本支出 1760.00 万元");
            assertThat(f.other().column()).isEqualTo("basic");
        });
        Document ok = withText(GPB, "五、一般公共预算支出安排情况", "基本支出 1754.24 万元，其中人员经费 1558.88 万元。");
        assertThat(new NarrativeAmountMatchesTable().check(ok)).isEmpty();
    }

    @Test
    void aFigureKeptInYuanEqualsItsPrintingToTheCent() {
        // a budget table in 元: 17,542,350.00 元 = 1754.235 万元, printed 1754.24 in the text — equal, not "1754.24 与 1754.24"
        Document yuan = withText(GPB_IN_YUAN, "五、一般公共预算支出安排情况", "基本支出 1754.24 万元。");
        assertThat(new NarrativeAmountMatchesTable().check(yuan)).isEmpty();
        Document off = withText(GPB_IN_YUAN, "五、一般公共预算支出安排情况", "基本支出 1754.25 万元。");
        assertThat(new NarrativeAmountMatchesTable().check(off)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aChangeStatedWithoutTheFigureItIsOfIsNotRated() {
        Document d = withText(GPB, "七、“三公”经费", "“三公”经费预算 36.00 万元，与上年持平。",
                "公务接待费支出决算减少0.15万元，下降27.78%。");
        assertThat(new NarrativeRatesAndShares().check(d)).isEmpty();
        Document sameParagraph = withText(GPB, "七、“三公”经费",
                "公务接待费支出决算0.39万元，比上年减少0.15万元，下降50.00%。");
        assertThat(new NarrativeRatesAndShares().check(sameParagraph)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("27.78")));
    }

    @Test
    void aCentOffInTheTextIsRounding() {
        Document d = withText(GPB, "五、一般公共预算支出安排情况", "基本支出 1754.25 万元。");
        assertThat(new NarrativeAmountMatchesTable().check(d)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void budgetAndFinalFiguresOfThreePublicGoToTheirColumns() {
        Document d = fin(table(TableType.FINAL_THREE_PUBLIC, row("total", "合计", "budget_total", "29.57",
                "final_total", "29.57")));
        Document broken = withText(d, "九、“三公”经费支出决算情况说明", "“三公”经费财政拨款支出全年预算为40万元，支出决算为29.57万元。");
        assertThat(new NarrativeAmountMatchesTable().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.other().column()).isEqualTo("budget_total"));
        Document ok = withText(d, "九、“三公”经费支出决算情况说明", "“三公”经费财政拨款支出全年预算为29.57万元，支出决算为29.57万元。");
        assertThat(new NarrativeAmountMatchesTable().check(ok)).isEmpty();
    }

    @Test
    void rateIsChangeOverPreviousFigure() {
        Document broken = withText(GPB, "七、“三公”经费", "“三公”经费预算 36.00 万元，比 2023 年预算增加 4.50 万元，增长 16.00%。");
        assertThat(new NarrativeRatesAndShares().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("14.29")));
        Document truncated = withText(GPB, "七、“三公”经费", "“三公”经费预算 36.00 万元，比 2023 年预算增加 4.50 万元，增长 14.28%。");
        assertThat(new NarrativeRatesAndShares().check(truncated)).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.ROUNDING));
        Document ok = withText(GPB, "七、“三公”经费", "“三公”经费预算 36.00 万元，比 2023 年预算增加 4.50 万元，增长 14.29%。");
        assertThat(new NarrativeRatesAndShares().check(ok)).isEmpty();
    }

    @Test
    void shareIsPartOverTheTotalTheParagraphOpensWith() {
        Document broken = withText(GPB, "三、部门支出预算安排情况", "部门支出预算 2255.84 万元，其中：基本支出 1754.24 万元，占比 70.00%。");
        assertThat(new NarrativeRatesAndShares().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("77.76")));
        Document ok = withText(GPB, "三、部门支出预算安排情况", "部门支出预算 2255.84 万元，其中：基本支出 1754.24 万元，占比 77.76%。");
        assertThat(new NarrativeRatesAndShares().check(ok)).isEmpty();
    }

    @Test
    void executionRateIsActualOverBudget() {
        Document broken = withText(fin(), "五、说明", "年初预算为200万元，支出决算为150万元，完成年初预算的80%。");
        assertThat(new NarrativeRatesAndShares().check(broken)).hasSize(1);
        Document ok = withText(fin(), "五、说明", "年初预算为200万元，支出决算为150万元，完成年初预算的75%。");
        assertThat(new NarrativeRatesAndShares().check(ok)).isEmpty();
    }

    @Test
    void aPartsExecutionRateNeedsThePartsOwnBudget() {
        // the lead's 预算 and 决算 rate the lead; a part's 决算 after it has no budget the sentence gives
        Document silent = withText(fin(), "七、“三公”经费", "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，"
                + "完成预算的13.68%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；公务接待费支出决算为0.39万元，"
                + "完成预算的13.68%。");
        assertThat(new NarrativeRatesAndShares().check(silent)).isEmpty();
        Document partBudgeted = withText(fin(), "七、“三公”经费", "“三公”经费财政拨款支出年初预算为2.85万元，"
                + "支出决算为0.39万元，完成预算的13.68%；其中公务接待费年初预算为1.00万元，决算为0.39万元，完成预算的13.68%。");
        assertThat(new NarrativeRatesAndShares().check(partBudgeted)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("39.00")));
    }

    @Test
    void aShareOfAnActualIsNotTakenOfTheSectionsBudget() {
        String lead = "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元。";
        Document silent = withText(fin(), "七、“三公”经费", lead, "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算"
                + "0.00万元，占0.00%；公务接待费支出决算0.39万元，占100.00%。");
        assertThat(new NarrativeRatesAndShares().check(silent)).isEmpty();
        Document sameMeasure = withText(fin(), "七、“三公”经费", "“三公”经费财政拨款支出决算为2.85万元。",
                "因公出国（境）费支出决算0.00万元，占0.00%；公务接待费支出决算0.39万元，占100.00%。");
        assertThat(new NarrativeRatesAndShares().check(sameMeasure)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("13.68")));
    }

    @Test
    void partsAddUpToTheStatedTotal() {
        Document d = fin(table(TableType.FINAL_THREE_PUBLIC, row("total", "合计", "budget_total", "44")));
        Document broken = withText(d, "九、“三公”经费", "“三公”经费全年预算为40万元。", "1、因公出国(境)费全年预算为4万元。",
                "2、公务用车购置及运行费全年预算为40万元。", "3、公务接待费全年预算为0万元。");
        assertThat(new NarrativePartsAddUp().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("44")));
        Document ok = withText(d, "九、“三公”经费", "“三公”经费全年预算为44万元。", "1、因公出国(境)费全年预算为4万元。",
                "2、公务用车购置及运行费全年预算为40万元。", "3、公务接待费全年预算为0万元。");
        assertThat(new NarrativePartsAddUp().check(ok)).isEmpty();
    }

    @Test
    void listedItemsHaveAmounts() {
        Document d = fin(table(TableType.FINAL_GPB_BASIC, row("30201", "办公费", "amount", "1"),
                row("30202", "印刷费", "amount", "1"), row("30208", "取暖费", "amount", null)));
        Document broken = withText(d, "六、基本支出", "公用经费3万元，主要包括：办公费、印刷费、取暖费。");
        assertThat(new NarrativeListedItemsHaveAmounts().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.found()).isEqualTo("30208 取暖费"));
        Document ok = withText(fin(table(TableType.FINAL_GPB_BASIC, row("30201", "办公费", "amount", "1"),
                row("30202", "印刷费", "amount", "1"), row("30208", "取暖费", "amount", "1"))),
                "六、基本支出", "公用经费3万元，主要包括：办公费、印刷费、取暖费。");
        assertThat(new NarrativeListedItemsHaveAmounts().check(ok)).isEmpty();
    }

    @Test
    void procurementWithinWhatCanBeProcured() {
        Document broken = withText(GPB, "（二）政府采购预算情况", "纳入政府采购预算支出合计 2177.00 万元。");
        assertThat(new NarrativeProcurementWithinProcurable().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("≤ 696.96"));
        Document ok = withText(GPB, "（二）政府采购预算情况", "纳入政府采购预算支出合计 177.00 万元。");
        assertThat(new NarrativeProcurementWithinProcurable().check(ok)).isEmpty();
    }

    @Test
    void smeSharesAgreeWithAmounts() {
        String head = "政府采购支出总额49.01万元，其中：政府采购货物支出1.42万元、政府采购服务支出47.59万元。授予中小企业合同金额49.01万元，占政府采购支出总额的100%；";
        Document broken = withText(fin(), "十一、政府采购支出说明",
                head + "货物采购授予中小企业合同金额占货物支出金额的2.9%，服务采购授予中小企业合同金额占服务支出金额的97.1%。");
        assertThat(new SmeSharesAgreeWithTotals().check(broken)).extracting(f -> f.found())
                .containsExactly(new BigDecimal("2.9"), new BigDecimal("97.1"));
        Document ok = withText(fin(), "十一、政府采购支出说明",
                head + "货物采购授予中小企业合同金额占货物支出金额的100%，服务采购授予中小企业合同金额占服务支出金额的100%。");
        assertThat(new SmeSharesAgreeWithTotals().check(ok)).isEmpty();
    }

    @Test
    void unitCountMatchesIncomeTable() {
        Document d = budget(table(TableType.BUDGET_INCOME, row("total", "合计", "total", "1"),
                row("unit:003", "某部门", "total", "1"), row("unit:003001", "某部门本级", "total", "1")));
        Document broken = withText(d, "二、部门预算单位构成", "预算单位包括本级机关和下属 2 个二级单位，具体为：");
        assertThat(new NarrativeUnitCountMatchesTables().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(0));
        Document ok = withText(d, "二、部门预算单位构成", "预算单位包括本级机关和下属 0 个二级单位。");
        assertThat(new NarrativeUnitCountMatchesTables().check(ok)).isEmpty();
    }

    @Test
    void blankWhereAFigureBelongs() {
        Document broken = withText(GPB, "七、“三公”经费", "一般公共预算财政拨款安排“三公”经费预算 万元。");
        assertThat(new NarrativeBlankFigure().check(broken)).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.BLANK_VALUE));
        Document ok = withText(GPB, "七、“三公”经费", "安排“三公”经费预算 36.00 万元（单位：万元）。");
        assertThat(new NarrativeBlankFigure().check(ok)).isEmpty();
    }

    @Test
    void yuanWhereWanyuanIsMeant() {
        Document d = budget(table(TableType.BUDGET_PROJECTS, row("total", "合计", "total", "501.60")));
        Document broken = withFields(d, new FormField("performance.project", "某项目", "项目前两年预算及当年预算变动情况",
                "2. 当年预算变动情况及理由：压减办公经费，预算调整为501.6元。", null));
        assertThat(new AmountInYuanMeantWanyuan().check(broken)).singleElement().satisfies(f -> {
            assertThat(f.where().row()).isEqualTo("项目前两年预算及当年预算变动情况");
            assertThat(f.found()).isEqualTo("501.6元");
        });
        Document ok = withText(d, "说明", "人均补助 300 元。");
        assertThat(new AmountInYuanMeantWanyuan().check(ok)).isEmpty();
    }
}
