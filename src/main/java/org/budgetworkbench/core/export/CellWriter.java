package org.budgetworkbench.core.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetworkbench.model.CellRef;

/**
 * Writes values into the cells of a department's workbook for {@link WriteBack} (回写单元格): a cell is touched
 * only when its value changes, a formula is never overwritten, and a cell inside a merged block is written in
 * the block's first cell (the one the sheet shows). Each cell written is counted once; what could not be
 * written is kept with the reason, for the analyst.
 */
final class CellWriter {
    private static final DataFormatter DISPLAY = new DataFormatter();
    /** Amounts closer than this (half a fen of 万元) are the same figure printed differently. */
    private static final BigDecimal SAME = new BigDecimal("0.005");
    /** What a cell prints before its text and keeps on rewrite: "1." numbering, or a goal label "年度目标1（30分）：". */
    private static final Pattern KEPT_PREFIX = Pattern.compile(
            "^(\\s*(?:[0-9]{1,2}\\s*[.、．]|[^:：]{0,16}目标\\s*[0-9一二三四五六七八九十]{0,3}\\s*"
                    + "(?:[（(][^)）]{0,8}[)）])?\\s*[:：])\\s*)");

    private final Workbook wb;
    private final Set<CellRef> written = new LinkedHashSet<>();
    private final List<String> skipped = new ArrayList<>();

    CellWriter(Workbook wb) {
        this.wb = wb;
    }

    List<CellRef> written() {
        return List.copyOf(written);
    }

    List<String> skipped() {
        return skipped;
    }

    void skip(String note) {
        skipped.add(note);
    }

    /** The cell that shows this one: the first cell of its merged block, or itself. Null for a PDF place. */
    CellRef shown(CellRef ref) {
        if (ref == null || ref.sheet() == null) {
            return null;
        }
        Sheet sheet = wb.getSheet(ref.sheet());
        if (sheet != null) {
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                if (m.isInRange(ref.row(), ref.column())) {
                    return CellRef.sheetCell(ref.sheet(), m.getFirstRow(), m.getFirstColumn());
                }
            }
        }
        return ref;
    }

    /** What the cell shows now, "" for a missing cell. */
    String text(CellRef ref) {
        CellRef at = shown(ref);
        if (at == null) {
            return "";
        }
        Sheet sheet = wb.getSheet(at.sheet());
        org.apache.poi.ss.usermodel.Row r = sheet == null ? null : sheet.getRow(at.row());
        Cell c = r == null ? null : r.getCell(at.column());
        return c == null ? "" : DISPLAY.formatCellValue(c);
    }

    void amount(CellRef ref, BigDecimal value, String what) {
        Cell cell = cell(ref, what);
        if (cell == null) {
            return;
        }
        BigDecimal before = numeric(cell);
        BigDecimal a = before == null ? BigDecimal.ZERO : before;
        BigDecimal b = value == null ? BigDecimal.ZERO : value;
        if (a.subtract(b).abs().compareTo(SAME) < 0) {
            return;  // blank and 0 are alike; the same figure is never rewritten
        }
        if (formula(cell, ref, what)) {
            return;
        }
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.doubleValue());  // the cell keeps its style: format, font, borders
        }
        written.add(shown(ref));
    }

    /** Writes a text as the cell's whole content. */
    void text(CellRef ref, String value, String what) {
        Cell cell = cell(ref, what);
        if (cell == null) {
            return;
        }
        // compare with what the cell shows (a 100% cell holds 1.0), whitespace aside as the reader drops it
        String before = DISPLAY.formatCellValue(cell);
        String now = value == null ? "" : value;
        if (asRead(before).equals(asRead(now)) || sameNumber(cell, now)) {
            return;
        }
        if (formula(cell, ref, what)) {
            return;
        }
        cell.setCellValue(now);  // as text, never a formula
        written.add(shown(ref));
    }

    /**
     * Writes a name or a goal's text, keeping what the cell prints before it: its "1." numbering or the goal's
     * label ("年度目标1（30分）："), which the reader took apart from the text.
     */
    void labelledText(CellRef ref, String value, String what) {
        Matcher m = KEPT_PREFIX.matcher(text(ref));
        String now = value == null ? "" : value.strip();
        text(ref, m.find() && !KEPT_PREFIX.matcher(now).find() ? m.group(1) + now : now, what);
    }

    private boolean formula(Cell cell, CellRef ref, String what) {
        if (cell.getCellType() == CellType.FORMULA) {
            // A formula computes its value from other cells; those are corrected, the formula stays.
            skipped.add(what + "：" + ref.sheet() + "!" + shown(ref).address() + " 是公式单元格，未改写");
            return true;
        }
        return false;
    }

    /** A value as the reader takes it: no whitespace, no "1." in front, no closing ；. */
    static String asRead(String s) {
        return s.replaceAll("\\s+", "").replaceFirst("^[0-9]+[.、．]", "").replaceFirst("[；;。，,]+$", "");
    }

    /** A numeric cell (20, or 1 shown as 100%) that already holds the value the text names. */
    private static boolean sameNumber(Cell cell, String text) {
        if (cell.getCellType() != CellType.NUMERIC) {
            return false;
        }
        String t = text.strip();
        boolean percent = t.endsWith("%");
        try {
            double v = Double.parseDouble(percent ? t.substring(0, t.length() - 1) : t);
            double stored = cell.getNumericCellValue();
            return Math.abs(stored - v) < 1e-9 || percent && Math.abs(stored * 100 - v) < 1e-9;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Cell cell(CellRef ref, String what) {
        CellRef at = shown(ref);
        if (at == null) {
            return null;  // read from a PDF: there is no cell to write back into
        }
        Sheet sheet = wb.getSheet(at.sheet());
        if (sheet == null) {
            skipped.add(what + "：原工作簿中没有工作表“" + at.sheet() + "”");
            return null;
        }
        org.apache.poi.ss.usermodel.Row r = sheet.getRow(at.row());
        if (r == null) {
            r = sheet.createRow(at.row());
        }
        Cell c = r.getCell(at.column());
        return c == null ? r.createCell(at.column()) : c;
    }

    /** The cell's value as a number: a number, a formula's cached number, or text that reads as one. */
    static BigDecimal numeric(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                return BigDecimal.valueOf(cell.getNumericCellValue());
            case STRING:
                String s = cell.getStringCellValue().replace(",", "").replace("，", "").strip();
                if (s.isEmpty() || s.equals("-")) {
                    return null;
                }
                try {
                    return new BigDecimal(s);
                } catch (NumberFormatException e) {
                    return null;
                }
            default:
                return null;
        }
    }
}
