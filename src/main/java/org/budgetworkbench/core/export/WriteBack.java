package org.budgetworkbench.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Target;

/**
 * 回写原表: for a document read from a department's own workbook, writes the corrected figures back into the
 * cells they were read from, in a copy of that workbook. Only cells whose value changed are touched, so the
 * department's layout, formatting and everything the reader did not understand stay as they were.
 */
public final class WriteBack {
    private static final org.apache.poi.ss.usermodel.DataFormatter DISPLAY = new org.apache.poi.ss.usermodel.DataFormatter();
    /** Amounts closer than this (half a fen of 万元) are the same figure printed differently. */
    private static final BigDecimal SAME = new BigDecimal("0.005");

    /** What was written, and what could not be (a sheet or cell that is no longer there). */
    public record Result(List<CellRef> written, List<String> skipped) {
        public Result {
            written = List.copyOf(written);
            skipped = List.copyOf(skipped);
        }
    }

    public Result write(Path originalWorkbook, Document corrected, Path out) throws IOException {
        if (!Files.isRegularFile(originalWorkbook)) {
            throw new NoSuchFileException(originalWorkbook.toString(), null, "找不到原工作簿");
        }
        Workbook wb;
        try (InputStream in = Files.newInputStream(originalWorkbook)) {
            wb = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException("无法打开原工作簿 " + originalWorkbook.getFileName() + "："
                    + FileProblems.reason(e, "文件已损坏或不是 Excel 工作簿"), e);
        }
        try (wb) {
            checkFormat(wb, originalWorkbook, out);
            List<CellRef> written = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (DisclosureTable t : corrected.tables()) {
                for (Row row : t.rows()) {
                    for (Map.Entry<String, CellRef> e : row.cells().entrySet()) {
                        writeAmount(wb, e.getValue(), row.values().get(e.getKey()),
                                t.type().id() + " " + row.key() + " " + e.getKey(), written, skipped);
                    }
                }
            }
            // one printed cell can hold several numbered indicators ("1. ≥18人; 2. ≥12次"): not rewritten whole
            Map<CellRef, Long> shared = corrected.targets().stream().flatMap(t -> t.indicators().stream())
                    .map(Indicator::valueCell).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
            for (Target target : corrected.targets()) {
                for (Indicator i : target.indicators()) {
                    if (i.valueCell() != null && shared.get(i.valueCell()) > 1) {
                        continue;
                    }
                    if (i.valueCell() != null) {
                        writeText(wb, i.valueCell(), i.value(), "指标 " + i.level3(), written, skipped);
                    } else if (target.indicators().stream().anyMatch(x -> x.valueCell() != null)) {
                        // an indicator added in the workbench has no row in the department's form: said, not dropped
                        skipped.add("指标 " + (i.level3() == null ? "（未命名）" : i.level3())
                                + "：原工作簿的绩效目标表中没有它的单元格，未写入（请在原表中添加一行）");
                    }
                }
            }
            for (Evaluation e : corrected.evaluations()) {
                for (EvaluationIndicator i : e.indicators()) {
                    if (i.scoreCell() != null) {
                        writeAmount(wb, i.scoreCell(), i.score(), "自评指标 " + i.level3(), written, skipped);
                    }
                }
            }
            AtomicFile.writeWorkbook(out, wb, UnaryOperator.identity());
            return new Result(written, skipped);
        }
    }

    /** An .xls stays .xls: POI writes a workbook only in the format it was read in. */
    private static void checkFormat(Workbook wb, Path original, Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xls = wb instanceof HSSFWorkbook;
        if (xls && name.endsWith(".xlsx") || !xls && name.endsWith(".xls")) {
            throw new IllegalArgumentException("回写文件须与原工作簿格式相同：原文件 " + original.getFileName()
                    + " 为 " + (xls ? ".xls" : ".xlsx") + "，输出为 " + out.getFileName());
        }
    }

    private static void writeAmount(Workbook wb, CellRef ref, BigDecimal value, String what, List<CellRef> written,
                                    List<String> skipped) {
        Cell cell = cell(wb, ref, what, skipped);
        if (cell == null) {
            return;
        }
        BigDecimal before = numeric(cell);
        BigDecimal a = before == null ? BigDecimal.ZERO : before;
        BigDecimal b = value == null ? BigDecimal.ZERO : value;
        if (a.subtract(b).abs().compareTo(SAME) < 0) {
            return;  // blank and 0 are alike; the same figure is never rewritten
        }
        if (cell.getCellType() == CellType.FORMULA) {
            // A formula computes its figure from other cells; those are corrected, the formula stays.
            skipped.add(what + "：" + ref.sheet() + "!" + ref.address() + " 是公式单元格，未改写");
            return;
        }
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.doubleValue());  // the cell keeps its style: format, font, borders
        }
        written.add(ref);
    }

    private static void writeText(Workbook wb, CellRef ref, String value, String what, List<CellRef> written,
                                  List<String> skipped) {
        Cell cell = cell(wb, ref, what, skipped);
        if (cell == null) {
            return;
        }
        // compare with what the cell shows (a 100% cell holds 1.0), whitespace aside as the reader drops it
        String before = DISPLAY.formatCellValue(cell);
        String now = value == null ? "" : value;
        if (asRead(before).equals(asRead(now)) || sameNumber(cell, now)) {
            return;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            skipped.add(what + "：" + ref.sheet() + "!" + ref.address() + " 是公式单元格，未改写");
            return;
        }
        cell.setCellValue(now);  // as text, never a formula
        written.add(ref);
    }

    /** A value as the reader takes it: no whitespace, no "1." in front, no closing ；. */
    private static String asRead(String s) {
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

    private static Cell cell(Workbook wb, CellRef ref, String what, List<String> skipped) {
        if (ref.sheet() == null) {
            return null;  // read from a PDF: there is no cell to write back into
        }
        Sheet sheet = wb.getSheet(ref.sheet());
        if (sheet == null) {
            skipped.add(what + "：原工作簿中没有工作表“" + ref.sheet() + "”");
            return null;
        }
        org.apache.poi.ss.usermodel.Row r = sheet.getRow(ref.row());
        if (r == null) {
            r = sheet.createRow(ref.row());
        }
        Cell c = r.getCell(ref.column());
        return c == null ? r.createCell(ref.column()) : c;
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
