package org.budgetworkbench.core.check.rules;

import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;

import java.util.List;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.TableType;

/**
 * Small documents for the count, items, share and level-word rules (车辆数 / 分项之和 / 占比基数 / 级次用词): each a
 * planted defect and its clean twin, written in the test and never copied from a corpus file, so that a phrasing
 * bed can run every rule over the same pair.
 */
public final class CountsFixtures {
    /** A document with one planted defect and the same document with it corrected. */
    public record Twin(String name, String rule, Document planted, Document clean) {
    }

    private CountsFixtures() {
    }

    static Document doc(String department, DocumentKind kind, List<NarrativeSection> narrative,
                        DisclosureTable... tables) {
        return new Document(department, 2024, kind, null, List.of(tables), List.of(), List.of(), narrative,
                List.of());
    }

    static NarrativeSection section(String heading, int level, String... paragraphs) {
        return new NarrativeSection(heading, level, null, List.of(paragraphs));
    }

    /** 占本年支出合计的 P%: the base is the summary table's 本年支出合计. */
    public static Twin shareOfNamedBase() {
        return new Twin("share of a named base", "text.percent", shareOfTotal("99.86"), shareOfTotal("99.87"));
    }

    static Document shareOfTotal(String percent) {
        return doc("测试部门", DocumentKind.FINAL,
                List.of(section("（一）一般公共预算财政拨款支出决算总体情况", 3,
                        "一般公共预算财政拨款支出 9746.50 万元，占本年支出合计的 " + percent + "%。")),
                table(TableType.FINAL_SUMMARY, row("expenditure.current", "本年支出合计", "amount", "9759.38")));
    }

    /** A total by 年初预算 and 支出决算, then numbered 项 items: the 年初预算 of the items are 0.01 short. */
    public static Twin itemsAgainstTotal() {
        return new Twin("items vs the total before them", "text.items_sum", itemsAfterTotal("100.01"), itemsAfterTotal("100.00"));
    }

    static Document itemsAfterTotal(String budgeted) {
        return doc("测试部门", DocumentKind.FINAL, List.of(section("（三）一般公共预算财政拨款支出决算具体情况", 3,
                "一般公共预算财政拨款支出年初预算为 " + budgeted + " 万元，支出决算为 90.00 万元，完成年初预算的 90.00%。",
                "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：机关运行。"
                        + "年初预算为 60.00 万元，支出决算为 50.00 万元，完成年初预算的 83.33%。",
                "2、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：离退休支出。"
                        + "年初预算为 40.00 万元，支出决算为 40.00 万元，完成年初预算的 100.00%。")));
    }

    /** 共有车辆 N 辆，其中 … : the kinds add up to one less than the count. */
    public static Twin vehicleParts() {
        return new Twin("vehicle kinds vs the fleet", "text.vehicle_count", fleet("8"), fleet("7"));
    }

    static Document fleet(String whole) {
        return doc("测试部门", DocumentKind.FINAL, List.of(section("（三）国有资产占有使用情况说明", 3,
                "截至2024年12月31日，本部门共有车辆 " + whole + " 辆，其中：一般公务用车 5 辆、执法执勤用车 2 辆、"
                        + "特种专业技术用车 0 辆、其他用车 0 辆；单价100万元（含）以上设备（不含车辆）1台（套）。")));
    }

    /** 区级财政 in two definitions and 市级财政 in a third of a district's document. */
    public static Twin levelWord() {
        return new Twin("level word vs the document", "text.level_word", definitions("市级财政"), definitions("区级财政"));
    }

    static Document definitions(String third) {
        return doc("武汉市某某区财政局", DocumentKind.BUDGET, List.of(section("第四部分 名词解释", 1,
                "（一）一般公共预算财政拨款收入：指区级财政一般公共预算当年拨付的资金。",
                "（二）政府性基金预算财政拨款收入：指区级财政政府性基金预算当年拨付的资金。",
                "（三）国有资本经营预算财政拨款收入：指" + third + "国有资本经营预算当年拨付的资金。")));
    }

    /** Every twin above, for a bed that runs them all. */
    public static List<Twin> all() {
        return List.of(shareOfNamedBase(), itemsAgainstTotal(), vehicleParts(), levelWord());
    }
}
