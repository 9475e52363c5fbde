package org.budgetworkbench.variation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * Prints a two-sided summary table (收支总表, 财政拨款收支总表, 收入支出决算总表): income on the left, expenditure on
 * the right, each 项目 with its figure columns; where the document has economic-class lines ({@code econ.*}), a
 * third side prints them (three-column 收支总表: income | function classes | economic classes). A unit's 收支总表
 * (caption 编制单位：X) prints 合计 | 基本支出 | 项目支出 on the expenditure side, which the reader keeps. The alt
 * template prints only the classes with money, renumbered
 * 一、二、…, and leaves out the 本年/结转 lines.
 */
final class SummaryPrinter {
    private static final String[] CJK = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
        "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六"};
    private final SheetPen pen;
    private final Layout layout;
    private final boolean yuan;

    /** The 支出总表 whose 基本/项目 figures a unit's 收支总表 prints beside each expenditure line, or null. */
    private final DisclosureTable split;

    SummaryPrinter(SheetPen pen, Layout layout, boolean yuan, DisclosureTable split) {
        this.pen = pen;
        this.layout = layout;
        this.yuan = yuan;
        this.split = split;
    }

    /**
     * The 单位 version of the 收支总表: the expenditure side prints 合计 | 基本支出 | 项目支出, read back as
     * {@code amount}, {@code basic} and {@code project} on the lines that print them.
     */
    private boolean unitSplit(DisclosureTable t) {
        return split != null && t.type() == TableType.BUDGET_SUMMARY
                && side(t, "expenditure.").columns().equals(List.of("amount"));
    }

    /** The 基本/项目 figure of an expenditure line, from the 支出总表's row of the same class (or its 合计). */
    private BigDecimal splitFigure(Row r, String column) {
        String item = r.key().substring(r.key().indexOf('.') + 1);
        String key = item.matches("\\d{3}") ? item : item.equals("current") || item.equals("grand_total") ? "total" : null;
        return key == null ? null : split.row(key).map(x -> x.values().get(column)).orElse(null);
    }

    /** An expenditure line with the 基本/项目 figures printed beside it: what the reader must give back. */
    private Row withSplit(Row r) {
        java.util.Map<String, BigDecimal> v = new java.util.LinkedHashMap<>(r.values());
        for (String c : List.of("basic", "project")) {
            BigDecimal figure = splitFigure(r, c);
            if (figure != null) {
                v.put(c, figure);
            }
        }
        return new Row(r.key(), r.name(), v);
    }

    private record Side(List<Row> rows, List<String> columns) {
    }

    int width(DisclosureTable t) {
        Side econ = side(t, "econ.");
        return 2 + side(t, "income.").columns().size() + side(t, "expenditure.").columns().size()
                + (unitSplit(t) ? 2 : 0)
                + (econ.rows().isEmpty() ? 0 : 1 + econ.columns().size());
    }

    private Side side(DisclosureTable t, String prefix) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Row r : t.rows()) {
            if (!r.key().startsWith(prefix)) {
                continue;
            }
            String item = r.key().substring(prefix.length());
            boolean empty = r.values().values().stream().allMatch(v -> v == null || v.signum() == 0);
            if (layout.altTemplate()) {
                boolean cls = item.matches("\\d{3}");
                if (cls && empty || item.equals("current") || (item.startsWith("carry") || item.equals("nonfiscal_balance")
                        || item.equals("surplus_distribution")) && empty) {
                    continue;
                }
                if (cls) {
                    r = new Row(r.key(), CJK[n++] + "、" + r.name().replaceFirst("^[一二三四五六七八九十]+、", ""),
                            r.values());
                }
            }
            rows.add(r);
        }
        List<String> columns = new ArrayList<>();
        for (String c : t.type().columns()) {
            if (rows.stream().anyMatch(r -> r.values().containsKey(c))) {
                columns.add(c);
            }
        }
        return new Side(rows, columns);
    }

    /** The columns printed on either side, in the type's order. */
    List<String> columns(DisclosureTable t) {
        java.util.Set<String> both = new java.util.HashSet<>(side(t, "income.").columns());
        both.addAll(side(t, "expenditure.").columns());
        both.addAll(side(t, "econ.").columns());
        if (unitSplit(t)) {
            both.addAll(List.of("basic", "project"));
        }
        return t.type().columns().stream().filter(both::contains).toList();
    }

    List<Row> print(DisclosureTable t) {
        Side income = side(t, "income.");
        Side expenditure = side(t, "expenditure.");
        Side econ = side(t, "econ.");
        boolean three = !econ.rows().isEmpty();
        int top = pen.row;
        pen.merged(top, 0, 1, 1 + income.columns().size(), "收入");
        int right = 1 + income.columns().size();
        // three-column 收支总表: the expenditure by function class, then the same money by economic class
        boolean unitSplit = unitSplit(t);
        int extra = unitSplit ? 2 : 0;
        pen.merged(top, right, 1, 1 + expenditure.columns().size() + extra, three ? "支出（按功能分类）" : "支出");
        int far = right + 1 + expenditure.columns().size() + extra;
        if (three) {
            pen.merged(top, far, 1, 1 + econ.columns().size(), "支出（按经济分类）");
            pen.text(top + 1, far, "项目");
            for (int i = 0; i < econ.columns().size(); i++) {
                pen.text(top + 1, far + 1 + i, word(t, econ.columns().get(i)));
            }
        }
        pen.text(top + 1, 0, "项目");
        for (int i = 0; i < income.columns().size(); i++) {
            pen.text(top + 1, 1 + i, word(t, income.columns().get(i)));
        }
        pen.text(top + 1, right, "项目");
        for (int i = 0; i < expenditure.columns().size(); i++) {
            pen.text(top + 1, right + 1 + i, unitSplit ? "合计" : word(t, expenditure.columns().get(i)));
        }
        if (unitSplit) {
            pen.text(top + 1, right + 2, "基本支出");
            pen.text(top + 1, right + 3, "项目支出");
        }
        pen.row = top + 2;
        if (layout.columnNumbers()) {
            pen.text(pen.row, 0, "栏次");
            int n = 1;
            for (int i = 0; i < income.columns().size(); i++) {
                pen.text(pen.row, 1 + i, String.valueOf(n++));
            }
            pen.text(pen.row, right, "栏次");
            for (int i = 0; i < expenditure.columns().size() + extra; i++) {
                pen.text(pen.row, right + 1 + i, String.valueOf(n++));
            }
            if (three) {
                pen.text(pen.row, far, "栏次");
                for (int i = 0; i < econ.columns().size(); i++) {
                    pen.text(pen.row, far + 1 + i, String.valueOf(n++));
                }
            }
            pen.row++;
        }
        pen.bodyTop = pen.row;
        int lines = Math.max(Math.max(income.rows().size(), expenditure.rows().size()), econ.rows().size());
        for (int i = 0; i < lines; i++) {
            if (i < income.rows().size()) {
                line(income.rows().get(i), 0, income.columns());
            }
            if (i < expenditure.rows().size()) {
                Row e = expenditure.rows().get(i);
                line(e, right, expenditure.columns());
                if (unitSplit) {
                    pen.amount(pen.row, right + 2, splitFigure(e, "basic"), yuan);
                    pen.amount(pen.row, right + 3, splitFigure(e, "project"), yuan);
                }
            }
            if (i < econ.rows().size()) {
                line(econ.rows().get(i), far, econ.columns());
            }
            pen.row++;
        }
        List<Row> printed = new ArrayList<>(income.rows());
        for (Row e : expenditure.rows()) {
            printed.add(unitSplit ? withSplit(e) : e);
        }
        printed.addAll(econ.rows());
        return printed;
    }

    private void line(Row r, int col, List<String> columns) {
        String item = r.key().substring(r.key().indexOf('.') + 1);
        boolean codeInName = layout.codes() == Layout.Codes.CODE_IN_NAME && item.matches("\\d{3}");
        pen.text(pen.row, col, codeInName ? item + " " + r.name().replaceFirst("^[一二三四五六七八九十]+、", "") : r.name());
        for (int i = 0; i < columns.size(); i++) {
            BigDecimal v = r.values().get(columns.get(i));
            pen.amount(pen.row, col + 1 + i, v, yuan);
        }
    }

    private static String word(DisclosureTable t, String column) {
        return switch (column) {
            case "amount" -> t.type().kind() == DocumentKind.FINAL ? "决算数" : "预算数";
            case "total" -> "合计";
            case "gpb" -> "一般公共预算财政拨款";
            case "gov_fund" -> "政府性基金预算财政拨款";
            case "state_capital" -> "国有资本经营预算财政拨款";
            default -> column;
        };
    }
}
