package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.rules.CountsFixtures.doc;
import static org.budgetworkbench.core.check.rules.CountsFixtures.section;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.Rules;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.fix.Fixes;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * The share of a named base, the items against the total before them, the vehicle counts and the level word:
 * each broken and satisfied in two phrasings or layouts, and each left silent where the text does not tell enough.
 */
class CountsAndSharesRulesTest {
    private static final Rule SHARES = new NarrativeRatesAndShares();
    private static final Rule ITEMS = new NarrativeItemsAddToStatedTotal();
    private static final Rule VEHICLES = new NarrativeVehicleCountsAgree();
    private static final Rule LEVEL = new LevelWordMatchesDocument();

    @Test
    void everyTwinIsFoundPlantedAndQuietCleanByTheWholeValidator() {
        for (CountsFixtures.Twin t : CountsFixtures.all()) {
            assertThat(new Validator().validate(t.planted()).stream().map(Finding::rule)).as(t.rule()).contains(t.rule());
            assertThat(new Validator().validate(t.clean()).stream().map(Finding::rule)).as(t.rule())
                    .doesNotContain(t.rule());
        }
        assertThat(Rules.all().stream().map(Rule::id)).contains("text.items_sum", "text.vehicle_count",
                "text.level_word");
    }

    // ---------------------------------------------------------------- a share of a named base

    @Test
    void aShareOfTheYearsTotalExpenditureIsTakenFromTheSummaryTable() {
        List<Finding> found = SHARES.check(CountsFixtures.shareOfTotal("99.86"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.kind()).isEqualTo(FindingKind.ROUNDING);
            assertThat((BigDecimal) f.expected()).isEqualByComparingTo("99.87");
            assertThat(f.message()).contains("本年支出合计").contains("9759.38");
        });
        assertThat(SHARES.check(CountsFixtures.shareOfTotal("99.87"))).isEmpty();
    }

    @Test
    void aShareOfANamedFundTotalWithItsProportionWordingIsAWarningWhenFarOff() {
        var gpb = table(TableType.BUDGET_GPB_EXPENDITURE, row("total", "合计", "total", "500.00", "basic", "300.00",
                "project", "200.00"));
        Document broken = doc("测试部门", DocumentKind.BUDGET, List.of(section("十三、预算绩效情况说明", 2,
                "共涉及项目 5 个，资金 108.03 万元，占一般公共预算项目支出总额的比重为 47%。")), gpb);
        assertThat(SHARES.check(broken)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat((BigDecimal) f.expected()).isEqualByComparingTo("54");
        });
        Document right = doc("测试部门", DocumentKind.BUDGET, List.of(section("十三、预算绩效情况说明", 2,
                "共涉及项目 5 个，资金 108.03 万元，占一般公共预算项目支出总额的比重为 54%。")), gpb);
        assertThat(SHARES.check(right)).isEmpty();
    }

    @Test
    void fundTotalsNamedWithTheirTotalWordsNameTheirTables() {
        assertThat(ShareBase.phrase("财政拨款支出合计")).isEqualTo("财政拨款本年支出合计");
        assertThat(ShareBase.phrase("一般公共预算财政拨款支出合计")).isEqualTo("一般公共预算财政拨款支出");
        var fiscal = table(TableType.FINAL_FISCAL_SUMMARY, row("expenditure.current", "本年支出合计", "total", "200.00"));
        Document broken = doc("测试部门", DocumentKind.FINAL, List.of(section("（一）一般公共预算财政拨款支出决算总体情况", 3,
                "一般公共预算财政拨款支出 150.00 万元，占财政拨款支出合计的 70.00%。")), fiscal);
        assertThat(SHARES.check(broken)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat((BigDecimal) f.expected()).isEqualByComparingTo("75.00");
        });
        Document right = doc("测试部门", DocumentKind.FINAL, List.of(section("（一）一般公共预算财政拨款支出决算总体情况", 3,
                "一般公共预算财政拨款支出 150.00 万元，占财政拨款支出合计的 75.00%。")), fiscal);
        assertThat(SHARES.check(right)).isEmpty();
    }

    @Test
    void aBaseNamedInAFundsSectionIsThatFundsFigure() {
        // 基本支出 under 一般公共预算…: the fund's 基本支出 (80), not all funds' (100)
        var gpb = table(TableType.BUDGET_GPB_EXPENDITURE, row("total", "合计", "total", "120.00", "basic", "80.00",
                "personnel", "60.00"));
        var all = table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "total", "140.00", "basic", "100.00"));
        Document right = doc("测试部门", DocumentKind.BUDGET, List.of(section("六、一般公共预算基本支出安排情况", 2,
                "人员经费 60.00 万元，占基本支出的 75.00%。")), gpb, all);
        assertThat(SHARES.check(right)).isEmpty();
        Document broken = doc("测试部门", DocumentKind.BUDGET, List.of(section("六、一般公共预算基本支出安排情况", 2,
                "人员经费 60.00 万元，占基本支出的 60.00%。")), gpb, all);
        assertThat(SHARES.check(broken)).singleElement()
                .satisfies(f -> assertThat((BigDecimal) f.expected()).isEqualByComparingTo("75.00"));
    }

    @Test
    void aShareOfTheBudgetIsAnExecutionRateAndNoNamedBase() {
        Document d = doc("测试部门", DocumentKind.FINAL, List.of(section("（一）总体情况", 3,
                "支出决算 90.00 万元，占年初预算的 80.00%。")),
                table(TableType.FINAL_SUMMARY, row("expenditure.current", "本年支出合计", "amount", "100.00")));
        assertThat(SHARES.check(d)).isEmpty();
    }

    // ---------------------------------------------------------------- items against the total before them

    @Test
    void itemsOneCentShortOfTheirTotalInTheSameSectionAreARoundingNote() {
        assertThat(ITEMS.check(CountsFixtures.itemsAfterTotal("100.01"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat((BigDecimal) f.found()).isEqualByComparingTo("100.01");
            assertThat((BigDecimal) f.expected()).isEqualByComparingTo("100.00");
            assertThat(f.where().quote()).contains("年初预算为 100.01 万元");
        });
        assertThat(ITEMS.check(CountsFixtures.itemsAfterTotal("100.00"))).isEmpty();
    }

    @Test
    void itemsUnderClassSubsectionsFarFromTheTotalAreAWarningWhenTheOtherMeasureAgrees() {
        assertThat(ITEMS.check(grouped("120.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat((BigDecimal) f.expected()).isEqualByComparingTo("100.00");
        });
        assertThat(ITEMS.check(grouped("100.00"))).isEmpty();
    }

    private static Document grouped(String budgeted) {
        return doc("测试部门", DocumentKind.FINAL, List.of(
                section("（三）一般公共预算财政拨款支出决算具体情况", 3, "2024年度一般公共预算财政拨款支出年初预算为"
                        + budgeted + "万元，支出决算为95.50万元，完成年初预算的95%。"),
                section("1、一般公共服务支出具体包括：", 4,
                        "（1）一般公共服务支出（类）人大事务（款）事业运行（项）。年初预算为30.00万元，支出决算为25.50万元。",
                        "（2）一般公共服务支出（类）发展与改革事务（款）行政运行（项）。年初预算为20.00万元，支出决算为20.00万元。"),
                section("2、住房保障支出具体包括：", 4,
                        "（1）住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为50.00万元，支出决算为50.00万元。"),
                section("六、一般公共预算财政拨款基本支出决算情况说明", 2, "基本支出 60.00 万元。")));
    }

    @Test
    void adjustedBudgetItemsPrefixedByTheirCatalogueWordAreItemsToo() {
        Document broken = doc("测试部门", DocumentKind.FINAL, List.of(section("（三）具体情况", 3,
                "一般公共预算财政拨款支出调整预算数为 81.00 万元，决算数为 79.00 万元。",
                "（1）功能分类科目“一般公共服务支出（类）人大事务（款）事业运行（项）”。调整预算数为 30.00 万元，决算数为"
                        + " 29.00 万元。",
                "（2）功能分类科目“住房保障支出（类）住房改革支出（款）住房公积金（项）”。调整预算数为 50.00 万元，决算数为"
                        + " 50.00 万元。")));
        assertThat(ITEMS.check(broken)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat((BigDecimal) f.found()).isEqualByComparingTo("81.00");
            assertThat(f.message()).contains("全年预算");
        });
    }

    @Test
    void itemsCutIntoPrintedLinesAreReadWhole() {
        // a PDF line end read as a paragraph end, after a comma or before the 。 of an item's heading
        Document cut = doc("测试部门", DocumentKind.FINAL, List.of(section("（三）具体情况", 3,
                "一般公共预算财政拨款支出年初预算为 100.01 万元，",
                "支出决算为 90.00 万元，完成年初预算的 90.00%。",
                "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）",
                "。主要用于：机关运行。年初预算为 60.00 万元，",
                "支出决算为 50.00 万元。",
                "2、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为 40.00 万元，",
                "支出决算为 40.00 万元。")));
        assertThat(ITEMS.check(cut)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("年初预算");
            assertThat((BigDecimal) f.expected()).isEqualByComparingTo("100.00");
        });
        // the 决算 of both items were read and add up: the total's 90.00 is right, only the 年初预算 is off
        assertThat(StatedItems.of(cut)).singleElement().satisfies(b -> assertThat(b.items())
                .allSatisfy(item -> assertThat(item).containsKeys("年初预算", "决算")));
    }

    @Test
    void aListThatAdmitsBeingPartialOrALargeGapWithNothingToShowTheListWholeIsNotJudged() {
        for (String leadIn : List.of("主要支出项目如下：", "重点项目：")) {
            Document partial = doc("测试部门", DocumentKind.FINAL, List.of(section("（三）具体情况", 3,
                    "一般公共预算财政拨款支出年初预算为 80.01 万元。" + leadIn,
                    "1、一般公共服务支出（类）人大事务（款）事业运行（项）。年初预算为 30.00 万元。",
                    "2、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 50.00 万元。")));
            assertThat(ITEMS.check(partial)).as(leadIn).isEmpty();
        }
        Document partialGroup = doc("测试部门", DocumentKind.FINAL, List.of(
                section("（三）具体情况", 3, "一般公共预算财政拨款支出年初预算为 80.01 万元。"),
                section("1、一般公共服务支出主要包括：", 4,
                        "（1）一般公共服务支出（类）人大事务（款）事业运行（项）。年初预算为 30.00 万元。",
                        "（2）住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 50.00 万元。")));
        assertThat(ITEMS.check(partialGroup)).isEmpty();
        Document whole = doc("测试部门", DocumentKind.FINAL, List.of(section("（三）具体情况", 3,
                "一般公共预算财政拨款支出年初预算为 80.01 万元。具体情况如下：",
                "1、一般公共服务支出（类）人大事务（款）事业运行（项）。年初预算为 30.00 万元。",
                "2、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 50.00 万元。")));
        assertThat(ITEMS.check(whole)).as("具体情况如下 admits no part").hasSize(1);
        Document oneMeasure = doc("测试部门", DocumentKind.FINAL, List.of(section("（三）具体情况", 3,
                "一般公共预算财政拨款支出年初预算为 150.00 万元。",
                "1、一般公共服务支出（类）人大事务（款）事业运行（项）。年初预算为 30.00 万元。",
                "2、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 50.00 万元。")));
        assertThat(ITEMS.check(oneMeasure)).isEmpty();
        Document coarse = doc("测试部门", DocumentKind.FINAL, List.of(section("（三）具体情况", 3,
                "一般公共预算财政拨款支出年初预算为 80.01 万元，支出决算为 80.00 万元。",
                "1、一般公共服务支出（类）人大事务（款）事业运行（项）。年初预算为 30 万元，支出决算为 30.00 万元。",
                "2、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为 50.00 万元，支出决算为 50.00 万元。")));
        assertThat(ITEMS.check(coarse)).as("an item printed without decimals").isEmpty();
    }

    // ---------------------------------------------------------------- vehicle counts

    @Test
    void theKindsOfVehiclesAddUpToTheFleetInBothListForms() {
        assertThat(VEHICLES.check(CountsFixtures.fleet("8"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.found()).isEqualTo(8);
            assertThat(f.expected()).isEqualTo(7);
        });
        assertThat(VEHICLES.check(CountsFixtures.fleet("7"))).isEmpty();
        // the count closes its sentence and the list follows in the next one, 辆 apart from the figure
        assertThat(VEHICLES.check(sentenceAfter("8"))).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo(9));
        assertThat(VEHICLES.check(sentenceAfter("9"))).isEmpty();
    }

    @Test
    void vehiclesCountedInTaiAreCountsTooButEquipmentIsNot() {
        // some districts count cars in 台; 台（套） is equipment, never a vehicle
        Document tai = doc("测试部门", DocumentKind.FINAL, List.of(section("国有资产占有使用情况", 3,
                "截至2024年12月31日，共有车辆 6 台，其中：一般公务用车 3 台、执法执勤用车 2 台、其他用车 2 台。")));
        assertThat(VEHICLES.check(tai)).singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo(7));
        Document taiOk = doc("测试部门", DocumentKind.FINAL, List.of(section("国有资产占有使用情况", 3,
                "截至2024年12月31日，共有车辆 7 台，其中：一般公务用车 3 台、执法执勤用车 2 台、其他用车 2 台。")));
        assertThat(VEHICLES.check(taiOk)).isEmpty();
        Document equipment = doc("测试部门", DocumentKind.FINAL, List.of(section("国有资产占有使用情况", 3,
                "截至2024年12月31日，共有车辆 2 辆，其中：一般公务用车 1 辆、其他用车 1 辆；单价100万元以上设备 3 台（套）。")));
        assertThat(VEHICLES.check(equipment)).isEmpty();
    }

    private static Document sentenceAfter(String whole) {
        return doc("测试部门", DocumentKind.BUDGET, List.of(section("（四）国有资产占有使用情况", 3,
                "截至 2023 年 12 月 31 日，部门共有车辆 " + whole + " 辆。其中：一般公务用车 8 辆，一般执法执勤用车 1 辆，"
                        + "特种专业技术用车 0 辆。（除车辆外的国有资产情况待决算后另行公开）")));
    }

    @Test
    void otherWordingsOfFleetAndPurchaseAreReadAndAComparingListIsNot() {
        Document total = doc("测试部门", DocumentKind.FINAL, List.of(section("国有资产占有使用情况", 3,
                "截至2024年12月31日，车辆总数为 6 辆，包括：一般公务用车 3 辆、执法执勤用车 2 辆。")));
        assertThat(VEHICLES.check(total)).singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo(5));
        Document owned = doc("测试部门", DocumentKind.FINAL, List.of(section("国有资产占有使用情况", 3,
                "截至2024年12月31日，实有公务用车 4 辆，其中：机要通信用车 1 辆、应急保障用车 1 辆、其他用车 1 辆。")));
        assertThat(VEHICLES.check(owned)).singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo(3));
        Document comparing = doc("测试部门", DocumentKind.FINAL, List.of(section("国有资产占有使用情况", 3,
                "截至2024年12月31日，共有车辆 6 辆，其中：一般公务用车 6 辆，较上年减少 1 辆。")));
        assertThat(VEHICLES.check(comparing)).isEmpty();
        var three = table(TableType.FINAL_THREE_PUBLIC, row("total", "合计", "final_vehicle_purchase", "0.00"));
        Document newly = doc("测试部门", DocumentKind.FINAL, List.of(section("（2）公务用车购置费", 4,
                "2024年新购公务用车 2 辆，用于执法执勤。")), three);
        assertThat(VEHICLES.check(newly)).singleElement().satisfies(f -> assertThat(f.found()).isEqualTo(2));
    }

    @Test
    void aCountStatedTwiceForTheSameDateAgreesAndAnotherDateIsAnotherCount() {
        Document twice = doc("测试部门", DocumentKind.FINAL, List.of(
                section("2、公务用车购置及运行维护费", 4, "截至2024年12月31日，开支财政拨款的公务用车保有量为 3 辆。"),
                section("（三）国有资产占有使用情况说明", 3, "截至2024年12月31日，本部门公务用车保有量 4 辆。")));
        assertThat(VEHICLES.check(twice)).singleElement().satisfies(f -> {
            assertThat(f.found()).isEqualTo(4);
            assertThat(f.expected()).isEqualTo(3);
            assertThat(f.message()).contains("公务用车保有量");
        });
        Document otherDate = doc("测试部门", DocumentKind.FINAL, List.of(
                section("2、公务用车购置及运行维护费", 4, "截至2024年12月31日，开支财政拨款的公务用车保有量为 3 辆。"),
                section("（三）国有资产占有使用情况说明", 3, "截至2024年8月31日，所属单位公务用车保有量 4 辆。")));
        assertThat(VEHICLES.check(otherDate)).isEmpty();
        Document ownOffice = doc("测试部门", DocumentKind.FINAL, List.of(
                section("2、公务用车购置及运行维护费", 4, "截至2024年12月31日，本部门共有车辆 8 辆。"),
                section("（三）国有资产占有使用情况说明", 3, "截至2024年12月31日，机关本级共有车辆 7 辆。")));
        assertThat(VEHICLES.check(ownOffice)).as("本级 is another scope").isEmpty();
    }

    @Test
    void fewerVehiclesListedThanCountedIsANoteUnlessTheListClosesWithItsCatchAll() {
        Document some = doc("测试部门", DocumentKind.FINAL, List.of(section("国有资产占有使用情况", 3,
                "截至2024年12月31日，共有车辆 10 辆，其中：执法执勤用车 3 辆、特种专业技术用车 2 辆。")));
        assertThat(VEHICLES.check(some)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        Document more = doc("测试部门", DocumentKind.FINAL, List.of(section("国有资产占有使用情况", 3,
                "截至2024年12月31日，共有车辆 4 辆，其中：执法执勤用车 3 辆、特种专业技术用车 2 辆。")));
        assertThat(VEHICLES.check(more)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void vehiclesBoughtWithoutAPurchaseFeeInTheTableAreAWarning() {
        var three = table(TableType.FINAL_THREE_PUBLIC, row("total", "合计", "final_vehicle_purchase", "0.00",
                "final_vehicle", "5.00"));
        Document bought = doc("测试部门", DocumentKind.FINAL, List.of(section("（2）公务用车购置费", 4,
                "公务用车购置费支出0万元。本年度购置（更新）公务用车 1 辆。")), three);
        assertThat(VEHICLES.check(bought)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.kind()).isEqualTo(FindingKind.TEXT_TABLE_MISMATCH);
            assertThat(f.other().column()).isEqualTo("final_vehicle_purchase");
            // whether the count or the fee is wrong is not told: no figure is offered as the fix
            assertThat(Fixes.propose(bought, f)).isEmpty();
        });
        Document none = doc("测试部门", DocumentKind.FINAL, List.of(section("（2）公务用车购置费", 4,
                "公务用车购置费支出0万元。本年度购置（更新）公务用车 0 辆。")), three);
        assertThat(VEHICLES.check(none)).isEmpty();
    }

    @Test
    void aPurchaseFeeStatedWithNoVehicleBoughtIsAWarningFromTheNarrativeAlone() {
        Document fee = doc("测试部门", DocumentKind.BUDGET, List.of(
                section("七、“三公”经费支出安排情况", 2, "公务用车购置费 25.00 万元，比 2023 年预算增加 25.00 万元。"),
                section("（四）国有资产占有使用情况", 3, "2024年部门预算安排购置车辆 0 辆，其中：一般公务用车 0 辆、"
                        + "执法执勤用车 0 辆。")));
        assertThat(VEHICLES.check(fee)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("购置车辆 0 辆").contains("25"));
        Document bought = doc("测试部门", DocumentKind.BUDGET, List.of(
                section("七、“三公”经费支出安排情况", 2, "公务用车购置费 25.00 万元，比 2023 年预算增加 25.00 万元。"),
                section("（四）国有资产占有使用情况", 3, "2024年部门预算安排购置车辆 1 辆，其中：一般公务用车 1 辆、"
                        + "执法执勤用车 0 辆。")));
        assertThat(VEHICLES.check(bought)).isEmpty();
        Document lastYear = doc("测试部门", DocumentKind.BUDGET, List.of(
                section("七、“三公”经费支出安排情况", 2, "公务用车购置费 25.00 万元。"),
                section("（四）国有资产占有使用情况", 3, "2023年购置车辆 0 辆。")));
        assertThat(VEHICLES.check(lastYear)).as("another year's purchase").isEmpty();
    }

    // ---------------------------------------------------------------- the level word

    @Test
    void aCitysFinanceInADistrictsDefinitionsIsANote() {
        assertThat(LEVEL.check(CountsFixtures.definitions("市级财政"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.found()).isEqualTo("市级财政");
            assertThat(f.expected()).isEqualTo("区级财政");
            assertThat(f.where().quote()).startsWith("（三）国有资本经营预算财政拨款收入");
        });
        assertThat(LEVEL.check(CountsFixtures.definitions("区级财政"))).isEmpty();
    }

    @Test
    void aProvincesFinanceInACountysTextIsANoteButHigherMoneyNamedAsSuchIsNot() {
        Document county = doc("某某县教育局", DocumentKind.FINAL, List.of(section("十、名词解释", 2,
                "财政拨款收入：指县级财政当年拨付的资金。", "“三公”经费：指纳入省级财政预决算管理的“三公”经费。")));
        assertThat(LEVEL.check(county)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("县级财政"));
        Document transfer = doc("某某县教育局", DocumentKind.FINAL, List.of(section("十、名词解释", 2,
                "财政拨款收入：指县级财政当年拨付的资金。", "上级补助收入：指省级财政转移支付下达的资金。")));
        assertThat(LEVEL.check(transfer)).isEmpty();
        Document city = doc("武汉市某某局", DocumentKind.BUDGET, List.of(section("名词解释", 2,
                "一般公共预算财政拨款收入：指市级财政当年拨付的资金。", "政府性基金预算财政拨款收入：指省级财政当年拨付的资金。")));
        assertThat(LEVEL.check(city)).singleElement().satisfies(f -> assertThat(f.found()).isEqualTo("省级财政"));
    }

    @Test
    void theLevelWordWithoutJiIsReadAlikeAndABodysNameIsNotALevelWord() {
        Document broken = doc("上海市某某区某某局", DocumentKind.FINAL, List.of(section("名词解释", 2,
                "财政拨款收入：指本区财政当年拨付的资金。", "年初结转和结余：指以前年度尚未完成、结转到本年由市财政继续安排的资金。")));
        assertThat(LEVEL.check(broken)).singleElement().satisfies(f -> {
            assertThat(f.found()).isEqualTo("市财政");
            assertThat(f.expected()).isEqualTo("区财政");
        });
        Document body = doc("上海市某某区某某局", DocumentKind.FINAL, List.of(section("名词解释", 2,
                "财政拨款收入：指本区财政当年拨付的资金。", "本表数据经市财政局审核。")));
        assertThat(LEVEL.check(body)).isEmpty();
    }

    @Test
    void aDistrictsDocumentThatNeverUsesItsOwnLevelWordIsNotJudged() {
        Document onlyCity = doc("武汉市某某区人民政府办公室", DocumentKind.FINAL, List.of(section("名词解释", 2,
                "一般公共预算财政拨款收入：指市级财政一般公共预算当年拨付的资金。",
                "政府性基金预算财政拨款收入：指市级财政政府性基金预算当年拨付的资金。")));
        assertThat(LEVEL.check(onlyCity)).isEmpty();
        assertThat(LevelWordMatchesDocument.level("上海市普陀区规划和自然资源局")).contains("区");
        assertThat(LevelWordMatchesDocument.level("中共上海市普陀区委社会工作部")).contains("区");
        assertThat(LevelWordMatchesDocument.level("武汉市社区矫正管理局")).contains("市");
        assertThat(LevelWordMatchesDocument.level("测试部门")).isEmpty();
    }
}
