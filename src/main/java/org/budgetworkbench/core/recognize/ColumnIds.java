package org.budgetworkbench.core.recognize;

import java.util.List;
import org.budgetworkbench.model.TableType;

/**
 * 列标识: a column's header path → its role and extract@1 column id for a table type, by the words the
 * templates print (本年收入 › 一般公共预算 → gpb, 上年结转结余 › 一般公共预算 → carryover_gpb, 基本支出 › 人员经费 →
 * personnel, 预算数 › 公务用车购置费 → budget_vehicle_purchase).
 */
final class ColumnIds {
    private ColumnIds() {
    }

    static ColumnRole role(TableType type, List<String> path) {
        if (path.isEmpty()) {
            return ColumnRole.SKIP;
        }
        String leaf = path.get(path.size() - 1);
        if (leaf.contains("行次") || leaf.contains("栏次") || leaf.equals("项目单位") || leaf.contains("单位名称")
                && type.rowShape() == TableType.RowShape.PROJECTS) {
            return ColumnRole.SKIP;
        }
        if (leaf.equals("类")) {
            return ColumnRole.CODE_CLASS;
        }
        if (leaf.equals("款")) {
            return ColumnRole.CODE_SECTION;
        }
        if (leaf.equals("项")) {
            return ColumnRole.CODE_ITEM;
        }
        if (leaf.contains("编码") || leaf.contains("代码")) {
            return ColumnRole.CODE;
        }
        if (type.rowShape() == TableType.RowShape.ITEMS) {
            if (leaf.equals("项目") || leaf.endsWith("项目") || leaf.equals("科目")) {
                return ColumnRole.ITEM;
            }
        } else if (leaf.contains("名称") || leaf.equals("项目") || leaf.equals("科目")) {
            return ColumnRole.NAME;
        }
        return id(type, path) == null ? ColumnRole.SKIP : ColumnRole.VALUE;
    }

    /** The column id a header path stands for in a table type, or null. */
    static String id(TableType type, List<String> path) {
        if (path.isEmpty()) {
            return null;
        }
        String prefix = "";
        if (isThreePublic(type) && path.size() > 1 && isAmountWord(path.get(path.size() - 1))) {
            // 预算数/决算数 as the lowest header row under each item: the item names the column
            String kindWord = path.get(path.size() - 1);
            List<String> item = path.subList(0, path.size() - 1);
            if (type == TableType.BUDGET_THREE_PUBLIC) {
                return resolve(type, item, "");
            }
            String p = kindWord.contains("决算") ? "final_" : kindWord.contains("预算") ? "budget_" : null;
            String bare = p == null ? null : resolve(type, item, p);
            return bare == null ? null : p + bare;
        }
        if (type == TableType.FINAL_THREE_PUBLIC) {
            String top = String.join("", path);
            prefix = top.contains("决算") ? "final_" : top.contains("预算") ? "budget_" : "";
            if (prefix.isEmpty()) {
                return null;
            }
            // 预算数 / 决算数 as the lowest header row (公务接待费 › 决算数): the column is the group above it
            if (path.size() > 1 && isBudgetOrFinalWord(path.get(path.size() - 1))) {
                path = path.subList(0, path.size() - 1);
            }
        }
        String bare = resolve(type, path, prefix);
        return bare == null ? null : prefix + bare;
    }

    private static String resolve(TableType type, List<String> path, String prefix) {
        String leaf = path.get(path.size() - 1);
        List<String> above = path.subList(0, path.size() - 1);
        if (Texts.isTotalWord(leaf)) {
            // 小计 under a group is the group's total (基本支出 › 小计 = basic); else the table's total
            for (int i = above.size() - 1; i >= 0; i--) {
                String g = resolve(type, above.subList(0, i + 1), prefix);
                if (g != null && accepts(type, prefix + g) && !g.equals("amount")) {
                    return g;
                }
            }
            return accepts(type, prefix + "total") ? "total" : accepts(type, "amount") ? "amount" : null;
        }
        String own = word(type, leaf);
        if (own == null) {
            return null;
        }
        if (isCarryoverGroup(above) && !own.startsWith("carryover")) {
            String c = own.equals("unit_funds") ? "carryover_unit" : "carryover_" + own;
            return accepts(type, c) ? c : null;
        }
        if (!accepts(type, prefix + own)) {
            if (own.equals("amount") && accepts(type, prefix + "total")) {
                return "total";
            }
            if (own.equals("fiscal") || own.equals("income") || own.equals("expenditure")) {
                return null;
            }
            return null;
        }
        return own;
    }

    private static boolean isBudgetOrFinalWord(String w) {
        return w.matches("(年初)?(预算|决算)数?");
    }

    private static boolean isCarryoverGroup(List<String> above) {
        for (String a : above) {
            if ((a.contains("结转") || a.contains("结余")) && !a.contains("年末") && !a.contains("年初")
                    && !a.contains("结转下年")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isThreePublic(TableType type) {
        return type == TableType.BUDGET_THREE_PUBLIC || type == TableType.FINAL_THREE_PUBLIC;
    }

    /** A header of vehicles counted (购置数, 保有量, 车辆数, in 辆), which a 三公 table may print beside its money. */
    static boolean isVehicleCount(String w) {
        return w.contains("保有") || w.contains("辆") || w.matches(".*(购置|车辆|用车)(?:数|数量)(?:[（(].*)?");
    }

    private static boolean isAmountWord(String w) {
        // "数" alone: 机关运行经费预算 | 数 — a narrow cell wraps 预算数 and the PDF gives its tail a line of its own
        return w.equals("预算数") || w.equals("决算数") || w.equals("预算") || w.equals("决算") || w.equals("金额")
                || w.equals("数");
    }

    private static boolean accepts(TableType type, String id) {
        return type.columns().contains(id);
    }

    /** The id one header word stands for (before the table type's own columns are consulted). */
    private static String word(TableType type, String w) {
        if (type == TableType.BUDGET_THREE_PUBLIC || type == TableType.FINAL_THREE_PUBLIC) {
            if (isVehicleCount(w)) {
                // 公务用车购置数 / 保有量 (辆) are counts, not money: never the 购置费 column whose word they share
                return null;
            }
            if (w.contains("机关运行")) {
                // 机关运行经费(预算数) printed beside the 三公 columns: its own column, never 公务用车运行费
                return "admin_running";
            }
            if (w.contains("因公出国")) {
                return "overseas";
            }
            if (w.contains("购置") && w.contains("运行")) {
                return "vehicle";
            }
            if (w.contains("购置")) {
                return "vehicle_purchase";
            }
            if (w.contains("运行")) {
                return "vehicle_operation";
            }
            if (w.contains("接待")) {
                return "reception";
            }
            if (w.contains("合计")) {
                return "total";
            }
            return null;
        }
        if (w.contains("年初")) {
            return "opening";
        }
        if (w.contains("年末") || w.contains("结转下年") || w.contains("年终结转")) {
            return accepts(type, "closing") ? "closing" : "carryforward";
        }
        if (w.contains("人员经费")) {
            return "personnel";
        }
        if (w.contains("公用经费")) {
            return "public";
        }
        if (w.contains("基本支出")) {
            return "basic";
        }
        if (w.contains("项目支出")) {
            return "project";
        }
        if (w.contains("上缴上级")) {
            return "to_superior";
        }
        if (w.contains("对附属单位")) {
            return "to_affiliated";
        }
        if (w.contains("经营")  && !w.contains("国有资本")) {
            return "operating";
        }
        if (w.contains("一般公共预算")) {
            return "gpb";
        }
        if (w.contains("政府性基金")) {
            return "gov_fund";
        }
        if (w.contains("国有资本")) {
            return "state_capital";
        }
        if (w.contains("财政专户")) {
            return "special_account";
        }
        if (w.contains("单位资金")) {
            return "unit_funds";
        }
        if (w.contains("事业收入")) {
            return "business";
        }
        if (w.contains("上级补助")) {
            return "superior_subsidy";
        }
        if (w.contains("附属单位")) {
            return "affiliated";
        }
        if (w.contains("其他")) {
            return "other";
        }
        if (w.contains("财政拨款")) {
            return "fiscal";
        }
        if (w.contains("结转") || w.contains("结余")) {
            return "carryover";
        }
        if (w.contains("合计") || w.contains("总计")) {
            return "total";
        }
        if (w.contains("本年收入")) {
            return "income";
        }
        if (w.contains("预算数") || w.contains("决算数") || w.contains("金额") || w.equals("预算") || w.equals("决算")
                || w.contains("数额")) {
            return "amount";
        }
        return null;
    }
}
