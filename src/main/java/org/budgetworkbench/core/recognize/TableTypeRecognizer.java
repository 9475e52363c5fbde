package org.budgetworkbench.core.recognize;

import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableType;

/**
 * 表种识别: which standard table a title names, by its content words — numbering differs by district (表4
 * is one table here and another there), the words do not. 预算 or 决算 comes from the title, else from the
 * document.
 */
public final class TableTypeRecognizer {

    /** The table's content, whatever the kind. */
    enum Base {
        SUMMARY, INCOME, EXPENDITURE, FISCAL_SUMMARY, GPB_EXPENDITURE, GPB_BASIC, THREE_PUBLIC, GOV_FUND,
        STATE_CAPITAL, PROJECTS, PROCUREMENT, PURCHASE_SERVICES
    }

    /** The content a title names, or null (a performance form, a cover, anything else). */
    Base base(String title) {
        String t = Texts.fold(title).replaceAll("^[0-9]{4}年度?", "");
        if (t.isEmpty() || t.contains("绩效") || t.contains("自评") || t.contains("目录")) {
            return null;
        }
        if (t.contains("三公")) {
            return Base.THREE_PUBLIC;
        }
        if (t.contains("基本支出")) {
            return Base.GPB_BASIC;
        }
        if (t.contains("政府性基金")) {
            return Base.GOV_FUND;
        }
        if (t.contains("国有资本经营")) {
            return Base.STATE_CAPITAL;
        }
        if (t.contains("政府采购")) {
            return Base.PROCUREMENT;
        }
        if (t.contains("购买服务")) {
            return Base.PURCHASE_SERVICES;
        }
        if (t.contains("项目支出")) {
            return Base.PROJECTS;
        }
        boolean both = t.matches(".*收(入)?[^表]*支(出)?.*总表.*") || t.contains("收支") || t.contains("收入支出");
        if (t.contains("财政拨款") && both) {
            return Base.FISCAL_SUMMARY;
        }
        if (t.contains("一般公共预算") && t.contains("支出")) {
            return Base.GPB_EXPENDITURE;
        }
        if (both) {
            return Base.SUMMARY;
        }
        if (t.contains("收入")) {
            return Base.INCOME;
        }
        if (t.contains("支出")) {
            return Base.EXPENDITURE;
        }
        return null;
    }

    /** The table type of a title in a document of the given kind (the title's own 预算/决算 wins). */
    public TableType recognise(String title, DocumentKind documentKind) {
        Base b = base(title);
        if (b == null) {
            return null;
        }
        DocumentKind own = TableKindWords.of(title);
        return type(b, own != null ? own : documentKind);
    }

    static TableType type(Base base, DocumentKind kind) {
        DocumentKind k = kind == null ? DocumentKind.BUDGET : kind;
        try {
            return TableType.valueOf(k.name() + "_" + base.name());
        } catch (IllegalArgumentException e) {
            // a table only one kind has (项目支出表 is a budget table): take that one
            DocumentKind other = k == DocumentKind.BUDGET ? DocumentKind.FINAL : DocumentKind.BUDGET;
            return TableType.valueOf(other.name() + "_" + base.name());
        }
    }
}
