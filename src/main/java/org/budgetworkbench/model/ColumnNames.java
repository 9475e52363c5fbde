package org.budgetworkbench.model;

import java.util.Map;

/** The Chinese heading (列名) the templates print for each column id of extract@1. */
public final class ColumnNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("total", "合计"), Map.entry("amount", "金额"), Map.entry("basic", "基本支出"),
            Map.entry("project", "项目支出"), Map.entry("operating", "事业单位经营支出"),
            Map.entry("to_superior", "上缴上级支出"), Map.entry("to_affiliated", "对附属单位补助支出"),
            Map.entry("carryforward", "结转下年"), Map.entry("personnel", "人员经费"), Map.entry("public", "公用经费"),
            Map.entry("gpb", "一般公共预算"), Map.entry("gov_fund", "政府性基金预算"),
            Map.entry("state_capital", "国有资本经营预算"), Map.entry("special_account", "财政专户管理资金"),
            Map.entry("business", "事业收入"), Map.entry("superior_subsidy", "上级补助收入"),
            Map.entry("affiliated", "附属单位上缴收入"), Map.entry("other", "其他收入"),
            Map.entry("carryover", "上年结转结余"), Map.entry("carryover_gpb", "上年结转一般公共预算"),
            Map.entry("carryover_gov_fund", "上年结转政府性基金预算"),
            Map.entry("carryover_state_capital", "上年结转国有资本经营预算"),
            Map.entry("carryover_special_account", "上年结转财政专户管理资金"),
            Map.entry("carryover_unit", "上年结转单位资金"), Map.entry("unit_funds", "单位资金"),
            Map.entry("fiscal", "财政拨款收入"), Map.entry("opening", "年初结转和结余"), Map.entry("income", "本年收入"),
            Map.entry("closing", "年末结转和结余"), Map.entry("overseas", "因公出国（境）费"),
            Map.entry("vehicle", "公务用车购置及运行费"), Map.entry("vehicle_purchase", "公务用车购置费"),
            Map.entry("vehicle_operation", "公务用车运行费"), Map.entry("reception", "公务接待费"),
            Map.entry("admin_running", "机关运行经费"));

    private ColumnNames() {
    }

    /** The heading for a column id; {@code budget_}/{@code final_} columns get 预算数/决算数 in front. */
    public static String of(String column) {
        if (column.startsWith("budget_")) {
            return "预算数" + of(column.substring("budget_".length()));
        }
        if (column.startsWith("final_")) {
            return "决算数" + of(column.substring("final_".length()));
        }
        return NAMES.getOrDefault(column, column);
    }
}
