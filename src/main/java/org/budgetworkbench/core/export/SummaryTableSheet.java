package org.budgetworkbench.core.export;

import static org.budgetworkbench.core.export.HeaderColumn.group;
import static org.budgetworkbench.core.export.HeaderColumn.leaf;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * 收支总表式的公开表: the two-sided summary tables (收支总表, 财政拨款收支总表, 公开01表, 公开04表) — 收入 on the
 * left, 支出 by function class on the right (and by economic class in a third block where the document has
 * one), each side 项目 | (行次) | amounts, the lines in the templates' wording, the totals of both sides on
 * one line.
 */
final class SummaryTableSheet {
    private static final String LABEL = "#label";
    private static final String LINE = "#line";

    private final SheetStyles styles;

    SummaryTableSheet(SheetStyles styles) {
        this.styles = styles;
    }

    /** One block of the table: its rows and amount columns, placed at {@code firstColumn}. */
    private record Side(String title, List<Row> rows, List<String> columns, int firstColumn) {
        int width(boolean lineNumbers) {
            return 1 + (lineNumbers ? 1 : 0) + columns.size();
        }

        SummarySides.Side layout() {
            return new SummarySides.Side(title, rows, columns);
        }
    }

    void write(Sheet sheet, String number, DisclosureTable table, String department, int year) {
        TableType type = table.type();
        boolean isFinal = type.kind() == DocumentKind.FINAL;
        List<Side> sides = new ArrayList<>();
        int col = 0;
        for (SummarySides.Side s : SummarySides.of(table)) {
            Side side = new Side(s.title(), s.rows(), s.columns(), col);
            sides.add(side);
            col += side.width(isFinal);
        }
        int width = col;

        SheetFrame.top(sheet, styles, number, CodedTableSheet.title(type, year), department, width);
        List<HeaderColumn> header = new ArrayList<>();
        for (Side side : sides) {
            header.add(sideHeader(type, side, isFinal));
        }
        int r = SheetFrame.BODY_ROW + HeaderWriter.write(sheet, styles, header, SheetFrame.BODY_ROW, 0);
        if (isFinal) {
            int n = 1;
            for (Side side : sides) {
                int c = side.firstColumn();
                styles.text(sheet, r, c++, "栏次", styles.header);
                styles.text(sheet, r, c++, "", styles.header);
                for (int i = 0; i < side.columns().size(); i++) {
                    styles.text(sheet, r, c++, String.valueOf(n++), styles.header);
                }
            }
            r++;
        }
        int lastHeader = r - 1;

        List<List<Row>> placed = SummarySides.align(sides.stream().map(Side::layout).toList());
        int lineNumber = 1;
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
            int top = 0;
            int sub = 0;
            List<Row> lines = placed.get(s);
            for (int i = 0; i < lines.size(); i++) {
                Row row = lines.get(i);
                int c = side.firstColumn();
                if (row == null) {
                    styles.empty(sheet, r + i, c++, styles.text);
                    if (isFinal) {
                        styles.empty(sheet, r + i, c++, styles.code);
                    }
                    for (int k = 0; k < side.columns().size(); k++) {
                        styles.empty(sheet, r + i, c++, styles.amount);
                    }
                    continue;
                }
                SummaryItemLabels.Label label = SummaryItemLabels.of(type, row.key(), row.name());
                String text = label.text();
                if (label.rank() == SummaryItemLabels.Rank.TOP) {
                    text = SummaryItemLabels.chineseNumber(++top) + "、" + text;
                    sub = 0;
                } else if (label.rank() == SummaryItemLabels.Rank.SUB) {
                    text = "（" + SummaryItemLabels.chineseNumber(++sub) + "）" + text;
                } else {
                    sub = 0;
                }
                boolean total = SummarySides.isTotalLine(row.key());
                styles.text(sheet, r + i, c++, text, total ? styles.textBold : styles.text);
                if (isFinal) {
                    styles.text(sheet, r + i, c++, String.valueOf(lineNumber++), styles.code);
                }
                for (String column : side.columns()) {
                    styles.number(sheet, r + i, c++, row.values().get(column),
                            total ? styles.amountBold : styles.amount);
                }
            }
        }
        SheetFrame.fitColumns(sheet, width, SheetFrame.BODY_ROW);
        SheetFrame.print(sheet, width, SheetFrame.BODY_ROW, lastHeader);
    }

    private static HeaderColumn sideHeader(TableType type, Side side, boolean isFinal) {
        List<HeaderColumn> kids = new ArrayList<>();
        kids.add(leaf("项目", LABEL));
        if (isFinal) {
            kids.add(leaf("行次", LINE));
        }
        String amountWord = type == TableType.FINAL_SUMMARY ? "金额" : isFinal ? "决算数" : "预算数";
        if (side.columns().size() == 1) {
            kids.add(leaf(amountWord, side.columns().get(0)));
        } else {
            List<HeaderColumn> amounts = new ArrayList<>();
            for (String c : side.columns()) {
                amounts.add(leaf(fundWord(c, isFinal), c));
            }
            kids.add(group(amountWord, amounts.toArray(HeaderColumn[]::new)));
        }
        return group(side.title(), kids.toArray(HeaderColumn[]::new));
    }

    private static String fundWord(String column, boolean isFinal) {
        String suffix = isFinal ? "财政拨款" : "";
        return switch (column) {
            case "total", "amount" -> isFinal ? "小计" : "合计";
            case "gpb" -> "一般公共预算" + suffix;
            case "gov_fund" -> "政府性基金预算" + suffix;
            case "state_capital" -> "国有资本经营预算" + suffix;
            // the 单位 收支总表's split of the expenditure side
            case "basic" -> "基本支出";
            case "personnel" -> "人员经费";
            case "public" -> "公用经费";
            case "project" -> "项目支出";
            default -> column;
        };
    }
}
