package org.budgetworkbench.core.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 工作簿读取: an Excel workbook (.xlsx or .xls) → one {@link Grid} per sheet. Each cell keeps the text Excel
 * displays and, for a number, the stored value (formula cells by their cached result), so amounts are read
 * from the value and never from a rounded display string.
 */
public final class WorkbookReader {

    /** Reads every sheet; fails fast with a Chinese message for anything that is no readable workbook. */
    public List<Grid> read(Path file) throws DisclosureReadException {
        checkFile(file);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new DisclosureReadException(file, "工作簿中没有任何工作表");
            }
            CellFormats formatter = new CellFormats();
            List<Grid> grids = new ArrayList<>();
            boolean anyCell = false;
            for (Sheet sheet : wb) {
                Grid g = readSheet(file, sheet, formatter);
                anyCell |= g.rowCount() > 0;
                grids.add(g);
            }
            if (!anyCell) {
                throw new DisclosureReadException(file, "工作簿为空，没有任何内容");
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            throw new DisclosureReadException(file, "工作簿已加密（设有打开密码），请先取消密码再导入", e);
        } catch (NotOfficeXmlFileException | NotOLE2FileException
                 | OfficeXmlFileException e) {
            throw new DisclosureReadException(file, "文件已损坏或不是 Excel 工作簿", e);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged package through many runtime exceptions (RecordFormatException, POIXMLException…)
            throw new DisclosureReadException(file, "文件已损坏或不是 Excel 工作簿（" + e.getClass().getSimpleName() + "）", e);
        }
    }

    /**
     * Display formatting with the date test cached per cell style: POI's own cache holds one format only, and
     * a disclosure sheet alternates formats cell by cell.
     */
    private static final class CellFormats {
        private final DataFormatter formatter = new DataFormatter();
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();

        String format(double v, CellStyle style) {
            return formatter.formatRawCellContents(v, style.getDataFormat(), style.getDataFormatString());
        }

        boolean isDate(CellStyle style) {
            return dateStyles.computeIfAbsent((int) style.getIndex(),
                    i -> DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString()));
        }
    }

    private static void checkFile(Path file) throws DisclosureReadException {
        if (!Files.isRegularFile(file)) {
            throw new DisclosureReadException(file, "文件不存在");
        }
        try {
            if (Files.size(file) == 0) {
                throw new DisclosureReadException(file, "文件为空（0 字节）");
            }
        } catch (IOException e) {
            throw new DisclosureReadException(file, "无法读取文件", e);
        }
    }

    private static Grid readSheet(Path file, Sheet sheet, CellFormats formatter) {
        Grid.Builder b = Grid.builder(file.getFileName().toString(), sheet.getSheetName());
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (Cell cell : row) {
                setCell(b, cell, formatter);
            }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            b.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
        }
        return b.build();
    }

    private static void setCell(Grid.Builder b, Cell cell, CellFormats formatter) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        switch (type) {
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                CellStyle style = cell.getCellStyle();
                b.set(r, c, formatter.format(v, style), formatter.isDate(style) ? null : v);
            }
            case STRING -> {
                String s = cell.getRichStringCellValue().getString();
                if (!s.isBlank()) {
                    b.set(r, c, s);
                }
            }
            case BOOLEAN -> b.set(r, c, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            default -> {
                // blank and error cells carry nothing a disclosure needs
            }
        }
    }
}
