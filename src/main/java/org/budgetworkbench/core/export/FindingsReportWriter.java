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
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.TableType;

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
    private static final int[] WIDTHS = {10, 26, 30, 60, 14, 14, 24};

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
            int r = 1;
            for (Entry e : entries) {
                for (Finding f : e.findings()) {
                    int c = 0;
                    if (many) {
                        styles.text(sheet, r, c++, e.department() + " " + e.year() + "年 " + e.kind().chinese(),
                                styles.text);
                    }
                    styles.text(sheet, r, c++, f.severity().chinese(), styles.text);
                    styles.text(sheet, r, c++, table(f.where()), styles.text);
                    styles.text(sheet, r, c++, place(f.where()), styles.text);
                    styles.text(sheet, r, c++, f.message(), styles.text);
                    // a pair that reads the same says nothing and looks like a contradiction: both left blank
                    boolean same = java.util.Objects.equals(shown(f.found()), shown(f.expected()));
                    figure(styles, sheet, r, c++, same ? null : f.found());
                    figure(styles, sheet, r, c++, same ? null : f.expected());
                    styles.text(sheet, r, c, e.status().getOrDefault(f.fingerprint(), OPEN), styles.text);
                    r++;
                }
            }
            int last = Math.max(r - 1, 0);
            sheet.setAutoFilter(new CellRangeAddress(0, last, 0, header.size() - 1));
            sheet.createFreezePane(0, 1);
            int offset = many ? 1 : 0;
            if (many) {
                sheet.setColumnWidth(0, 40 * 256);
            }
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i + offset, WIDTHS[i] * 256);
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

    /** The Chinese names of the columns of the performance forms, as their headers print them. */
    private static final java.util.Map<String, String> FORM_COLUMNS = java.util.Map.ofEntries(
            java.util.Map.entry("level1", "一级指标"), java.util.Map.entry("level2", "二级指标"),
            java.util.Map.entry("level3", "三级指标"), java.util.Map.entry("value", "指标值"),
            java.util.Map.entry("target", "年度指标值"), java.util.Map.entry("actual", "实际完成值"),
            java.util.Map.entry("weight", "分值"), java.util.Map.entry("score", "得分"),
            java.util.Map.entry("execution_score", "预算执行率得分"), java.util.Map.entry("basis", "指标值确定依据"),
            java.util.Map.entry("goal", "绩效目标"), java.util.Map.entry("name", "项目名称"),
            java.util.Map.entry("total", "合计"));

    /** The table's standard title; for a narrative finding the section it sits under. */
    static String table(FindingPlace where) {
        if (where.table() != null) {
            try {
                return TableType.fromId(where.table()).standardTitle();
            } catch (IllegalArgumentException notATableType) {
                return PerformanceForm.fromId(where.table()).map(PerformanceForm::chinese).orElse(where.table());
            }
        }
        return where.section() == null ? "" : "情况说明 " + where.section();
    }

    private static String columnWord(String table, String column) {
        try {
            return TableHeaders.columnWord(TableType.fromId(table), column);
        } catch (IllegalArgumentException | NullPointerException notATable) {
            // a performance form's column: its printed name, never the internal key ("列 level2")
            return FORM_COLUMNS.getOrDefault(column, org.budgetworkbench.core.edit.ColumnNames.of(column));
        }
    }

    /** 行 201 · 列 基本支出; the quote of a narrative finding; target and indicator of a form line. */
    static String place(FindingPlace where) {
        List<String> parts = new ArrayList<>();
        if (where.project() != null) {
            parts.add("项目 " + where.project());
        }
        if (where.target() != null) {
            parts.add("目标 " + where.target());
        }
        if (where.goal() != null) {
            parts.add("目标 " + where.goal());
        }
        if (where.field() != null) {
            parts.add("栏目 " + where.field());
        }
        if (where.indicator() != null) {
            parts.add("指标 " + where.indicator());
        }
        if (where.row() != null) {
            parts.add("行 " + where.row());
        }
        if (where.column() != null) {
            parts.add("列 " + columnWord(where.table(), where.column()));
        }
        if (where.quote() != null) {
            parts.add("“" + where.quote() + "”");
        }
        return String.join(" · ", parts);
    }

}
