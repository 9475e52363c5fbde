package org.budgetworkbench.core.export;

import java.util.Map;
import org.budgetworkbench.model.TableType;

/**
 * 收支总表项目名称: the standard wording of the lines of the two-sided summary tables (收支总表,
 * 财政拨款收支总表, 公开01表, 公开04表), by item id, with the numbering the templates print in front
 * (一、 for a line of the first rank, （一） for a line under 本年收入 / 上年结转).
 */
final class SummaryItemLabels {
    /** How a line is numbered. */
    enum Rank { TOP, SUB, NONE }

    record Label(String text, Rank rank) {
    }

    private static final Map<String, String> BUDGET_INCOME = Map.ofEntries(
            Map.entry("income.gpb", "一般公共预算拨款收入"),
            Map.entry("income.gov_fund", "政府性基金预算拨款收入"),
            Map.entry("income.state_capital", "国有资本经营预算拨款收入"),
            Map.entry("income.special_account", "财政专户管理资金收入"),
            Map.entry("income.business", "事业收入"),
            Map.entry("income.operating", "事业单位经营收入"),
            Map.entry("income.superior_subsidy", "上级补助收入"),
            Map.entry("income.affiliated", "附属单位上缴收入"),
            Map.entry("income.other", "其他收入"));
    private static final Map<String, String> FINAL_INCOME = Map.ofEntries(
            Map.entry("income.gpb", "一般公共预算财政拨款收入"),
            Map.entry("income.gov_fund", "政府性基金预算财政拨款收入"),
            Map.entry("income.state_capital", "国有资本经营预算财政拨款收入"),
            Map.entry("income.special_account", "财政专户管理资金收入"),
            Map.entry("income.business", "事业收入"),
            Map.entry("income.operating", "经营收入"),
            Map.entry("income.superior_subsidy", "上级补助收入"),
            Map.entry("income.affiliated", "附属单位上缴收入"),
            Map.entry("income.other", "其他收入"));

    private SummaryItemLabels() {
    }

    /** The label of an item; {@code printed} (the row's name) serves for class lines and unknown items. */
    static Label of(TableType type, String key, String printed) {
        String plain = withoutNumbering(printed);
        if (key.startsWith("expenditure.") && key.substring(12).matches("\\d{3}")) {
            Rank rank = type == TableType.BUDGET_FISCAL_SUMMARY ? Rank.SUB : Rank.TOP;
            return new Label(plain.isEmpty() ? key.substring(12) : plain, rank);
        }
        if (key.startsWith("econ.") && key.substring(5).matches("\\d{3}")) {
            return new Label(plain.isEmpty() ? key.substring(5) : plain, Rank.TOP);
        }
        return switch (type) {
            case BUDGET_SUMMARY -> budgetSummary(key, plain);
            case BUDGET_FISCAL_SUMMARY -> budgetFiscal(key, plain);
            case FINAL_SUMMARY -> finalSummary(key, plain);
            case FINAL_FISCAL_SUMMARY -> finalFiscal(key, plain);
            default -> new Label(plain, Rank.NONE);
        };
    }

    private static Label budgetSummary(String key, String plain) {
        if (BUDGET_INCOME.containsKey(key)) {
            return new Label(BUDGET_INCOME.get(key), Rank.TOP);
        }
        return switch (key) {
            case "income.current" -> none("本年收入合计");
            case "income.nonfiscal_balance" -> none("使用非财政拨款结余(含专用结余)");
            case "income.carryover" -> none("上年结转结余");
            case "income.carryover_gpb" -> sub("一般公共预算拨款");
            case "income.carryover_gov_fund" -> sub("政府性基金预算拨款");
            case "income.carryover_state_capital" -> sub("国有资本经营预算拨款");
            case "income.grand_total" -> none("收入总计");
            case "expenditure.current", "econ.current" -> none("本年支出合计");
            case "expenditure.surplus_distribution" -> none("结余分配");
            case "expenditure.carryforward", "econ.carryforward" -> none("年终结转结余");
            case "expenditure.grand_total", "econ.grand_total" -> none("支出总计");
            default -> none(plain);
        };
    }

    private static Label budgetFiscal(String key, String plain) {
        return switch (key) {
            case "income.current" -> top("本年收入");
            case "income.gpb", "income.carryover_gpb" -> sub("一般公共预算拨款");
            case "income.gov_fund", "income.carryover_gov_fund" -> sub("政府性基金预算拨款");
            case "income.state_capital", "income.carryover_state_capital" -> sub("国有资本经营预算拨款");
            case "income.carryover" -> top("上年结转");
            case "income.grand_total" -> none("收入总计");
            case "expenditure.current" -> top("本年支出");
            case "expenditure.carryforward" -> top("年终结转结余");
            case "expenditure.grand_total" -> none("支出总计");
            default -> none(plain);
        };
    }

    private static Label finalSummary(String key, String plain) {
        if (FINAL_INCOME.containsKey(key)) {
            return new Label(FINAL_INCOME.get(key), Rank.TOP);
        }
        return switch (key) {
            case "income.current" -> none("本年收入合计");
            case "income.nonfiscal_balance" -> none("使用非财政拨款结余(含专用结余)");
            case "income.carryover" -> none("年初结转和结余");
            case "income.grand_total", "expenditure.grand_total" -> none("总计");
            case "expenditure.current" -> none("本年支出合计");
            case "expenditure.surplus_distribution" -> none("结余分配");
            case "expenditure.carryforward" -> none("年末结转和结余");
            default -> none(plain);
        };
    }

    private static Label finalFiscal(String key, String plain) {
        return switch (key) {
            case "income.gpb" -> top("一般公共预算财政拨款");
            case "income.gov_fund" -> top("政府性基金预算财政拨款");
            case "income.state_capital" -> top("国有资本经营预算财政拨款");
            case "income.current" -> none("本年收入合计");
            case "income.carryover" -> none("年初财政拨款结转和结余");
            case "income.carryover_gpb" -> none("一般公共预算财政拨款");
            case "income.carryover_gov_fund" -> none("政府性基金预算财政拨款");
            case "income.carryover_state_capital" -> none("国有资本经营预算财政拨款");
            case "income.grand_total", "expenditure.grand_total" -> none("总计");
            case "expenditure.current" -> none("本年支出合计");
            case "expenditure.carryforward" -> none("年末财政拨款结转和结余");
            default -> none(plain);
        };
    }

    private static Label top(String s) {
        return new Label(s, Rank.TOP);
    }

    private static Label sub(String s) {
        return new Label(s, Rank.SUB);
    }

    private static Label none(String s) {
        return new Label(s, Rank.NONE);
    }

    /** The name without the numbering printed in front (一、 （一） (一) 廿一、 1.). */
    static String withoutNumbering(String name) {
        if (name == null) {
            return "";
        }
        return name.strip().replaceFirst("^([（(][一二三四五六七八九十廿]+[)）]|[一二三四五六七八九十廿]+、|[0-9]+[.、．])\\s*", "");
    }

    /** 1 → 一, 11 → 十一, 21 → 二十一. */
    static String chineseNumber(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : digits[tens]) + "十" + digits[ones];
    }
}
