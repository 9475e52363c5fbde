package org.budgetworkbench.variation;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;

/**
 * 公开06表 (基本支出决算明细表) side by side: 人员经费 in the first block, 公用经费 in the second — or over the second
 * and third (alt template) — each block code | name | 决算数, its 合计 on the last line.
 */
final class BlockPrinter {
    private final SheetPen pen;
    private final Layout layout;
    private final boolean yuan;

    BlockPrinter(SheetPen pen, Layout layout, boolean yuan) {
        this.pen = pen;
        this.layout = layout;
        this.yuan = yuan;
    }

    private boolean nameHoldsCode() {
        return layout.codes() == Layout.Codes.CODE_IN_NAME;
    }

    int blockWidth() {
        return nameHoldsCode() ? 2 : 3;
    }

    int width() {
        return blockWidth() * (layout.altTemplate() ? 3 : 2);
    }

    /** Prints header and rows; returns the rows the reader should give. */
    List<Row> print(DisclosureTable t) {
        List<Row> personnel = new ArrayList<>();
        List<Row> pub = new ArrayList<>();
        List<Row> totals = new ArrayList<>();
        for (Row r : t.rows()) {
            if (!RowKeys.isClassificationCode(r.key())) {
                totals.add(r);
            } else if (r.key().startsWith("301") || r.key().startsWith("303")) {
                personnel.add(r);
            } else {
                pub.add(r);
            }
        }
        List<List<Row>> blocks = new ArrayList<>();
        blocks.add(personnel);
        if (layout.altTemplate()) {
            int half = (pub.size() + 1) / 2;
            blocks.add(pub.subList(0, half));
            blocks.add(pub.subList(half, pub.size()));
        } else {
            blocks.add(pub);
        }
        int bw = blockWidth();
        int top = pen.row;
        pen.merged(top, 0, 1, bw, "人员经费");
        pen.merged(top, bw, 1, bw * (blocks.size() - 1), "公用经费");
        for (int b = 0; b < blocks.size(); b++) {
            int c = b * bw;
            if (nameHoldsCode()) {
                pen.text(top + 1, c, "科目名称");
            } else {
                pen.text(top + 1, c, "科目编码");
                pen.text(top + 1, c + 1, "科目名称");
            }
            pen.text(top + 1, c + bw - 1, "决算数");
        }
        int first = top + 2;
        pen.bodyTop = first;
        int height = blocks.stream().mapToInt(List::size).max().orElse(0);
        for (int b = 0; b < blocks.size(); b++) {
            List<Row> rows = blocks.get(b);
            int c = b * bw;
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                if (nameHoldsCode()) {
                    pen.text(first + i, c, r.key() + " " + r.name());
                } else {
                    pen.text(first + i, c, r.key());
                    pen.text(first + i, c + 1, r.name());
                }
                pen.amount(first + i, c + bw - 1, r.values().get("amount"), yuan);
            }
        }
        int totalRow = first + height;
        for (Row total : totals) {
            int b = total.key().equals("personnel_total") ? 0 : blocks.size() - 1;
            pen.text(totalRow, b * bw, total.name());
            pen.amount(totalRow, b * bw + bw - 1, total.values().get("amount"), yuan);
        }
        pen.row = totalRow + 1;
        List<Row> printed = new ArrayList<>(personnel);
        printed.addAll(pub);
        printed.addAll(totals);
        return printed;
    }
}
