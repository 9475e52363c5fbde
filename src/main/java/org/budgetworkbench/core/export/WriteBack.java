package org.budgetworkbench.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Row;

/**
 * 回写原表: for a document read from a department's own workbook, writes the corrected figures back into the
 * cells they were read from, in a copy of that workbook. Only cells whose value changed are touched, so the
 * department's layout, formatting and everything the reader did not understand stay as they were. Performance
 * targets go back too — goal texts, indicator names and values ({@link TargetWriteBack}) — and whatever has no
 * cell to go into is listed in {@link Result#skipped()}.
 */
public final class WriteBack {
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
            CellWriter cells = new CellWriter(wb);
            for (DisclosureTable t : corrected.tables()) {
                for (Row row : t.rows()) {
                    for (Map.Entry<String, CellRef> e : row.cells().entrySet()) {
                        cells.amount(e.getValue(), row.values().get(e.getKey()),
                                t.type().id() + " " + row.key() + " " + e.getKey());
                    }
                }
            }
            new TargetWriteBack(cells).write(corrected.targets());
            for (Evaluation e : corrected.evaluations()) {
                for (EvaluationIndicator i : e.indicators()) {
                    if (i.scoreCell() != null) {
                        cells.amount(i.scoreCell(), i.score(), "自评指标 " + i.level3());
                    }
                }
            }
            AtomicFile.writeWorkbook(out, wb, UnaryOperator.identity());
            return new Result(cells.written(), cells.skipped());
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
}
