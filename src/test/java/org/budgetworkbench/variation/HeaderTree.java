package org.budgetworkbench.variation;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.TableType;

/**
 * 表头树: the value columns of a coded table as districts print them — a group heading merged over its
 * sub-headings, leaves naming the column. Words differ by template (合计/小计, 预算数/决算数 on top or at the
 * bottom); the column ids do not.
 */
record HeaderTree(String text, String column, List<HeaderTree> children) {

    static HeaderTree leaf(String text, String column) {
        return new HeaderTree(text, column, List.of());
    }

    static HeaderTree group(String text, HeaderTree... children) {
        return new HeaderTree(text, null, List.of(children));
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    int depth() {
        return 1 + children.stream().mapToInt(HeaderTree::depth).max().orElse(0);
    }

    int width() {
        return isLeaf() ? 1 : children.stream().mapToInt(HeaderTree::width).sum();
    }

    /** The leaves' column ids, left to right. */
    static List<String> columns(List<HeaderTree> roots) {
        List<String> out = new ArrayList<>();
        for (HeaderTree r : roots) {
            if (r.isLeaf()) {
                out.add(r.column);
            } else {
                out.addAll(columns(r.children));
            }
        }
        return out;
    }

    /** The value columns of a coded table; {@code alt} picks the second template where districts differ. */
    static List<HeaderTree> values(TableType type, boolean alt) {
        String total = alt ? "小计" : "合计";
        return switch (type) {
            case BUDGET_INCOME -> List.of(
                    leaf("合计", "total"),
                    group("本年收入", leaf("一般公共预算", "gpb"), leaf("政府性基金预算", "gov_fund"),
                            leaf("国有资本经营预算", "state_capital"), leaf("财政专户管理资金", "special_account"),
                            leaf("事业收入", "business"), leaf("事业单位经营收入", "operating"),
                            leaf("上级补助收入", "superior_subsidy"), leaf("附属单位上缴收入", "affiliated"),
                            leaf("其他收入", "other")),
                    group("上年结转结余", leaf("小计", "carryover"), leaf("一般公共预算", "carryover_gpb"),
                            leaf("政府性基金预算", "carryover_gov_fund"), leaf("国有资本经营预算", "carryover_state_capital"),
                            leaf("财政专户管理资金", "carryover_special_account"), leaf("单位资金", "carryover_unit")));
            case BUDGET_EXPENDITURE -> List.of(leaf("合计", "total"), leaf("基本支出", "basic"), leaf("项目支出", "project"),
                    leaf("事业单位经营支出", "operating"), leaf("上缴上级支出", "to_superior"),
                    leaf("对附属单位补助支出", "to_affiliated"), leaf("结转下年", "carryforward"));
            case BUDGET_GPB_EXPENDITURE -> List.of(leaf("合计", "total"),
                    group("基本支出", leaf(total, "basic"), leaf("人员经费", "personnel"), leaf("公用经费", "public")),
                    leaf("项目支出", "project"));
            case BUDGET_GPB_BASIC -> List.of(group("一般公共预算基本支出",
                    leaf("合计", "total"), leaf("人员经费", "personnel"), leaf("公用经费", "public")));
            case BUDGET_THREE_PUBLIC -> threePublic("", alt);
            case BUDGET_GOV_FUND, BUDGET_STATE_CAPITAL, FINAL_STATE_CAPITAL -> List.of(group("本年支出",
                    leaf(total, "total"), leaf("基本支出", "basic"), leaf("项目支出", "project")));
            case BUDGET_PROJECTS -> List.of(leaf("合计", "total"),
                    group("本年拨款", leaf("一般公共预算", "gpb"), leaf("政府性基金预算", "gov_fund"),
                            leaf("国有资本经营预算", "state_capital")),
                    group("财政拨款结转结余", leaf("一般公共预算", "carryover_gpb"),
                            leaf("政府性基金预算", "carryover_gov_fund"), leaf("国有资本经营预算", "carryover_state_capital")),
                    leaf("财政专户管理资金", "special_account"), leaf("单位资金", "unit_funds"));
            case BUDGET_PROCUREMENT, BUDGET_PURCHASE_SERVICES -> List.of(leaf("合计", "total"),
                    leaf("一般公共预算", "gpb"), leaf("政府性基金预算", "gov_fund"), leaf("事业收入", "business"),
                    leaf("其他收入", "other"), leaf("上年结转", "carryover"));
            case FINAL_INCOME -> List.of(leaf("本年收入合计", "total"), leaf("财政拨款收入", "fiscal"),
                    leaf("上级补助收入", "superior_subsidy"), leaf("事业收入", "business"), leaf("经营收入", "operating"),
                    leaf("附属单位上缴收入", "affiliated"), leaf("其他收入", "other"));
            case FINAL_EXPENDITURE -> List.of(leaf("本年支出合计", "total"), leaf("基本支出", "basic"),
                    leaf("项目支出", "project"), leaf("上缴上级支出", "to_superior"), leaf("经营支出", "operating"),
                    leaf("对附属单位补助支出", "to_affiliated"));
            case FINAL_GPB_EXPENDITURE -> List.of(group("本年支出",
                    leaf(total, "total"), leaf("基本支出", "basic"), leaf("项目支出", "project")));
            case FINAL_GPB_BASIC -> List.of(leaf("决算数", "amount"));
            case FINAL_GOV_FUND -> List.of(leaf("年初结转和结余", "opening"), leaf("本年收入", "income"),
                    group("本年支出", leaf(total, "total"), leaf("基本支出", "basic"), leaf("项目支出", "project")),
                    leaf("年末结转和结余", "closing"));
            case FINAL_THREE_PUBLIC -> alt ? threePublicByItem() : List.of(
                    group("预算数", threePublic("budget_", false).toArray(HeaderTree[]::new)),
                    group("决算数", threePublic("final_", false).toArray(HeaderTree[]::new)));
            default -> throw new IllegalArgumentException("not a coded table: " + type);
        };
    }

    private static List<HeaderTree> threePublic(String prefix, boolean alt) {
        return List.of(leaf(alt ? "合计" : "“三公”经费合计", prefix + "total"), leaf("因公出国（境）费", prefix + "overseas"),
                group(alt ? "公务用车购置及运行维护费" : "公务用车购置及运行费", leaf("小计", prefix + "vehicle"),
                        leaf("公务用车购置费", prefix + "vehicle_purchase"), leaf("公务用车运行费", prefix + "vehicle_operation")),
                leaf("公务接待费", prefix + "reception"));
    }

    /** 决算 三公 with 预算数/决算数 as the lowest header row, under each item. */
    private static List<HeaderTree> threePublicByItem() {
        return List.of(
                group("合计", leaf("预算数", "budget_total"), leaf("决算数", "final_total")),
                group("因公出国（境）费", leaf("预算数", "budget_overseas"), leaf("决算数", "final_overseas")),
                group("公务用车购置及运行维护费",
                        group("小计", leaf("预算数", "budget_vehicle"), leaf("决算数", "final_vehicle")),
                        group("公务用车购置费", leaf("预算数", "budget_vehicle_purchase"),
                                leaf("决算数", "final_vehicle_purchase")),
                        group("公务用车运行维护费", leaf("预算数", "budget_vehicle_operation"),
                                leaf("决算数", "final_vehicle_operation"))),
                group("公务接待费", leaf("预算数", "budget_reception"), leaf("决算数", "final_reception")));
    }
}
