package org.budgetworkbench.core.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;

/**
 * 按科目编码排列的公开表: the tables whose rows are keyed by a code — 支出总表, 一般公共预算支出表, 基本支出表,
 * 项目支出表, 公开02/03/05/07/08表, the 三公 tables … One row per table row: the code as text, the name, the
 * amounts as numbers; the 合计 row with a blank code. Final-accounts tables get the 栏次 row their template has.
 */
final class CodedTableSheet {
    private final SheetStyles styles;

    CodedTableSheet(SheetStyles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, String number, DisclosureTable table, String department, int year) {
        TableType type = table.type();
        TableHeaders.Keys keys = keys(table);
        Set<String> present = presentColumns(table);
        List<HeaderColumn> header = HeaderColumn.keep(TableHeaders.of(type, keys), HeaderColumn.keyOr(present));
        List<HeaderColumn> leaves = HeaderColumn.leaves(header);
        int width = leaves.size();

        SheetFrame.top(sheet, styles, number, title(type, year), department, width);
        int headerRows = HeaderWriter.write(sheet, styles, header, SheetFrame.BODY_ROW, 0);
        int r = SheetFrame.BODY_ROW + headerRows;
        if (type.kind() == DocumentKind.FINAL) {
            columnNumbers(sheet, r, leaves, keys);
            r++;
        }
        int lastHeader = r - 1;
        if (table.rows().isEmpty()) {
            String what = type.standardTitle().replaceFirst("表$", "");
            styles.text(sheet, r, 0, "本部门" + year + "年无" + what, styles.text);
            for (int c = 1; c < width; c++) {
                styles.empty(sheet, r, c, styles.text);
            }
            if (width > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            }
        }
        for (Row row : table.rows()) {
            writeRow(sheet, r++, row, leaves);
        }
        SheetFrame.fitColumns(sheet, width, SheetFrame.BODY_ROW);
        SheetFrame.print(sheet, width, SheetFrame.BODY_ROW, lastHeader);
    }

    private void writeRow(Sheet sheet, int r, Row row, List<HeaderColumn> leaves) {
        boolean total = row.isTotal();
        for (int c = 0; c < leaves.size(); c++) {
            String column = leaves.get(c).column();
            if (HeaderColumn.CODE.equals(column)) {
                styles.text(sheet, r, c, printedCode(row.key()), styles.code);
            } else if (HeaderColumn.NAME.equals(column)) {
                styles.text(sheet, r, c, total ? "合计" : row.name(), total ? styles.textBold : styles.text);
            } else {
                styles.number(sheet, r, c, row.values().get(column), total ? styles.amountBold : styles.amount);
            }
        }
    }

    /** 栏次: the key columns say so, the amount columns are numbered 1, 2, 3 … as the templates print them. */
    private void columnNumbers(Sheet sheet, int r, List<HeaderColumn> leaves, TableHeaders.Keys keys) {
        int n = 1;
        for (int c = 0; c < leaves.size(); c++) {
            String column = leaves.get(c).column();
            String text;
            if (HeaderColumn.CODE.equals(column)) {
                text = keys == TableHeaders.Keys.FUNCTION ? "类 款 项" : "";
            } else if (HeaderColumn.NAME.equals(column)) {
                text = "栏次";
            } else {
                text = String.valueOf(n++);
            }
            styles.text(sheet, r, c, text, styles.header);
        }
    }

    /** The code as the table prints it: the full code, a unit's code, a project code; blank for 合计. */
    static String printedCode(String key) {
        if (key == null || RowKeys.TOTAL.equals(key) || key.startsWith(RowKeys.NAME_PREFIX)) {
            return "";
        }
        if (key.startsWith(RowKeys.UNIT_PREFIX)) {
            String unit = key.substring(RowKeys.UNIT_PREFIX.length());
            // A unit known only by name has no code to print; its name goes in the name column.
            return unit.matches("[0-9A-Za-z]+") ? unit : "";
        }
        return key;
    }

    /** The printed title carries the fiscal year, as the published templates do, so the sheet stands alone. */
    static String title(TableType type, int year) {
        return year + (type.kind() == DocumentKind.FINAL ? "年度" : "年") + type.standardTitle();
    }

    private static TableHeaders.Keys keys(DisclosureTable table) {
        return switch (table.type().rowShape()) {
            case ECONOMIC -> TableHeaders.Keys.ECONOMIC;
            case PROJECTS -> TableHeaders.Keys.PROJECTS;
            case FUNCTION -> TableHeaders.Keys.FUNCTION;
            case UNITS_OR_FUNCTION -> table.rows().stream().anyMatch(r -> RowKeys.isClassificationCode(r.key()))
                    ? TableHeaders.Keys.FUNCTION : TableHeaders.Keys.UNITS;
            case TOTAL_ONLY -> table.rows().stream().allMatch(Row::isTotal) ? TableHeaders.Keys.NONE
                    : table.rows().stream().anyMatch(r -> RowKeys.isClassificationCode(r.key()))
                    ? TableHeaders.Keys.FUNCTION : TableHeaders.Keys.UNITS;
            default -> throw new IllegalArgumentException("not a coded table: " + table.type().id());
        };
    }

    /**
     * The columns the table prints (an absent column is left out, not written as 0); all of the template's
     * when it has none at all.
     */
    private static Set<String> presentColumns(DisclosureTable table) {
        Set<String> present = new LinkedHashSet<>(table.columns());
        if (present.isEmpty()) {
            present.addAll(table.type().contractColumns());
        }
        return present;
    }
}
