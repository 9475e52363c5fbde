package org.budgetworkbench.model;

import java.util.List;

/**
 * The standard disclosure tables (公开表), with the column ids extract@1 gives each.
 * Numbering and titles differ by district; the content and these ids do not.
 */
public enum TableType {
    // the 单位 version splits the expenditure side into 合计 (amount) | 基本支出 (人员经费, 公用经费) | 项目支出
    BUDGET_SUMMARY("budget.summary", DocumentKind.BUDGET, "收支总表", RowShape.ITEMS,
            List.of("amount", "basic", "personnel", "public", "project")),
    BUDGET_INCOME("budget.income", DocumentKind.BUDGET, "收入总表", RowShape.UNITS_OR_FUNCTION,
            List.of("total", "fiscal", "gpb", "gov_fund", "state_capital", "special_account", "business", "operating",
                    "superior_subsidy", "affiliated", "other", "carryover", "carryover_gpb", "carryover_gov_fund",
                    "carryover_state_capital", "carryover_special_account", "carryover_unit")),
    BUDGET_EXPENDITURE("budget.expenditure", DocumentKind.BUDGET, "支出总表", RowShape.FUNCTION,
            List.of("total", "basic", "project", "operating", "to_superior", "to_affiliated", "carryforward")),
    BUDGET_FISCAL_SUMMARY("budget.fiscal_summary", DocumentKind.BUDGET, "财政拨款收支总表", RowShape.ITEMS,
            List.of("amount", "gpb", "gov_fund", "state_capital")),
    BUDGET_GPB_EXPENDITURE("budget.gpb_expenditure", DocumentKind.BUDGET, "一般公共预算支出表", RowShape.FUNCTION,
            List.of("total", "basic", "personnel", "public", "project")),
    BUDGET_GPB_BASIC("budget.gpb_basic", DocumentKind.BUDGET, "一般公共预算基本支出表", RowShape.ECONOMIC,
            List.of("total", "personnel", "public")),
    BUDGET_THREE_PUBLIC("budget.three_public", DocumentKind.BUDGET, "一般公共预算“三公”经费支出表", RowShape.TOTAL_ONLY,
            List.of("total", "overseas", "vehicle", "vehicle_purchase", "vehicle_operation", "reception",
                    "admin_running")),
    BUDGET_GOV_FUND("budget.gov_fund", DocumentKind.BUDGET, "政府性基金预算支出表", RowShape.FUNCTION,
            List.of("total", "basic", "project")),
    BUDGET_STATE_CAPITAL("budget.state_capital", DocumentKind.BUDGET, "国有资本经营预算支出表", RowShape.FUNCTION,
            List.of("total", "basic", "project")),
    BUDGET_PROJECTS("budget.projects", DocumentKind.BUDGET, "项目支出表", RowShape.PROJECTS,
            List.of("total", "gpb", "gov_fund", "state_capital", "carryover_gpb", "carryover_gov_fund",
                    "carryover_state_capital", "special_account", "unit_funds", "business", "superior_subsidy",
                    "operating", "other", "carryover")),
    BUDGET_PROCUREMENT("budget.procurement", DocumentKind.BUDGET, "政府采购预算表", RowShape.PROJECTS,
            List.of("total", "gpb", "gov_fund", "business", "operating", "superior_subsidy", "other", "carryover")),
    BUDGET_PURCHASE_SERVICES("budget.purchase_services", DocumentKind.BUDGET, "政府购买服务预算表", RowShape.PROJECTS,
            List.of("total", "gpb", "gov_fund", "business", "other", "carryover")),

    FINAL_SUMMARY("final.summary", DocumentKind.FINAL, "收入支出决算总表", RowShape.ITEMS, List.of("amount")),
    FINAL_INCOME("final.income", DocumentKind.FINAL, "收入决算表", RowShape.FUNCTION,
            List.of("total", "fiscal", "superior_subsidy", "business", "operating", "affiliated", "other")),
    FINAL_EXPENDITURE("final.expenditure", DocumentKind.FINAL, "支出决算表", RowShape.FUNCTION,
            List.of("total", "basic", "project", "to_superior", "operating", "to_affiliated")),
    FINAL_FISCAL_SUMMARY("final.fiscal_summary", DocumentKind.FINAL, "财政拨款收入支出决算总表", RowShape.ITEMS,
            List.of("total", "gpb", "gov_fund", "state_capital")),
    FINAL_GPB_EXPENDITURE("final.gpb_expenditure", DocumentKind.FINAL, "一般公共预算财政拨款支出决算表", RowShape.FUNCTION,
            List.of("total", "basic", "project")),
    FINAL_GPB_BASIC("final.gpb_basic", DocumentKind.FINAL, "一般公共预算财政拨款基本支出决算明细表", RowShape.ECONOMIC,
            List.of("amount")),
    FINAL_GOV_FUND("final.gov_fund", DocumentKind.FINAL, "政府性基金预算财政拨款收入支出决算表", RowShape.FUNCTION,
            List.of("opening", "income", "total", "basic", "project", "closing")),
    FINAL_STATE_CAPITAL("final.state_capital", DocumentKind.FINAL, "国有资本经营预算财政拨款支出决算表", RowShape.FUNCTION,
            List.of("total", "basic", "project")),
    FINAL_THREE_PUBLIC("final.three_public", DocumentKind.FINAL, "财政拨款“三公”经费支出决算表", RowShape.TOTAL_ONLY,
            List.of("budget_total", "budget_overseas", "budget_vehicle", "budget_vehicle_purchase",
                    "budget_vehicle_operation", "budget_reception", "final_total", "final_overseas", "final_vehicle",
                    "final_vehicle_purchase", "final_vehicle_operation", "final_reception"));

    /** How a table's rows are keyed. */
    public enum RowShape {
        /** two-sided summary tables: income.* / expenditure.* item ids */
        ITEMS,
        /** function classification codes (类/款/项) and a total */
        FUNCTION,
        /** economic classification codes (类/款) and a total */
        ECONOMIC,
        /** unit rows or function codes (收入总表) */
        UNITS_OR_FUNCTION,
        /** unit rows then project rows */
        PROJECTS,
        /** one total row (or per unit) */
        TOTAL_ONLY
    }

    private final String id;
    private final DocumentKind kind;
    private final String standardTitle;
    private final RowShape rowShape;
    private final List<String> columns;

    TableType(String id, DocumentKind kind, String standardTitle, RowShape rowShape, List<String> columns) {
        this.id = id;
        this.kind = kind;
        this.standardTitle = standardTitle;
        this.rowShape = rowShape;
        this.columns = columns;
    }

    /** The id used in extract@1 and findings@1, e.g. {@code budget.expenditure}. */
    public String id() {
        return id;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The title the standard template prints. */
    public String standardTitle() {
        return standardTitle;
    }

    public RowShape rowShape() {
        return rowShape;
    }

    /** Column ids in the order the standard template prints them, the workbench's own ones included. */
    public List<String> columns() {
        return columns;
    }

    /**
     * Columns some templates print that the extract@1 contract names no id for; the workbench reads, keeps, shows
     * and checks them, and writes them to extract@1 as additions the contract leaves room for (as the 单位
     * 收支总表's split): the 收入总表's 财政拨款收入 (the sum of the fund columns,
     * printed by templates that leave the funds out — Shanghai's 收入预算总表: 合计 | 财政拨款收入 | 事业收入 | …) and
     * the 三公 table's 机关运行经费 (Shanghai's “三公”经费和机关运行经费预算表 prints 机关运行经费预算数 next to the
     * 三公 columns; it is not part of the 三公 合计).
     */
    public boolean isContractColumn(String column) {
        return !(this == BUDGET_INCOME && column.equals("fiscal")
                || this == BUDGET_THREE_PUBLIC && column.equals("admin_running"));
    }

    /** The columns extract@1 names for this type, in the template's order. */
    public List<String> contractColumns() {
        return columns.stream().filter(this::isContractColumn).toList();
    }

    public static TableType fromId(String id) {
        for (TableType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown table type: " + id);
    }

    public static List<TableType> of(DocumentKind kind) {
        return java.util.Arrays.stream(values()).filter(t -> t.kind == kind).toList();
    }
}
