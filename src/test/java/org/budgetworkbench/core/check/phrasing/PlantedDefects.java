package org.budgetworkbench.core.check.phrasing;

import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withText;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.TableType;

/**
 * The bed's own documents (植入缺陷的小文档): per narrative rule, a few tables and a narrative with one planted defect,
 * and its clean twin. Written with what the phrasings rewrite — amounts of four digits in 万元, “三公”, 比上年,
 * 增加/减少, numbered headings and items, item paths whose codes the tables give, paragraphs of more than one clause —
 * so that every phrasing has something to change. A new rule joins the bed with one {@code plant(…)} line.
 */
public final class PlantedDefects {
    /** One planted defect: the rule that must find it, the document with it, and the twin without it. */
    public record Planted(String name, String rule, Document defect, Document clean) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PlantedDefects() {
    }

    /** A budget's function-coded expenditure tables (一般公共预算支出表 and 支出总表) and its 三公 table. */
    static final Document BUDGET = budget(
            table(TableType.BUDGET_GPB_EXPENDITURE,
                    row("total", "合计", "total", "2255.84", "basic", "1754.24", "personnel", "1558.88",
                            "public", "195.36", "project", "501.60"),
                    row("201", "一般公共服务支出", "total", "2255.84"),
                    row("20103", "政府办公厅（室）及相关机构事务", "total", "2255.84"),
                    row("2010301", "行政运行", "total", "1754.24"),
                    row("2010350", "事业运行", "total", "501.60")),
            table(TableType.BUDGET_EXPENDITURE,
                    row("total", "合计", "total", "2255.84", "basic", "1754.24", "project", "501.60"),
                    row("201", "一般公共服务支出", "total", "2255.84"),
                    row("20103", "政府办公厅（室）及相关机构事务", "total", "2255.84"),
                    row("2010301", "行政运行", "total", "1754.24"),
                    row("2010350", "事业运行", "total", "501.60")),
            table(TableType.BUDGET_THREE_PUBLIC, row("total", "合计", "total", "36.00", "overseas", "0",
                    "vehicle", "35.00", "vehicle_purchase", "0", "vehicle_operation", "35.00", "reception", "1.00")));

    /** A final account's expenditure table by function and its 三公 table (budget and final columns). */
    static final Document FINAL = fin(
            table(TableType.FINAL_EXPENDITURE,
                    row("total", "合计", "total", "1230.00"),
                    row("201", "一般公共服务支出", "total", "1202.95"),
                    row("20103", "政府办公厅（室）及相关机构事务", "total", "1202.95"),
                    row("2010301", "行政运行", "total", "1202.95"),
                    row("210", "卫生健康支出", "total", "27.05"),
                    row("21011", "行政事业单位医疗", "total", "27.05"),
                    row("2101101", "行政单位医疗", "total", "27.05")),
            table(TableType.FINAL_THREE_PUBLIC, row("total", "合计", "budget_total", "44", "budget_overseas", "4",
                    "budget_vehicle", "40", "budget_reception", "0", "final_total", "20.00", "final_overseas", "0",
                    "final_vehicle", "20.00", "final_reception", "0")));

    public static List<Planted> all() {
        List<Planted> out = new ArrayList<>();
        String gpb = "五、一般公共预算支出安排情况";
        // an amount against the table cell its phrase names
        plant(out, "amount vs table", "text.amount",
                withText(BUDGET, gpb, "2024年一般公共预算基本支出1760.00万元，比上年增加12.50万元，其中：人员经费1558.88万元，公用经费195.36万元。"),
                withText(BUDGET, gpb, "2024年一般公共预算基本支出1754.24万元，比上年增加12.50万元，其中：人员经费1558.88万元，公用经费195.36万元。"));
        // an item's amount against the 项 row its path names
        plant(out, "item amount vs its row", "text.amount",
                withText(BUDGET, gpb, "（一）“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”1764.24万元，主要用于机关日常运转，比上年减少3.00万元。"),
                withText(BUDGET, gpb, "（一）“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”1754.24万元，主要用于机关日常运转，比上年减少3.00万元。"));
        // the class name against the table's (a former name)
        plant(out, "class name vs table", "text.function_subject",
                withText(FINAL, "（三）一般公共预算财政拨款支出决算具体情况",
                        "1、医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为27.05万元，支出决算为27.05万元，完成年初预算的100%。"),
                withText(FINAL, "（三）一般公共预算财政拨款支出决算具体情况",
                        "1、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为27.05万元，支出决算为27.05万元，完成年初预算的100%。"));
        // an item's amount restated with another figure
        plant(out, "item restated", "text.item_restated",
                withText(BUDGET, gpb, "1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1754.24万元，主要用于机关日常运转。"
                        + "2024年预算数为1745.24万元，比2023年预算数1700.00万元增加54.24万元。"),
                withText(BUDGET, gpb, "1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1754.24万元，主要用于机关日常运转。"
                        + "2024年预算数为1754.24万元，比2023年预算数1700.00万元增加54.24万元。"));
        // a rate against the figures it is of
        plant(out, "rate vs figures", "text.percent",
                withText(BUDGET, "七、“三公”经费预算情况", "2024年“三公”经费预算36.00万元，比2023年预算增加4.50万元，增长16.00%，主要原因是公务用车运行费增加。"),
                withText(BUDGET, "七、“三公”经费预算情况", "2024年“三公”经费预算36.00万元，比2023年预算增加4.50万元，增长14.29%，主要原因是公务用车运行费增加。"));
        // a share against part and total
        plant(out, "share vs figures", "text.percent",
                withText(BUDGET, "三、部门支出预算安排情况", "2024年部门支出预算2255.84万元，其中：基本支出1754.24万元，占比70.00%；项目支出501.60万元，占比22.24%。"),
                withText(BUDGET, "三、部门支出预算安排情况", "2024年部门支出预算2255.84万元，其中：基本支出1754.24万元，占比77.76%；项目支出501.60万元，占比22.24%。"));
        // 完成…的 x% against 决算/预算
        plant(out, "execution rate", "text.percent",
                withText(FINAL, "（三）一般公共预算财政拨款支出决算具体情况", "2、其他支出。年初预算为2000.00万元，支出决算为1500.00万元，完成年初预算的80.00%，主要原因是项目延期。"),
                withText(FINAL, "（三）一般公共预算财政拨款支出决算具体情况", "2、其他支出。年初预算为2000.00万元，支出决算为1500.00万元，完成年初预算的75.00%，主要原因是项目延期。"));
        // a comparison word against the figures (大于 where it is less)
        plant(out, "comparison word vs figures", "text.comparison_word",
                withText(FINAL, "（三）具体情况", "3、年初预算为1,452.40万元，支出决算为1,446.11万元，完成年初预算的99.57%。决算数大于预算数的主要原因：基数变更，人员减少。"),
                withText(FINAL, "（三）具体情况", "3、年初预算为1,452.40万元，支出决算为1,446.11万元，完成年初预算的99.57%。决算数小于预算数的主要原因：基数变更，人员减少。"));
        // a direction word against last year's and this year's figures
        plant(out, "direction vs figures", "text.change_direction",
                withText(BUDGET, "一、收支预算总体情况", "2023年执行数1800.00万元，2024年安排2255.84万元，比上年减少25.32%，主要原因是人员增加。"),
                withText(BUDGET, "一、收支预算总体情况", "2023年执行数1800.00万元，2024年安排2255.84万元，比上年增加25.32%，主要原因是人员增加。"));
        // 持平 where the figures differ
        plant(out, "level vs figures", "text.change_direction",
                withText(BUDGET, "七、“三公”经费预算情况", "2024年“三公”经费预算36.00万元，上年预算30.00万元，比上年持平，主要原因是公务接待减少。"),
                withText(BUDGET, "七、“三公”经费预算情况", "2024年“三公”经费预算36.00万元，上年预算36.00万元，比上年持平，主要原因是公务接待减少。"));
        // parts against the total they follow
        plant(out, "parts vs total", "text.parts",
                withText(FINAL, "九、“三公”经费财政拨款支出决算情况说明", "“三公”经费财政拨款支出全年预算为40.00万元，支出决算为20.00万元，完成预算的50.00%。",
                        "1、因公出国(境)费全年预算为4.00万元，支出决算为0万元，完成预算的0%。",
                        "2、公务用车购置及运行费全年预算为40.00万元，支出决算为20.00万元，完成预算的50.00%。",
                        "3、公务接待费全年预算为0万元，支出决算为0万元。"),
                withText(FINAL, "九、“三公”经费财政拨款支出决算情况说明", "“三公”经费财政拨款支出全年预算为44.00万元，支出决算为20.00万元，完成预算的45.45%。",
                        "1、因公出国(境)费全年预算为4.00万元，支出决算为0万元，完成预算的0%。",
                        "2、公务用车购置及运行费全年预算为40.00万元，支出决算为20.00万元，完成预算的50.00%。",
                        "3、公务接待费全年预算为0万元，支出决算为0万元。"));
        // a listed procurement total rounding off its parts
        plant(out, "list vs its total", "text.list_sum",
                withText(fin(), "（二）政府采购支出情况", "本部门2024年度政府采购金额为 2319.21 万元，其中：货物采购金额 122.43 万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元。"),
                withText(fin(), "（二）政府采购支出情况", "本部门2024年度政府采购金额为 2319.22 万元，其中：货物采购金额 122.43 万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元。"));
        // the 三公 changes fitting together
        plant(out, "三公 changes", "text.three_public_change",
                withText(FINAL, "九、财政拨款“三公”经费支出决算情况说明", "“三公”经费财政拨款支出决算为20.00万元，较上年增加2.00万元，主要原因是公务用车运行费增加。",
                        "1、因公出国(境)费支出决算为0万元，决算数较上年减少的主要原因是无出国安排。",
                        "2、公务用车购置及运行费支出决算为20.00万元，较上年增加2.00万元，主要原因是车辆维修。"),
                withText(FINAL, "九、财政拨款“三公”经费支出决算情况说明", "“三公”经费财政拨款支出决算为20.00万元，较上年增加2.00万元，主要原因是公务用车运行费增加。",
                        "1、因公出国(境)费支出决算为0万元，决算数较上年减少的主要原因是无出国安排。",
                        "2、公务用车购置及运行费支出决算为20.00万元，较上年增加5.00万元，主要原因是车辆维修。"));
        // procurement above what can be procured
        plant(out, "procurement vs procurable", "text.procurement",
                withText(BUDGET, "（二）政府采购预算情况", "2024年度纳入政府采购预算支出合计2177.00万元，其中：货物类100.00万元，服务类2077.00万元。"),
                withText(BUDGET, "（二）政府采购预算情况", "2024年度纳入政府采购预算支出合计177.00万元，其中：货物类100.00万元，服务类77.00万元。"));
        // a year compared with that is not the prior year
        plant(out, "comparison year", "text.comparison_year",
                withText(BUDGET, "一、收支预算总体情况", "2024年收入预算2255.84万元，比2022年预算增加105.00万元，主要原因是人员经费增加。"),
                withText(BUDGET, "一、收支预算总体情况", "2024年收入预算2255.84万元，比2023年预算增加105.00万元，主要原因是人员经费增加。"));
        // 部门 wording in a 单位 document
        plant(out, "scope word", "text.scope",
                withText(BUDGET.withScope(DocumentScope.UNIT), "六、其他相关情况说明", "（一）2024年本部门政府采购预算1234.00万元，其中：货物类1000.00万元，服务类234.00万元。"),
                withText(BUDGET.withScope(DocumentScope.UNIT), "六、其他相关情况说明", "（一）2024年本单位政府采购预算1234.00万元，其中：货物类1000.00万元，服务类234.00万元。"));
        // template text left in
        plant(out, "template leftover", "text.template",
                withText(BUDGET, "一、收支预算总体情况", "2024年收入预算2255.84万元，比上年增加（减少）105.00万元，主要原因是人员经费增加。"),
                withText(BUDGET, "一、收支预算总体情况", "2024年收入预算2255.84万元，比上年增加105.00万元，主要原因是人员经费增加。"));
        // a blank where the figure belongs
        plant(out, "blank figure", "text.blank",
                withText(BUDGET, "七、“三公”经费预算情况", "2024年一般公共预算财政拨款安排“三公”经费预算 万元，比上年增加4.50万元。"),
                withText(BUDGET, "七、“三公”经费预算情况", "2024年一般公共预算财政拨款安排“三公”经费预算36.00万元，比上年增加4.50万元。"));
        // doubled punctuation
        plant(out, "editorial punctuation", "text.punctuation",
                withText(BUDGET, gpb, "2024年一般公共预算基本支出1754.24万元，比上年增加12.50万元。。主要原因是人员增加。"),
                withText(BUDGET, gpb, "2024年一般公共预算基本支出1754.24万元，比上年增加12.50万元。主要原因是人员增加。"));
        // a count of units against the income table
        plant(out, "unit count", "text.unit_count",
                withText(budget(table(TableType.BUDGET_INCOME, row("total", "合计", "total", "1234.00"),
                        row("unit:003", "某部门", "total", "1234.00"), row("unit:003001", "某部门本级", "total", "1234.00"))),
                        "二、部门预算单位构成", "预算单位包括本级机关和下属2个二级单位，2024年收入预算1234.00万元。"),
                withText(budget(table(TableType.BUDGET_INCOME, row("total", "合计", "total", "1234.00"),
                        row("unit:003", "某部门", "total", "1234.00"), row("unit:003001", "某部门本级", "total", "1234.00"))),
                        "二、部门预算单位构成", "预算单位包括本级机关和下属0个二级单位，2024年收入预算1234.00万元。"));
        // the number of budget units against the units listed
        plant(out, "unit list", "text.unit_list",
                withText(budget(), "二、机构设置", "部门预算是包括本部以及下属1家预算单位的综合收支计划。",
                        "本部门中，行政单位1家，事业单位1家，具体包括：", "1. 商务委本部，机关设9个内设机构。",
                        "2. 上海市普陀区中小企业服务中心，不单列预算。"),
                withText(budget(), "二、机构设置", "部门预算是包括本部以及下属1家预算单位的综合收支计划。",
                        "本部门中，行政单位1家，事业单位1家，具体包括：", "1. 商务委本部，机关设9个内设机构。",
                        "2. 上海市普陀区中小企业服务中心，单独编制预算。"));
        // SME shares against the procurement amounts
        String procurement = "2024年度政府采购支出总额1049.01万元，其中：政府采购货物支出1001.42万元、政府采购服务支出47.59万元。"
                + "授予中小企业合同金额1049.01万元，占政府采购支出总额的100%；";
        plant(out, "SME shares", "text.sme_share",
                withText(fin(), "十一、政府采购支出说明", procurement
                        + "货物采购授予中小企业合同金额占货物支出金额的2.9%，服务采购授予中小企业合同金额占服务支出金额的97.1%。"),
                withText(fin(), "十一、政府采购支出说明", procurement
                        + "货物采购授予中小企业合同金额占货物支出金额的100%，服务采购授予中小企业合同金额占服务支出金额的100%。"));
        // items listed under 公用经费 that the basic-expenditure table has no amount for
        Document basic = fin(table(TableType.FINAL_GPB_BASIC, row("30201", "办公费", "amount", "1000.00"),
                row("30202", "印刷费", "amount", "234.00"), row("30208", "取暖费", "amount", null)));
        Document basicFull = fin(table(TableType.FINAL_GPB_BASIC, row("30201", "办公费", "amount", "1000.00"),
                row("30202", "印刷费", "amount", "234.00"), row("30208", "取暖费", "amount", "10.00")));
        plant(out, "listed items without amounts", "text.listed_items",
                withText(basic, "六、一般公共预算财政拨款基本支出决算情况说明", "公用经费1244.00万元，比上年减少12.00万元，主要包括：办公费、印刷费、取暖费。"),
                withText(basicFull, "六、一般公共预算财政拨款基本支出决算情况说明", "公用经费1244.00万元，比上年减少12.00万元，主要包括：办公费、印刷费、取暖费。"));
        // an item of a numbered list without its full stop
        plant(out, "sentence end", "text.sentence_end",
                withText(FINAL, "一、主要职能", "6.负责历史文化风貌区的规划管理。",
                        "7.负责建设工程项目规划土地管理相关工作，对建设工程项目审批后到竣工验收的规划、土地执行情况实行跟踪监督",
                        "8.负责自然资源调查监测评价。"),
                withText(FINAL, "一、主要职能", "6.负责历史文化风貌区的规划管理。",
                        "7.负责建设工程项目规划土地管理相关工作，对建设工程项目审批后到竣工验收的规划、土地执行情况实行跟踪监督。",
                        "8.负责自然资源调查监测评价。"));
        // a rate without its %
        plant(out, "rate without %", "text.unit",
                withText(FINAL, "（一）总体情况", "一般公共预算财政拨款支出1230.00万元，比上年增加1193.20万元，增长 13.95，主要原因是项目支出增加。"),
                withText(FINAL, "（一）总体情况", "一般公共预算财政拨款支出1230.00万元，比上年增加1193.20万元，增长 13.95%，主要原因是项目支出增加。"));
        // an empty table without its note (the note is narrative text)
        Document emptyFund = budget(table(TableType.BUDGET_SUMMARY, row("income.gpb", "x", "amount", "1234.00")),
                table(TableType.BUDGET_GOV_FUND, row("total", "合计", "total", null)));
        plant(out, "empty table note", "table.empty_note",
                withText(emptyFund, "一、收支预算总体情况", "2024年收入预算1234.00万元，比上年增加105.00万元，主要原因是人员经费增加。"),
                withText(withText(emptyFund, "一、收支预算总体情况", "2024年收入预算1234.00万元，比上年增加105.00万元，主要原因是人员经费增加。"),
                        "注", "本部门2024年无政府性基金预算财政拨款安排的预算，故本表为空表。"));
        return out;
    }

    private static void plant(List<Planted> out, String name, String rule, Document defect, Document clean) {
        out.add(new Planted(name, rule, defect, clean));
    }
}
