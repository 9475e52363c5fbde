package org.budgetworkbench.variation;

import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableType;

/** Prints what stands above a table: the part title, number, title, year row and captions, in a layout's order. */
final class TitlePrinter {
    private static final String[] CJK = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五"};

    private TitlePrinter() {
    }

    /** The table's number as the layout prints it ("" for none). */
    static String number(Layout layout, int n) {
        return switch (layout.numbering()) {
            case NONE -> "";
            case BIAO -> "表" + n;
            case FUBIAO -> "附表" + n;
            case GONGKAI -> String.format("公开%02d表", n);
            case GONGKAI_SPACED -> String.format("公开 %02d 表", n);
            case CJK -> "表" + CJK[n];
            case DASHED -> "表1-" + n;
        };
    }

    static String title(Layout layout, Document doc, String title) {
        return switch (layout.title()) {
            case PLAIN -> title;
            case YEAR_SPACED -> doc.year() + (doc.kind() == DocumentKind.FINAL ? " 年度 " : " 年 ") + spaced(title);
            case DEPARTMENT_YEAR -> doc.department() + doc.year() + "年" + title;
        };
    }

    /** "收入支出决算总表" → "收入支出 决算总表": a space where a typesetter put one. */
    private static String spaced(String title) {
        int at = Math.max(title.indexOf("决算"), title.indexOf("预算"));
        return at > 0 ? title.substring(0, at) + " " + title.substring(at) : title;
    }

    /** The part title (…公开表) stacked over the first table of a sheet. */
    static String partTitle(Document doc) {
        return doc.department() + doc.year() + "年部门" + doc.kind().chinese() + "公开表";
    }

    /** Prints the rows above the header; returns the row after them. */
    static void print(SheetPen pen, Layout layout, Document doc, int n, TableType type, String title, int width,
                      boolean yuan) {
        String number = number(layout, n);
        String shown = title(layout, doc, title);
        int w = Math.max(width, 2);
        if (number.isEmpty()) {
            pen.merged(pen.row++, 0, 1, w, shown);
        } else {
            switch (layout.numberPlace()) {
                case ABOVE -> {
                    pen.text(pen.row++, 0, number);
                    pen.merged(pen.row++, 0, 1, w, shown);
                }
                case BELOW -> {
                    pen.merged(pen.row++, 0, 1, w, shown);
                    pen.merged(pen.row++, 0, 1, w, number);
                }
                case SAME_ROW -> {
                    pen.text(pen.row, 0, number);
                    pen.merged(pen.row++, 1, 1, w - 1, shown);
                }
                default -> throw new IllegalStateException();
            }
        }
        if (layout.yearRow()) {
            pen.merged(pen.row++, 0, 1, w, doc.year() + "年度");
        }
        String unit = "单位：" + (yuan ? "元" : "万元");
        List<String> caption = switch (layout.caption()) {
            case UNIT -> List.of("", unit);
            case AMOUNT_UNIT -> List.of("", "金额" + unit);
            case UNIT_ASCII_COLON -> List.of("", unit.replace('：', ':'));
            case COMPILER_DEPARTMENT -> List.of("编制部门：" + doc.department(), unit);
            case COMPILER_UNIT -> List.of("编制单位：" + doc.department(), "金额" + unit);
            case DEPARTMENT_UNIT -> List.of("部门/单位：" + doc.department(), unit);
            case NONE -> List.of();
        };
        if (!caption.isEmpty()) {
            pen.text(pen.row, 0, caption.get(0));
            pen.text(pen.row, w - 1, caption.get(1));
            pen.row++;
        }
    }

    /** 目录: a list of table numbers and names before the first table. */
    static void contents(SheetPen pen, Layout layout, List<String> titles) {
        pen.text(pen.row++, 0, "目录");
        for (int i = 0; i < titles.size(); i++) {
            String number = number(layout, i + 1);
            pen.text(pen.row, 0, number.isEmpty() ? String.valueOf(i + 1) : number);
            pen.text(pen.row, 1, titles.get(i));
            pen.row++;
        }
        pen.row++;
    }
}
