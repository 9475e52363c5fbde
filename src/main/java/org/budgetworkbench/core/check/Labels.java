package org.budgetworkbench.core.check;

import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;

/** Chinese names of column ids and rows, for messages (栏目名称). */
public final class Labels {
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("amount", "金额"), Map.entry("total", "合计"), Map.entry("basic", "基本支出"),
            Map.entry("project", "项目支出"), Map.entry("personnel", "人员经费"), Map.entry("public", "公用经费"),
            Map.entry("operating", "经营支出/收入"), Map.entry("to_superior", "上缴上级支出"),
            Map.entry("to_affiliated", "对附属单位补助支出"), Map.entry("carryforward", "结转下年"),
            Map.entry("gpb", "一般公共预算"), Map.entry("gov_fund", "政府性基金预算"),
            Map.entry("state_capital", "国有资本经营预算"), Map.entry("special_account", "财政专户管理资金"),
            Map.entry("business", "事业收入"), Map.entry("superior_subsidy", "上级补助收入"),
            Map.entry("affiliated", "附属单位上缴收入"), Map.entry("other", "其他收入"),
            Map.entry("carryover", "上年结转结余"), Map.entry("fiscal", "财政拨款收入"),
            Map.entry("unit_funds", "单位资金"),
            Map.entry("overseas", "因公出国(境)费"), Map.entry("vehicle", "公务用车购置及运行费"),
            Map.entry("vehicle_purchase", "公务用车购置费"), Map.entry("vehicle_operation", "公务用车运行费"),
            Map.entry("reception", "公务接待费"), Map.entry("admin_running", "机关运行经费"),
            Map.entry("opening", "年初结转和结余"),
            Map.entry("income", "本年收入"), Map.entry("closing", "年末结转和结余"));

    private Labels() {
    }

    public static String column(String id) {
        if (id == null) {
            return "";
        }
        if (id.startsWith("budget_")) {
            return "预算数" + column(id.substring(7));
        }
        if (id.startsWith("final_")) {
            return "决算数" + column(id.substring(6));
        }
        if (id.startsWith("carryover_") && !id.equals("carryover_unit")) {
            return "上年结转" + column(id.substring(10));
        }
        return COLUMNS.getOrDefault(id, id);
    }

    /** "221 住房保障支出", "合计", "本年收入合计". */
    public static String row(Row r) {
        if (r.isTotal()) {
            return r.name() == null ? "合计" : r.name();
        }
        if (r.key().matches("\\d+")) {
            return r.key() + " " + nz(r.name());
        }
        return nz(r.name()).isEmpty() ? r.key() : r.name();
    }

    public static String table(DisclosureTable t) {
        return t.title() == null || t.title().isBlank() ? t.type().standardTitle() : t.title();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
