package org.budgetworkbench.core.export;

import static org.budgetworkbench.core.export.HeaderColumn.CODE;
import static org.budgetworkbench.core.export.HeaderColumn.NAME;
import static org.budgetworkbench.core.export.HeaderColumn.group;
import static org.budgetworkbench.core.export.HeaderColumn.leaf;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableType;

/**
 * 标准表头: the column headers of the standard templates, in their words, for the tables keyed by code
 * (支出总表, 一般公共预算支出表, 公开03表 …). The words are the ones a disclosure-table recogniser looks for, so
 * they follow the published templates exactly.
 */
final class TableHeaders {
    /** What the key columns of a table hold: decides their header words. */
    enum Keys { FUNCTION, ECONOMIC, UNITS, PROJECTS, NONE }

    private TableHeaders() {
    }

    static List<HeaderColumn> of(TableType type, Keys keys) {
        List<HeaderColumn> h = new ArrayList<>(keyColumns(type, keys));
        h.addAll(values(type));
        return h;
    }

    /** The header words over a column, group first ("基本支出 人员经费"); the id itself when unknown. */
    static String columnWord(TableType type, String column) {
        if (type.rowShape() != TableType.RowShape.ITEMS && type != TableType.FINAL_GPB_BASIC) {
            for (HeaderColumn root : values(type)) {
                String path = path(root, column);
                if (path != null) {
                    return path;
                }
            }
        }
        return switch (column) {
            case "amount" -> type.kind() == DocumentKind.FINAL ? "决算数" : "预算数";
            case "total" -> "合计";
            case "gpb" -> "一般公共预算";
            case "gov_fund" -> "政府性基金预算";
            case "state_capital" -> "国有资本经营预算";
            default -> column;
        };
    }

    private static String path(HeaderColumn h, String column) {
        if (h.isLeaf()) {
            return column.equals(h.column()) ? h.text() : null;
        }
        for (HeaderColumn c : h.children()) {
            String p = path(c, column);
            if (p != null) {
                return h.text() + " " + p;
            }
        }
        return null;
    }

    private static List<HeaderColumn> keyColumns(TableType type, Keys keys) {
        if (keys == Keys.NONE) {
            return List.of();
        }
        String codeWord = switch (keys) {
            case UNITS -> "部门(单位)代码";
            case PROJECTS -> "项目编码";
            case ECONOMIC -> type.kind() == DocumentKind.FINAL ? "经济分类科目编码" : "科目编码";
            default -> type.kind() == DocumentKind.FINAL ? "功能分类科目编码" : "科目编码";
        };
        String nameWord = switch (keys) {
            case UNITS -> "部门(单位)名称";
            case PROJECTS -> "项目名称";
            default -> "科目名称";
        };
        HeaderColumn code = leaf(codeWord, CODE);
        HeaderColumn name = leaf(nameWord, NAME);
        if (type.kind() == DocumentKind.FINAL) {
            return List.of(group("项目", code, name));
        }
        if (type == TableType.BUDGET_GPB_BASIC) {
            return List.of(group("部门预算支出经济分类科目", code, name));
        }
        return List.of(code, name);
    }

    private static List<HeaderColumn> values(TableType type) {
        return switch (type) {
            case BUDGET_INCOME -> List.of(
                    leaf("合计", "total"),
                    group("本年收入",
                            // 财政拨款收入: the funds in one sum, where the template prints it (Shanghai)
                            leaf("财政拨款收入", "fiscal"), leaf("一般公共预算", "gpb"), leaf("政府性基金预算", "gov_fund"),
                            leaf("国有资本经营预算", "state_capital"), leaf("财政专户管理资金", "special_account"),
                            leaf("事业收入", "business"), leaf("事业单位经营收入", "operating"),
                            leaf("上级补助收入", "superior_subsidy"), leaf("附属单位上缴收入", "affiliated"),
                            leaf("其他收入", "other")),
                    group("上年结转结余",
                            leaf("小计", "carryover"), leaf("一般公共预算", "carryover_gpb"),
                            leaf("政府性基金预算", "carryover_gov_fund"),
                            leaf("国有资本经营预算", "carryover_state_capital"),
                            leaf("财政专户管理资金", "carryover_special_account"), leaf("单位资金", "carryover_unit")));
            case BUDGET_EXPENDITURE -> List.of(
                    leaf("合计", "total"), leaf("基本支出", "basic"), leaf("项目支出", "project"),
                    leaf("事业单位经营支出", "operating"), leaf("上缴上级支出", "to_superior"),
                    leaf("对附属单位补助支出", "to_affiliated"), leaf("结转下年", "carryforward"));
            case BUDGET_GPB_EXPENDITURE -> List.of(
                    leaf("合计", "total"),
                    group("基本支出", leaf("小计", "basic"), leaf("人员经费", "personnel"), leaf("公用经费", "public")),
                    leaf("项目支出", "project"));
            case BUDGET_GPB_BASIC -> List.of(group("本年一般公共预算基本支出",
                    leaf("合计", "total"), leaf("人员经费", "personnel"), leaf("公用经费", "public")));
            case BUDGET_THREE_PUBLIC -> {
                // 机关运行经费 printed beside the 三公 columns (Shanghai's “三公”经费和机关运行经费预算表), not in their 合计
                List<HeaderColumn> h = new ArrayList<>(threePublic("", "公务用车购置及运行费", "“三公”经费合计"));
                h.add(leaf("机关运行经费", "admin_running"));
                yield h;
            }
            case BUDGET_GOV_FUND -> List.of(group("本年政府性基金预算支出",
                    leaf("合计", "total"), leaf("基本支出", "basic"), leaf("项目支出", "project")));
            case BUDGET_STATE_CAPITAL -> List.of(group("本年国有资本经营预算支出",
                    leaf("合计", "total"), leaf("基本支出", "basic"), leaf("项目支出", "project")));
            case BUDGET_PROJECTS -> List.of(
                    leaf("合计", "total"),
                    group("本年拨款", leaf("一般公共预算", "gpb"), leaf("政府性基金预算", "gov_fund"),
                            leaf("国有资本经营预算", "state_capital")),
                    group("财政拨款结转结余", leaf("一般公共预算", "carryover_gpb"),
                            leaf("政府性基金预算", "carryover_gov_fund"),
                            leaf("国有资本经营预算", "carryover_state_capital")),
                    leaf("财政专户管理资金", "special_account"), leaf("单位资金", "unit_funds"),
                    leaf("事业收入", "business"), leaf("上级补助收入", "superior_subsidy"),
                    leaf("事业单位经营收入", "operating"), leaf("其他收入", "other"), leaf("上年结转", "carryover"));
            case BUDGET_PROCUREMENT -> List.of(
                    leaf("合计", "total"), leaf("一般公共预算", "gpb"), leaf("政府性基金预算", "gov_fund"),
                    leaf("事业收入", "business"), leaf("事业单位经营收入", "operating"),
                    leaf("上级补助收入", "superior_subsidy"), leaf("其他收入", "other"), leaf("上年结转", "carryover"));
            case BUDGET_PURCHASE_SERVICES -> List.of(
                    leaf("合计", "total"), leaf("一般公共预算", "gpb"), leaf("政府性基金预算", "gov_fund"),
                    leaf("事业收入", "business"), leaf("其他收入", "other"), leaf("上年结转", "carryover"));
            case FINAL_INCOME -> List.of(
                    leaf("本年收入合计", "total"), leaf("财政拨款收入", "fiscal"), leaf("上级补助收入", "superior_subsidy"),
                    leaf("事业收入", "business"), leaf("经营收入", "operating"), leaf("附属单位上缴收入", "affiliated"),
                    leaf("其他收入", "other"));
            case FINAL_EXPENDITURE -> List.of(
                    leaf("本年支出合计", "total"), leaf("基本支出", "basic"), leaf("项目支出", "project"),
                    leaf("上缴上级支出", "to_superior"), leaf("经营支出", "operating"),
                    leaf("对附属单位补助支出", "to_affiliated"));
            case FINAL_GPB_EXPENDITURE -> List.of(group("本年支出",
                    leaf("小计", "total"), leaf("基本支出", "basic"), leaf("项目支出", "project")));
            case FINAL_GOV_FUND -> List.of(
                    leaf("年初结转和结余", "opening"), leaf("本年收入", "income"),
                    group("本年支出", leaf("小计", "total"), leaf("基本支出", "basic"), leaf("项目支出", "project")),
                    leaf("年末结转和结余", "closing"));
            case FINAL_STATE_CAPITAL -> List.of(group("本年支出",
                    leaf("合计", "total"), leaf("基本支出", "basic"), leaf("项目支出", "project")));
            case FINAL_THREE_PUBLIC -> List.of(
                    group("预算数", threePublic("budget_", "公务用车购置及运行维护费", "合计").toArray(HeaderColumn[]::new)),
                    group("决算数", threePublic("final_", "公务用车购置及运行维护费", "合计").toArray(HeaderColumn[]::new)));
            default -> throw new IllegalArgumentException("not a coded table: " + type.id());
        };
    }

    private static List<HeaderColumn> threePublic(String prefix, String vehicleWord, String totalWord) {
        return List.of(
                leaf(totalWord, prefix + "total"), leaf("因公出国（境）费", prefix + "overseas"),
                group(vehicleWord, leaf("小计", prefix + "vehicle"), leaf("公务用车购置费", prefix + "vehicle_purchase"),
                        leaf("公务用车运行费", prefix + "vehicle_operation")),
                leaf("公务接待费", prefix + "reception"));
    }
}
