package org.budgetworkbench.core.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Map;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;

/**
 * 审核发现清单: the findings of one document or of many as a workbook an analyst can filter and hand on —
 * one row per finding, 严重程度 | 表 | 位置 | 说明 | 发现值 | 应为值 | 状态, with 部门/年度/类型 in front when
 * several documents are listed.
 */
public final class FindingsReportWriter {
    /** The status of a finding not yet looked at. */
    public static final String OPEN = "待处理";

    /** The findings of one document, and the analyst's status per finding fingerprint where known. */
    public record Entry(String department, int year, DocumentKind kind, List<Finding> findings,
                        Map<String, String> status) {
        public Entry {
            findings = List.copyOf(findings);
            status = status == null ? Map.of() : Map.copyOf(status);
        }

        public Entry(String department, int year, DocumentKind kind, List<Finding> findings) {
            this(department, year, kind, findings, Map.of());
        }
    }

    private static final List<String> COLUMNS = List.of("严重程度", "表", "位置", "说明", "发现值", "应为值", "状态");
    /**
     * Column widths in characters, as narrow as their content allows: the sheet prints fitted to the width of a
     * landscape A4, and every character of width taken here makes the print smaller (all columns of a report of
     * many documents still print at about 7.5 points).
     */
    private static final int[] WIDTHS = {8, 18, 30, 60, 13, 13, 16};
    private static final int WHOSE_WIDTH = 24;

    /** One document's findings: no 部门/年度/类型 column. */
    public void write(Entry entry, Path out) throws IOException {
        write(List.of(entry), false, out);
    }

    /** Many documents' findings on one sheet, each row saying whose it is. */
    public void write(List<Entry> entries, Path out) throws IOException {
        write(entries, true, out);
    }

    private void write(List<Entry> entries, boolean many, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            Sheet sheet = wb.createSheet("审核发现");
            List<String> header = new ArrayList<>();
            if (many) {
                header.add("部门/年度/类型");
            }
            header.addAll(COLUMNS);
            for (int c = 0; c < header.size(); c++) {
                styles.text(sheet, 0, c, header.get(c), styles.header);
            }
            int[] widths = widths(many);
            SheetStyles.row(sheet, 0).setHeightInPoints(height(header, widths));
            int r = 1;
            for (Entry e : entries) {
                for (Finding f : e.findings()) {
                    int c = 0;
                    List<String> texts = new ArrayList<>();
                    if (many) {
                        texts.add(e.department() + " " + e.year() + "年 " + e.kind().chinese());
                    }
                    texts.addAll(List.of(f.severity().chinese(), PlaceWords.table(f.where()),
                            PlaceWords.place(f.where()), f.message()));
                    for (String t : texts) {
                        styles.text(sheet, r, c++, t, styles.text);
                    }
                    // a pair that reads the same says nothing and looks like a contradiction: both left blank
                    boolean same = java.util.Objects.equals(shown(f.found()), shown(f.expected()));
                    figure(styles, sheet, r, c++, same ? null : f.found());
                    figure(styles, sheet, r, c++, same ? null : f.expected());
                    String status = e.status().getOrDefault(f.fingerprint(), OPEN);
                    styles.text(sheet, r, c, status, styles.text);
                    texts.addAll(List.of(same ? "" : shown(f.found()), same ? "" : shown(f.expected()), status));
                    // Excel and POI keep a row at one line whatever its wrapped cells hold: set from the text
                    SheetStyles.row(sheet, r).setHeightInPoints(height(texts, widths));
                    r++;
                }
            }
            int last = Math.max(r - 1, 0);
            sheet.setAutoFilter(new CellRangeAddress(0, last, 0, header.size() - 1));
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(true);
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            AtomicFile.writeWorkbook(out, wb, UnaryOperator.identity());
        }
    }

    private static int[] widths(boolean many) {
        if (!many) {
            return WIDTHS.clone();
        }
        int[] out = new int[WIDTHS.length + 1];
        out[0] = WHOSE_WIDTH;
        System.arraycopy(WIDTHS, 0, out, 1, WIDTHS.length);
        return out;
    }

    /** The height of a row whose cells hold {@code texts}, column by column: its tallest cell's. */
    private static float height(List<String> texts, int[] widths) {
        int lines = 1;
        for (int i = 0; i < texts.size() && i < widths.length; i++) {
            lines = Math.max(lines, WrappedText.lines(texts.get(i), widths[i]));
        }
        return WrappedText.height(lines);
    }

    private static void figure(SheetStyles styles, Sheet sheet, int r, int c, Object value) {
        if (value instanceof BigDecimal || value instanceof Number) {
            BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
            styles.number(sheet, r, c, d, styles.amount);
        } else if (value instanceof java.util.Collection<?> items) {
            // items named one after another; none is an empty cell, not "[]"
            styles.text(sheet, r, c, items.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining("、")), styles.text);
        } else {
            styles.text(sheet, r, c, value == null ? "" : value.toString(), styles.text);
        }
    }

    private static String shown(Object v) {
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.util.Collection<?> items) {
            return items.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、"));
        }
        return v == null ? "" : v.toString();
    }
}
