package org.budgetworkbench.core.export;

import static org.budgetworkbench.core.export.HeaderColumn.group;
import static org.budgetworkbench.core.export.HeaderColumn.leaf;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;

/**
 * 一般公共预算财政拨款基本支出决算明细表 (公开06表): 人员经费 and 公用经费 side by side in three blocks of
 * 经济分类科目编码 | 科目名称 | 决算数 — 人员经费 (301, 303) in the first, 商品和服务支出 (302) in the second, the
 * other 公用经费 classes (310 资本性支出 …) in the third — closed by 人员经费合计 and 公用经费合计.
 */
final class BasicExpenditureDetailSheet {
    private static final int BLOCK = 3;
    private static final String PERSONNEL_TOTAL = "personnel_total";
    private static final String PUBLIC_TOTAL = "public_total";

    private final SheetStyles styles;

    BasicExpenditureDetailSheet(SheetStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, String number, DisclosureTable table, String department, int year) {
        List<List<Row>> blocks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Row personnelTotal = null;
        Row publicTotal = null;
        for (Row r : table.rows()) {
            if (PERSONNEL_TOTAL.equals(r.key())) {
                personnelTotal = r;
            } else if (PUBLIC_TOTAL.equals(r.key())) {
                publicTotal = r;
            } else {
                blocks.get(block(r.key())).add(r);
            }
        }
        int width = BLOCK * 3;
        SheetFrame.top(sheet, styles, number, CodedTableSheet.title(table.type(), year), department, width);
        List<HeaderColumn> header = List.of(
                group("人员经费", blockHeader("1")),
                group("公用经费", concat(blockHeader("2"), blockHeader("3"))));
        int r = SheetFrame.BODY_ROW + HeaderWriter.write(sheet, styles, header, SheetFrame.BODY_ROW, 0);
        int lastHeader = r - 1;
        int length = blocks.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < length; i++) {
            for (int b = 0; b < 3; b++) {
                int c = b * BLOCK;
                List<Row> rows = blocks.get(b);
                if (i < rows.size()) {
                    Row row = rows.get(i);
                    styles.text(sheet, r + i, c, CodedTableSheet.printedCode(row.key()), styles.code);
                    styles.text(sheet, r + i, c + 1, row.name(), styles.text);
                    styles.number(sheet, r + i, c + 2, row.values().get("amount"), styles.amount);
                } else {
                    styles.empty(sheet, r + i, c, styles.code);
                    styles.empty(sheet, r + i, c + 1, styles.text);
                    styles.empty(sheet, r + i, c + 2, styles.amount);
                }
            }
        }
        int totals = r + length;
        styles.text(sheet, totals, 0, "人员经费合计", styles.textBold);
        styles.empty(sheet, totals, 1, styles.textBold);
        sheet.addMergedRegion(new CellRangeAddress(totals, totals, 0, 1));
        styles.number(sheet, totals, 2, personnelTotal == null ? null : personnelTotal.values().get("amount"),
                styles.amountBold);
        styles.text(sheet, totals, BLOCK, "公用经费合计", styles.textBold);
        for (int c = BLOCK + 1; c < width - 1; c++) {
            styles.empty(sheet, totals, c, styles.textBold);
        }
        sheet.addMergedRegion(new CellRangeAddress(totals, totals, BLOCK, width - 2));
        styles.number(sheet, totals, width - 1, publicTotal == null ? null : publicTotal.values().get("amount"),
                styles.amountBold);
        SheetFrame.fitColumns(sheet, width, SheetFrame.BODY_ROW);
        SheetFrame.print(sheet, width, SheetFrame.BODY_ROW, lastHeader);
    }

    /** 人员经费 = 301 + 303; 302 is the second block; every other class the third. */
    private static int block(String code) {
        if (code.startsWith("301") || code.startsWith("303")) {
            return 0;
        }
        return code.startsWith("302") ? 1 : 2;
    }

    private static HeaderColumn[] blockHeader(String n) {
        return new HeaderColumn[] {
            leaf("经济分类科目编码", "#code" + n), leaf("科目名称", "#name" + n), leaf("决算数", "#amount" + n)};
    }

    private static HeaderColumn[] concat(HeaderColumn[] a, HeaderColumn[] b) {
        HeaderColumn[] out = new HeaderColumn[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
