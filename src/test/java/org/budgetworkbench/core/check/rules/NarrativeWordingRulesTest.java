package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withText;

import java.util.List;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * The rules on the narrative's wording, each broken and satisfied, each in whole paragraphs and in the printed
 * lines a PDF's text layer gives (a phrase broken over two lines must still be seen).
 */
class NarrativeWordingRulesTest {
    private static final Document FIN = fin(table(TableType.FINAL_SUMMARY, row("income.gpb", "x", "amount", "1")));
    private static final Document BUDGET = budget(table(TableType.BUDGET_SUMMARY, row("income.gpb", "x", "amount", "1")));

    private static List<Finding> run(Rule rule, Document doc, String heading, String... paragraphs) {
        return rule.check(withText(doc, heading, paragraphs));
    }

    private static Document named(String department, Document d) {
        return new Document(department, d.year(), d.kind(), d.unit(), d.tables(), d.targets(), d.evaluations(),
                d.narrative(), d.formFields());
    }

    // ---------------------------------------------------------------- template leftovers

    @Test
    void templateAlternativesPlaceholdersAndInstructionsAreWarnings() {
        List<Finding> f = run(new TemplateTextLeftIn(), FIN, "（一）总体情况",
                "“三公”经费支出决算数比2023年度减少0.15万元，下降（增长）27.78%。",
                "截至2024年12月31日，本局部门（单位）共有车辆0辆。",
                "本部门中，具体包括（列示至基层预算单位）：1.本部。",
                "上海市XX局2024年度收入支出总计XXX万元。主要原因是。");
        assertThat(f).extracting(Finding::found).containsExactlyInAnyOrder("下降（增长）", "部门（单位）",
                "（列示至基层预算单位）", "XX", "XXX", "主要原因是。");
        assertThat(f).allSatisfy(x -> assertThat(x.severity())
                .isEqualTo(x.found().equals("部门（单位）") ? Severity.INFO : Severity.WARNING));
    }

    @Test
    void aPlaceholderInATitleIsTemplateTextToo() {
        // a cover title set large, or a numbered line read as a heading, is not running text but still the template's
        assertThat(run(new TemplateTextLeftIn(), FIN, "上海市XX局2024年度部门决算", "本局决算如下。"))
                .singleElement().satisfies(x -> assertThat(x.found()).isEqualTo("XX"));
        assertThat(run(new TemplateTextLeftIn(), FIN, "2、公务用车购置及运行维护费支出XXX万元。其中：", "购置费0万元。"))
                .singleElement().satisfies(x -> assertThat(x.where().section()).contains("公务用车"));
        assertThat(run(new TemplateTextLeftIn(), FIN, "上海市普陀区规划和自然资源局2024年度部门决算", "本局决算如下。"))
                .isEmpty();
    }

    @Test
    void templateTextBrokenOverPrintedLinesIsSeen() {
        List<Finding> f = run(new TemplateTextLeftIn(), FIN, "（一）机关运行经费支出情况",
                "机关运行经费支出142.80万元，比2023年度增加（减少）13.52万元，增长（下",
                "降）8.65%。主要原因是严格控制支出。（如持平作持",
                "平表述）");
        assertThat(f).extracting(Finding::found).containsExactlyInAnyOrder("增加（减少）", "增长（下降）",
                "（如持平作持平表述）");
    }

    @Test
    void filledTextAndGlossaryWordingPass() {
        assertThat(run(new TemplateTextLeftIn(), FIN, "（一）总体情况",
                "支出决算数比2023年度减少0.15万元，下降27.78%，主要原因是压减支出。",
                "主要由于办公大楼装修等原因。")).isEmpty();
        assertThat(run(new TemplateTextLeftIn(), FIN, "第四部分 名词解释",
                "基本支出：指部门（单位）为保障机构正常运转发生的支出。")).isEmpty();
    }

    // ---------------------------------------------------------------- units

    @Test
    void wanForWanyuanIsANoteOncePerSentenceAndARateWithoutPercentAWarning() {
        List<Finding> f = run(new UnitLeftOff(), BUDGET, "六、年度预算安排",
                "2025年度项目总预算1,170.00万，其中支持企业规模化发展870.00万，合计1170.00万。",
                "国内公务接待支出0.39 万（含外宾接待支出0.00万元）。");
        assertThat(f).extracting(Finding::found).containsExactly("1,170.00万", "0.39 万");
        assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        List<Finding> rate = run(new UnitLeftOff(), FIN, "（一）总体情况",
                "一般公共预算财政拨款支出增加1193.20万元，增长",
                "13.95。主要原因：项目支出增加。");
        assertThat(rate).singleElement().satisfies(x -> {
            assertThat(x.found()).isEqualTo("13.95");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.kind()).isEqualTo(FindingKind.UNIT_ERROR);
        });
    }

    @Test
    void fullUnitsAndOtherWanWordsPass() {
        assertThat(run(new UnitLeftOff(), FIN, "（一）总体情况",
                "支出增加1193.20万元，增长13.95%，占本年支出的45.78%。",
                "服务群众10万人次，单价100万元（含）以上设备0台。")).isEmpty();
    }

    // ---------------------------------------------------------------- department name

    @Test
    void aDepartmentNameOneCharacterOffIsANoteAndATitleLineIsLeftToTheTitleRule() {
        Document d = named("上海市普陀区规划和自然资源局", FIN);
        List<Finding> f = run(new DepartmentNameVariant(), d, "八、政府性基金预算财政拨款收入支出决算情况说明",
                "上海市普陀区规划与自然资源局2024年度无政府性基金预算财政拨款收入和支出。",
                "上海市规划和自然资源局 2024 年度部门决算表");
        assertThat(f).extracting(Finding::found, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("上海市普陀区规划与自然资源局", Severity.INFO));
        assertThat(run(new TitleNamesOwnDepartment(), d, "八、政府性基金预算财政拨款收入支出决算情况说明",
                "上海市普陀区规划与自然资源局2024年度无政府性基金预算财政拨款收入和支出。",
                "上海市规划和自然资源局 2024 年度部门决算表")).extracting(Finding::found, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("上海市规划和自然资源局", Severity.WARNING));
    }

    @Test
    void theRightNameOtherBodiesAndSecondNamesPass() {
        Document d = named("上海市普陀区商务委员会", BUDGET);
        assertThat(run(new DepartmentNameVariant(), d, "主要职能",
                "上海市普陀区商务委员会是区政府工作部门，加挂上海市普陀区经济委员会牌子。",
                "根据上海市普陀区应急管理局提出的粮食需求，上海市商务委员会统一安排。",
                "上海市普陀区商务委员会2025年度部门预算")).isEmpty();
        assertThat(run(new DepartmentNameVariant(), named("", BUDGET), "主要职能", "上海市普陀区商务委会")).isEmpty();
    }

    // ---------------------------------------------------------------- punctuation

    @Test
    void punctuationFaultsAreNotes() {
        List<Finding> f = run(new EditorialPunctuation(), BUDGET, "2025年部门预算编制说明",
                "11. “卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”63.19万元。",
                "1. 主要用于机关人员经费支出 。",
                "（三）公务接待费1.00万元。与2024年预算持平，主要原因是业务需求。",
                "平均得分99.33分（其中，绩效评级为“优”的项目39个。",
                "完成预算。。");
        assertThat(f).hasSize(5).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        assertThat(f).extracting(Finding::found).contains("支出 。", "。。");
    }

    @Test
    void punctuationOverPrintedLinesAndNumberingPass() {
        assertThat(run(new EditorialPunctuation(), FIN, "（三）具体情况",
                "1、社会保障和就业支出（类）行政事业单位养老支出（款）",
                "行政单位离退休（项）。主要用于：“三公”经费",
                "支出。1）办公费；2）印刷费。",
                "（1）因公出国（境）费0.00万元，与2023年度持平。")).isEmpty();
    }

    // ---------------------------------------------------------------- wording

    @Test
    void wordingFaultsAreNotes() {
        List<Finding> f = run(new EditorialWording(), BUDGET, "2025年部门预算编制说明",
                "政府性基金拨款支出预算0万元，比2024年预算执行数持平；国有资本经营预算拨款支出预算0万元，比2024年预算执行数持平。",
                "《办法》（沪商规（2024）2号）第四条。",
                "负责征收集体士地房屋补偿工作，较上一度增加1133.95万元。",
                "截止2024年12月31日，本部门的的车辆0辆。");
        assertThat(f).extracting(Finding::found).containsExactlyInAnyOrder("比2024年预算执行数持平",
                "沪商规（2024）2号", "士地", "上一度", "截止", "的的");
    }

    @Test
    void rightWordingAndJoinsOfPrintedLinesPass() {
        assertThat(run(new EditorialWording(), BUDGET, "封面", "上海市普陀区2025年区级部门预算",
                "预算主管部门：上海市普陀区商务委员会")).isEmpty();
        assertThat(run(new EditorialWording(), BUDGET, "说明",
                "与2024年预算持平；截至2024年12月31日，较上一年度人人参与。",
                "《办法》（沪商规〔2024〕2号）。")).isEmpty();
    }

    // ---------------------------------------------------------------- full stops

    @Test
    void anItemOrASectionWithoutItsFullStopIsANote() {
        List<Finding> items = run(new SentenceEndMissing(), FIN, "一、主要职能",
                "6.负责历史文化风貌区的规划管理。",
                "7.负责建设工程项目规划土地管理相关工作，对建设工程项",
                "目审批后到竣工验收的规划、土地执行情况实行跟踪监督",
                "8.负责自然资源调查监测评价。");
        assertThat(items).singleElement().satisfies(x -> assertThat(x.where().quote()).endsWith("实行跟踪监督"));
        List<Finding> tail = run(new SentenceEndMissing(), BUDGET, "四、实施方案",
                "根据《实施意见》，制定实施流程和细则，组织项目审核跟踪、评估，按程序落实专项资金拨付");
        assertThat(tail).singleElement().satisfies(x -> assertThat(x.found()).asString().endsWith("专项资金拨付"));
    }

    @Test
    void closedItemsHeadingsAndDatesPass() {
        assertThat(run(new SentenceEndMissing(), BUDGET, "五、实施周期", "2025.1.1-2025.12.31")).isEmpty();
        assertThat(run(new SentenceEndMissing(), BUDGET, "七、绩效目标", "详见单位的项目绩效目标表")).isEmpty();
        assertThat(run(new SentenceEndMissing(), FIN, "一、主要职能", "1.组织编制规划。", "2.负责地名管理；",
                "3.完成交办的其他任务。")).isEmpty();
    }

    // ---------------------------------------------------------------- project notes

    @Test
    void aProjectNoteWithoutAnAmountOrWithATaskAsItsBodyIsAWarning() {
        Document d = withText(withText(BUDGET, "三、实施主体",
                        "主要完成区委、区政府年度重点工作任务书印制工作，使全区各单位明晰目标任务。"),
                "六、年度预算安排", "结合重点工作推进情况，根据合同条款，按时拨付资金。");
        assertThat(new ProjectNoteFieldsFilled().check(d)).extracting(Finding::kind)
                .containsExactlyInAnyOrder(FindingKind.OTHER, FindingKind.BLANK_VALUE);
        Document inline = withText(BUDGET, "督查经费项目经费情况说明",
                "三、实施主体：推进各项任务。六、年度预算安排：按时拨付资金。");
        assertThat(new ProjectNoteFieldsFilled().check(inline)).hasSize(2)
                .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aProjectNoteNamingItsBodyAndAmountPasses() {
        Document d = withText(withText(BUDGET, "三、实施主体", "上海市普陀区商务委员会"),
                "六、年度预算安排", "2025年度项目总预算1720.00万元，其中认定1720.00万元。");
        assertThat(new ProjectNoteFieldsFilled().check(d)).isEmpty();
        Document inline = withText(BUDGET, "项目经费情况说明", "三、实施主体：由区财政局负责实施。六、年度预算安排：共计34万元。");
        assertThat(new ProjectNoteFieldsFilled().check(inline)).isEmpty();
    }

    // ---------------------------------------------------------------- budget units

    @Test
    void aUnitNotBudgetedSeparatelyIsNoBudgetUnit() {
        List<Finding> f = run(new BudgetUnitCountMatchesList(), BUDGET, "机构设置",
                "部门预算是包括本部以及下属1家预算单位的综合收支计划。",
                "本部门中，行政单位1家，事业单位1家，具体包括：",
                "1. 商务委本部，机关设9个内设机构。",
                "2. 上海市普陀区中小企业服务中心，不单列预算。",
                "名词解释");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.found()).isEqualTo("下属1家预算单位");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void separatelyBudgetedUnitsCountedRightPass() {
        assertThat(run(new BudgetUnitCountMatchesList(), BUDGET, "机构设置",
                "部门预算是包括本部以及下属2家预算单位的综合收支计划。具体包括：",
                "1.局本部。", "2.甲中心。", "3.乙中心，不单列预算，并入本部。", "4.丙所。")).isEmpty();
    }

    // ---------------------------------------------------------------- contents

    @Test
    void contentsWithoutPageNumbersIsOneNote() {
        Document d = withText(BUDGET, "", "目 录", "一、部门主要职能 ……………………二、部门机构设置 ……………………",
                "1. 2025年部门财务收支预算总表 …………………………");
        assertThat(new ContentsPageNumbers().check(d)).singleElement()
                .satisfies(x -> assertThat(x.where().quote()).startsWith("一、部门主要职能"));
        Document numbered = withText(BUDGET, "", "目录", "一、部门主要职能 ……………… 3",
                "二、部门机构设置 ………………4");
        assertThat(new ContentsPageNumbers().check(numbered)).isEmpty();
    }

    // ---------------------------------------------------------------- required tables by the document's contents

    @Test
    void theContentsDecideWhichTablesAreRequired() {
        Document shanghai = budget(table(TableType.BUDGET_SUMMARY, row("income.gpb", "x", "amount", "1")),
                table(TableType.BUDGET_INCOME, row("total", "合计", "total", "1")),
                table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "total", "1")));
        shanghai = shanghai.withNarrative(List.of(new NarrativeSection("", 0, 1, List.of("目 录",
                "1. 2025年部门财务收支预算总表 ……………", "2. 2025年部门收入预算总表 ……………",
                "3. 2025年部门支出预算总表 ……………", "9．2025年部门“三公”经费和机关运行经费预算表 ………六、其他相关情况说明 ……"))));
        assertThat(new RequiredTablesPresent().check(shanghai)).singleElement().satisfies(x -> {
            assertThat(x.where().table()).isEqualTo("budget.three_public");
            assertThat(x.message()).contains("目录列有");
        });
    }
}
