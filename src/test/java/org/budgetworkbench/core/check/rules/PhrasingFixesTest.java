package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withText;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.core.check.NarrativeParagraphs;
import org.budgetworkbench.core.check.SubjectPaths;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * The phrasings the checks' phrasing bed (core/check/phrasing) found a rule blind or wrong in, each written both ways:
 * the rule must say the same of both. One test per phrasing that broke a rule.
 */
class PhrasingFixesTest {
    private static final Document GPB = budget(
            table(TableType.BUDGET_GPB_EXPENDITURE, row("total", "合计", "total", "2255.84", "basic", "1754.24",
                    "personnel", "1558.88", "public", "195.36", "project", "501.60")),
            table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "total", "2255.84", "basic", "1754.24",
                    "project", "501.60")));
    private static final Document FIN = fin(table(TableType.FINAL_SUMMARY, row("income.gpb", "x", "amount", "1")));

    // 万 for 万元: an amount all the same (text.unit notes the missing 元)

    @Test
    void anAmountIn万IsComparedWithItsTableAsOneIn万元() {
        for (String unit : List.of("万元", "万")) {
            Document broken = withText(GPB, "五、一般公共预算支出安排情况", "基本支出1760.00" + unit + "，其中人员经费1558.88" + unit + "。");
            assertThat(new NarrativeAmountMatchesTable().check(broken)).as(unit).singleElement()
                    .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("1754.24")));
            Document ok = withText(GPB, "五、一般公共预算支出安排情况", "基本支出1754.24" + unit + "，其中人员经费1558.88" + unit + "。");
            assertThat(new NarrativeAmountMatchesTable().check(ok)).as(unit).isEmpty();
        }
        // 万 before a unit word is no amount: 10万人次 stays a count
        Document people = withText(GPB, "五、一般公共预算支出安排情况", "基本支出服务群众1760.00万人次。");
        assertThat(new NarrativeAmountMatchesTable().check(people)).isEmpty();
    }

    @Test
    void aThreePublicChangeIn万IsReadAsOneIn万元() {
        Document d = fin(table(TableType.FINAL_THREE_PUBLIC, row("total", "合计", "final_total", "20.00",
                "final_overseas", "0", "final_vehicle", "20.00", "final_reception", "0")));
        for (String unit : List.of("万元", "万")) {
            Document broken = withText(d, "九、财政拨款“三公”经费支出决算情况说明",
                    "“三公”经费财政拨款支出决算为20.00" + unit + "，较上年增加2.00" + unit + "。",
                    "1、因公出国(境)费支出决算为0" + unit + "。决算数较上年减少的主要原因是无出国安排。",
                    "2、公务用车购置及运行费支出决算为20.00" + unit + "，较上年增加2.00" + unit + "。");
            assertThat(new ThreePublicChangesConsistent().check(broken)).as(unit).hasSize(1);
        }
    }

    // a sentence broken over two paragraphs, as a PDF line end read as a paragraph end gives it

    @Test
    void aParagraphEndingOnACommaRunsOnInTheNext() {
        NarrativeSection s = new NarrativeSection("三、支出", 2, null, List.of("部门支出预算2255.84万元，",
                "其中：基本支出1754.24万元，占比70.00%。", "1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）",
                "。年初预算为54.53万元。", "下一段。"));
        assertThat(NarrativeParagraphs.of(s)).containsExactly(
                "部门支出预算2255.84万元，其中：基本支出1754.24万元，占比70.00%。",
                "1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为54.53万元。", "下一段。");
        // a heading-like line with no mark at its end is its own paragraph
        assertThat(NarrativeParagraphs.of(new NarrativeSection("", 2, null, List.of("一般公共预算支出安排情况",
                "2024年支出1万元。")))).hasSize(2);
    }

    @Test
    void aShareIsOfTheTotalItsSentenceOpensWithEvenOverAParagraphBreak() {
        Document whole = withText(GPB, "三、部门支出预算安排情况", "部门支出预算 2255.84 万元，其中：基本支出 1754.24 万元，占比 70.00%。");
        Document broken = withText(GPB, "三、部门支出预算安排情况", "部门支出预算 2255.84 万元，",
                "其中：基本支出 1754.24 万元，占比 70.00%。");
        for (Document d : List.of(whole, broken)) {
            assertThat(new NarrativeRatesAndShares().check(d)).singleElement()
                    .satisfies(f -> assertThat(f.expected()).isEqualTo(new BigDecimal("77.76")));
        }
        Document ok = withText(GPB, "三、部门支出预算安排情况", "部门支出预算 2255.84 万元，",
                "其中：基本支出 1754.24 万元，占比 77.76%。");
        assertThat(new NarrativeRatesAndShares().check(ok)).isEmpty();
    }

    @Test
    void aListOfUnitsBrokenOverParagraphsIsStillTheList() {
        List<Finding> f = new BudgetUnitCountMatchesList().check(withText(budget(), "机构设置",
                "部门预算是包括本部以及下属1家预算单位的综合收支计划。",
                "本部门中，具体包括：", "1. 商务委本部，", "机关设9个内设机构。", "2. 上海市普陀区中小企业服务中心，", "不单列预算。"));
        assertThat(f).singleElement().satisfies(x -> assertThat(x.expected()).isEqualTo("下属0家预算单位"));
    }

    // item numbering in another style: （1） for 1.

    @Test
    void unitsListedWithBracketedNumbersAreCounted() {
        for (String[] marks : List.of(new String[] {"1. ", "2. "}, new String[] {"（1）", "（2）"}, new String[] {"1、", "2、"})) {
            List<Finding> f = new BudgetUnitCountMatchesList().check(withText(budget(), "机构设置",
                    "部门预算是包括本部以及下属1家预算单位的综合收支计划。", "本部门中，具体包括：",
                    marks[0] + "商务委本部，机关设9个内设机构。", marks[1] + "上海市普陀区中小企业服务中心，不单列预算。"));
            assertThat(f).as(marks[0]).hasSize(1);
            List<Finding> ok = new BudgetUnitCountMatchesList().check(withText(budget(), "机构设置",
                    "部门预算是包括本部以及下属1家预算单位的综合收支计划。", "本部门中，具体包括：",
                    marks[0] + "商务委本部，机关设9个内设机构。", marks[1] + "上海市普陀区中小企业服务中心。"));
            assertThat(ok).as(marks[0]).isEmpty();
        }
    }

    @Test
    void anItemWithoutItsFullStopIsFoundWhateverTheNumberingAndCommas() {
        for (String[] v : List.of(new String[] {"6.", "7.", "8.", "，"}, new String[] {"（6）", "（7）", "（8）", "，"},
                new String[] {"6.", "7.", "8.", ","})) {
            List<Finding> items = new SentenceEndMissing().check(withText(FIN, "一、主要职能",
                    v[0] + "负责历史文化风貌区的规划管理。",
                    v[1] + "负责建设工程项目规划土地管理相关工作" + v[3] + "对竣工验收的规划、土地执行情况实行跟踪监督",
                    v[2] + "负责自然资源调查监测评价。"));
            assertThat(items).as(v[0] + v[3]).singleElement()
                    .satisfies(x -> assertThat(x.where().quote()).endsWith("实行跟踪监督"));
            assertThat(new SentenceEndMissing().check(withText(FIN, "一、主要职能",
                    v[0] + "负责历史文化风貌区的规划管理。", v[1] + "负责规划土地管理" + v[3] + "实行跟踪监督。",
                    v[2] + "负责自然资源调查监测评价。"))).as(v[0] + v[3]).isEmpty();
        }
    }

    // thousands separators after a rate word: an amount, not a rate without its %

    @Test
    void aGrowthInAmountWithSeparatorsIsNoRateMissingItsPercent() {
        assertThat(new UnitLeftOff().check(withText(FIN, "（一）总体情况",
                "财政拨款收入37,151.47万元，比2024年预算执行数增长24,558.18万元。"))).isEmpty();
        assertThat(new UnitLeftOff().check(withText(FIN, "（一）总体情况",
                "财政拨款收入37,151.47万元，比2024年预算执行数增长24,558.18万元，增长 24。"))).singleElement()
                .satisfies(f -> assertThat(f.found()).isEqualTo("24"));
    }

    // quotes: straight "" and corner 「」 as well as “”

    @Test
    void threePublicChangesAreReadWhateverTheQuotes() {
        Document d = fin(table(TableType.FINAL_THREE_PUBLIC, row("total", "合计", "final_total", "20.00",
                "final_overseas", "0", "final_vehicle", "20.00", "final_reception", "0")));
        for (String[] q : List.of(new String[] {"“", "”"}, new String[] {"\"", "\""}, new String[] {"「", "」"})) {
            Document broken = withText(d, "九、财政拨款" + q[0] + "三公" + q[1] + "经费支出决算情况说明",
                    q[0] + "三公" + q[1] + "经费财政拨款支出决算为20.00万元，较上年增加2.00万元。",
                    "1、因公出国(境)费支出决算为0万元。决算数较上年减少的主要原因是无出国安排。",
                    "2、公务用车购置及运行费支出决算为20.00万元，较上年增加2.00万元。");
            assertThat(new ThreePublicChangesConsistent().check(broken)).as(q[0]).hasSize(1);
            Document ok = withText(d, "九、财政拨款" + q[0] + "三公" + q[1] + "经费支出决算情况说明",
                    q[0] + "三公" + q[1] + "经费财政拨款支出决算为20.00万元，较上年增加2.00万元。",
                    "1、因公出国(境)费支出决算为0万元。决算数较上年减少的主要原因是无出国安排。",
                    "2、公务用车购置及运行费支出决算为20.00万元，较上年增加5.00万元。");
            assertThat(new ThreePublicChangesConsistent().check(ok)).as(q[0]).isEmpty();
        }
    }

    @Test
    void aDashPathInCornerQuotesIsAPath() {
        for (String[] q : List.of(new String[] {"“", "”"}, new String[] {"「", "」"})) {
            List<SubjectPaths.Path> paths = SubjectPaths.in(
                    "1. " + q[0] + "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行" + q[1] + "科目1,202.95万元。");
            assertThat(paths).as(q[0]).singleElement().satisfies(p -> {
                assertThat(p.cls()).isEqualTo("一般公共服务支出");
                assertThat(p.xiang()).isEqualTo("行政运行");
            });
            List<SubjectPaths.Path> brackets = SubjectPaths.in(
                    "1. " + q[0] + "一般公共服务支出（类）商贸事务（款）行政运行（项）" + q[1] + "938.99万元。");
            assertThat(brackets).as(q[0]).singleElement().satisfies(p -> assertThat(p.cls()).isEqualTo("一般公共服务支出"));
        }
    }

    @Test
    void aComparisonCutByAFullStopIsQuotedFromItsFigure() {
        for (String unit : List.of("万元", "万")) {
            List<Finding> f = new EditorialPunctuation().check(withText(FIN, "一、“三公”经费预算情况说明",
                    "（三）公务接待费1.00" + unit + "。与2024年预算持平，主要原因是业务需求。"));
            assertThat(f).as(unit).singleElement().satisfies(x -> assertThat(x.found()).asString()
                    .startsWith("1.00" + unit + "。与2024年预算持平"));
        }
    }

    // an item's own amount, right after its path, in each printed form

    private static final Document ITEMS = budget(
            table(TableType.BUDGET_GPB_EXPENDITURE, row("total", "合计", "total", "1754.24"),
                    row("201", "一般公共服务支出", "total", "1754.24"),
                    row("20103", "政府办公厅（室）及相关机构事务", "total", "1754.24"),
                    row("2010301", "行政运行", "total", "1754.24")));

    @Test
    void anItemsAmountIsComparedWithItsRowInEveryPrintedForm() {
        for (String path : List.of("“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”",
                "一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）",
                "“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目")) {
            Document broken = withText(ITEMS, "五、一般公共预算支出安排情况", "1. " + path + "1,764.24万元，主要用于机关日常运转。");
            assertThat(new NarrativeAmountMatchesTable().check(broken)).as(path).singleElement().satisfies(f -> {
                assertThat(f.other().row()).isEqualTo("2010301");
                assertThat(f.expected()).isEqualTo(new BigDecimal("1754.24"));
            });
            Document ok = withText(ITEMS, "五、一般公共预算支出安排情况", "1. " + path + "1,754.24万元，主要用于机关日常运转。");
            assertThat(new NarrativeAmountMatchesTable().check(ok)).as(path).isEmpty();
        }
    }

    @Test
    void aFormerClassNameIsNotedWhenTheCodesArePrintedToo() {
        Document tables = fin(table(TableType.FINAL_EXPENDITURE, row("total", "合计", "total", "12"),
                row("210", "卫生健康支出", "total", "12"), row("21011", "行政事业单位医疗", "total", "12"),
                row("2101101", "行政单位医疗", "total", "12")));
        for (String codes : List.of("（类）|（款）|（项）", "（210类）|（11款）|（01项）")) {
            String[] c = codes.split("\\|");
            Document broken = withText(tables, "（三）具体情况", "1、医疗卫生与计划生育支出" + c[0] + "行政事业单位医疗" + c[1]
                    + "行政单位医疗" + c[2] + "。年初预算为12.00万元。");
            assertThat(new NarrativeFunctionSubjectsInTables().check(broken)).as(codes).singleElement()
                    .satisfies(f -> assertThat(f.expected()).isEqualTo("卫生健康支出"));
            Document ok = withText(tables, "（三）具体情况", "1、卫生健康支出" + c[0] + "行政事业单位医疗" + c[1]
                    + "行政单位医疗" + c[2] + "。年初预算为12.00万元。");
            assertThat(new NarrativeFunctionSubjectsInTables().check(ok)).as(codes).isEmpty();
        }
    }

    @Test
    void anItemRestatedIn万OrAfterCornerQuotesIsStillARestatement() {
        for (String[] v : List.of(new String[] {"“", "”", "万元"}, new String[] {"「", "」", "万元"}, new String[] {"“", "”", "万"})) {
            String item = "1." + v[0] + "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行" + v[1] + "科目1754.24" + v[2]
                    + "，主要用于机关日常运转。2024年预算数为%s" + v[2] + "，比2023年预算数1700.00" + v[2] + "增加54.24" + v[2] + "。";
            assertThat(new NarrativeItemRestatesItsAmount().check(withText(budget(), "五、一般公共预算支出情况",
                    String.format(item, "1745.24")))).as(v[0] + v[2]).singleElement()
                    .satisfies(f -> assertThat((BigDecimal) f.found()).isEqualByComparingTo("1745.24"));
            assertThat(new NarrativeItemRestatesItsAmount().check(withText(budget(), "五、一般公共预算支出情况",
                    String.format(item, "1754.24")))).as(v[0] + v[2]).isEmpty();
        }
    }

    @Test
    void aComparisonWordIsHeldToFiguresIn万() {
        for (String unit : List.of("万元", "万")) {
            assertThat(new ComparisonWordMatchesFigures().check(withText(FIN, "（三）具体情况", "3、年初预算为1,452.40" + unit
                    + "，支出决算为1,446.11" + unit + "，完成年初预算的99.57%。决算数大于预算数的主要原因：人员减少。"))).as(unit).hasSize(1);
            assertThat(new ComparisonWordMatchesFigures().check(withText(FIN, "（三）具体情况", "3、年初预算为1,452.40" + unit
                    + "，支出决算为1,446.11" + unit + "，完成年初预算的99.57%。决算数小于预算数的主要原因：人员减少。"))).as(unit).isEmpty();
        }
    }
}
