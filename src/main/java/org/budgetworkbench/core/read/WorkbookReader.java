package org.budgetworkbench.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.limits.InputLimits;

/**
 * 工作簿读取: an Excel workbook (.xlsx or .xls) → one {@link Grid} per sheet. Each cell keeps the text Excel
 * displays and, for a number, the stored value (formula cells by their cached result), so amounts are read
 * from the value and never from a rounded display string.
 */
public final class WorkbookReader {

    private static volatile boolean poiConfigured;

    /**
     * POI's own guards, set once: the smallest inflate ratio before a zip entry counts as a bomb, and the
     * largest entry it will unpack. POI keeps them in static fields.
     */
    static void configurePoi() {
        if (!poiConfigured) {
            ZipSecureFile.setMinInflateRatio(InputLimits.MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(InputLimits.MAX_ZIP_ENTRY_BYTES);
            poiConfigured = true;
        }
    }

    /** Reads every sheet; fails fast with a Chinese message for anything that is no readable workbook. */
    public List<Grid> read(Path file) throws DisclosureReadException {
        return read(file, new ArrayList<>());
    }

    /**
     * Reads every sheet, adding to {@code notes} what was left unread (cells beyond the rows and columns a
     * disclosure can use); refuses a workbook past the {@link InputLimits} before POI loads it.
     */
    public List<Grid> read(Path file, List<String> notes) throws DisclosureReadException {
        checkFile(file);
        configurePoi();
        if (isZip(file)) {
            WorkbookPrescan.check(file);
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new DisclosureReadException(file, "工作簿中没有任何工作表");
            }
            if (wb.getNumberOfSheets() > InputLimits.MAX_SHEETS) {
                throw new DisclosureReadException(file, "工作簿的工作表超过 "
                        + InputLimits.count(InputLimits.MAX_SHEETS) + " 张，不是公开表，已拒绝读取");
            }
            CellFormats formatter = new CellFormats();
            List<Grid> grids = new ArrayList<>();
            boolean anyCell = false;
            for (Sheet sheet : wb) {
                Grid g = new SheetReader(file, sheet, formatter).read(notes);
                anyCell |= g.rowCount() > 0;
                grids.add(g);
            }
            if (!anyCell) {
                throw new DisclosureReadException(file, notes.isEmpty() ? "工作簿为空，没有任何内容"
                        : "工作簿在可读取的范围内没有内容：" + String.join("；", notes));
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            throw new DisclosureReadException(file, "工作簿已加密（设有打开密码），请先取消密码再导入", e);
        } catch (OldExcelFormatException e) {
            throw new DisclosureReadException(file, "这是 Excel 5.0/95 或更早格式的工作簿，无法读取；"
                    + "请在 Excel 中另存为 .xlsx 后再导入", e);
        } catch (NotOfficeXmlFileException | NotOLE2FileException
                 | OfficeXmlFileException e) {
            throw new DisclosureReadException(file, "文件已损坏或不是 Excel 工作簿", e);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged package through many runtime exceptions (RecordFormatException, POIXMLException…)
            throw new DisclosureReadException(file, FileProblems.reason(e, "文件已损坏或不是 Excel 工作簿"), e);
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Display formatting with the date test cached per cell style: POI's own cache holds one format only, and
     * a disclosure sheet alternates formats cell by cell.
     */
    static final class CellFormats {
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
            long size = Files.size(file);
            if (size == 0) {
                throw new DisclosureReadException(file, "文件为空（0 字节）");
            }
            if (size > InputLimits.MAX_WORKBOOK_BYTES) {
                throw new DisclosureReadException(file, "工作簿文件超过 " + InputLimits.MAX_WORKBOOK_BYTES / (1024 * 1024)
                        + " MB，远超公开表所需，已拒绝读取");
            }
        } catch (IOException e) {
            throw new DisclosureReadException(file, "无法读取文件", e);
        }
    }
}
