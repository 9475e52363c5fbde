package org.budgetworkbench.core.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetworkbench.core.read.Grid;

/**
 * TEST FIXTURE ONLY: a minimal POI reading of a workbook into one Grid per sheet, standing in for the real
 * WorkbookReader (written elsewhere) so the performance-form reader can be tested on the corpus workbooks.
 */
final class SheetGridFixture {
    private SheetGridFixture() {
    }

    static List<Grid> read(Path file) throws IOException {
        List<Grid> grids = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter fmt = new DataFormatter();
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                Grid.Builder b = Grid.builder(file.getFileName().toString(), sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = fmt.formatCellValue(cell, eval);
                        Double number = null;
                        CellType type = cell.getCellType() == CellType.FORMULA
                                ? cell.getCachedFormulaResultType() : cell.getCellType();
                        if (type == CellType.NUMERIC) {
                            number = cell.getNumericCellValue();
                        }
                        if (!text.isBlank() || number != null) {
                            b.set(cell.getRowIndex(), cell.getColumnIndex(), text, number);
                        }
                    }
                }
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    b.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
                }
                grids.add(b.build());
            }
        }
        return grids;
    }
}
