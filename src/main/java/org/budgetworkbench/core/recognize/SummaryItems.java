package org.budgetworkbench.core.recognize;

/**
 * 收支总表项目: the item id of a line of a two-sided summary table (income.gpb, expenditure.201,
 * expenditure.carryforward …) from its printed label. Under 上年结转 the fund lines are the carry-over's
 * parts (income.carryover_gpb …), so the reader keeps that context.
 */
final class SummaryItems {
    /** Which side of the table a label column belongs to. */
    enum Side { INCOME, EXPENDITURE, ECONOMIC }

    private static final java.util.regex.Pattern CODED_CLASS = java.util.regex.Pattern.compile("^(2\\d{2})\\D.*支出$");

    private static final java.util.regex.Pattern CODED_ECONOMIC_CLASS =
            java.util.regex.Pattern.compile("^(3\\d{2})\\D.*");

    private boolean underCarryover;

    /** The item id, or null when the label names no known item. */
    String id(Side side, String printed) {
        String n = Texts.label(printed);
        if (n.isEmpty()) {
            return null;
        }
        return switch (side) {
            case INCOME -> income(n);
            case EXPENDITURE -> expenditure(n, "expenditure.");
            case ECONOMIC -> economic(n);
        };
    }

    private String income(String n) {
        if (n.contains("总计")) {
            underCarryover = false;
            return "income.grand_total";
        }
        if (n.contains("本年收入")) {
            underCarryover = false;
            return "income.current";
        }
        if (n.contains("非财政拨款结余")) {
            underCarryover = false;
            return "income.nonfiscal_balance";
        }
        if (n.contains("上年结转") || n.contains("年初") && (n.contains("结转") || n.contains("结余"))) {
            underCarryover = true;
            return "income.carryover";
        }
        String fund = null;
        if (n.contains("一般公共预算")) {
            fund = "gpb";
        } else if (n.contains("政府性基金")) {
            fund = "gov_fund";
        } else if (n.contains("国有资本经营")) {
            fund = "state_capital";
        }
        if (fund != null) {
            return underCarryover ? "income.carryover_" + fund : "income." + fund;
        }
        underCarryover = false;
        if (n.contains("财政专户")) {
            return "income.special_account";
        }
        if (n.contains("事业单位经营") || n.contains("经营收入")) {
            return "income.operating";
        }
        if (n.contains("事业收入")) {
            return "income.business";
        }
        if (n.contains("上级补助")) {
            return "income.superior_subsidy";
        }
        if (n.contains("属单位上缴")) {
            return "income.affiliated";
        }
        if (n.contains("其他收入")) {
            return "income.other";
        }
        return null;
    }

    private static String expenditure(String n, String prefix) {
        java.util.regex.Matcher coded = CODED_CLASS.matcher(n);
        if (coded.matches()) {
            return prefix + coded.group(1); // "201 一般公共服务支出": the class code printed with its name
        }
        if (n.contains("总计")) {
            return prefix + "grand_total";
        }
        if (n.contains("本年支出")) {
            return prefix + "current";
        }
        if (n.contains("结余分配")) {
            return prefix + "surplus_distribution";
        }
        if (n.contains("年终结转") || n.contains("年末") && (n.contains("结转") || n.contains("结余"))
                || n.contains("结转下年")) {
            return prefix + "carryforward";
        }
        String code = ClassNames.functionClass(n);
        return code == null ? null : prefix + code;
    }

    private static String economic(String n) {
        java.util.regex.Matcher coded = CODED_ECONOMIC_CLASS.matcher(n);
        if (coded.matches()) {
            return "econ." + coded.group(1); // "301 工资福利支出": the economic class code printed with its name
        }
        String code = ClassNames.economicClass(n);
        if (code != null) {
            return "econ." + code;
        }
        String total = expenditure(n, "econ.");
        return total != null && !total.matches("econ\\.\\d+") ? total : null;
    }
}
