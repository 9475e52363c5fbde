package org.budgetworkbench.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.limits.InputLimits;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.core.limits.ProcessingDeadline;

/**
 * 工作簿预检: looks through an .xlsx package before POI builds its object model of it, which holds every cell of
 * every sheet in memory whatever their number. A streaming pass counts sheets, cells with content and merged
 * regions, finds cells beyond Excel's own grid (a hand-made part can say row 2147483647), and refuses DOCTYPE
 * declarations; the package is read through POI's zip-bomb guard. Memory stays flat whatever the file holds.
 */
final class WorkbookPrescan {
    /** Excel's grid: 1,048,576 rows × 16,384 columns (A…XFD). */
    static final long EXCEL_ROWS = 1_048_576;
    static final long EXCEL_COLUMNS = 16_384;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    private WorkbookPrescan() {
    }

    /** Refuses the workbook, naming the limit, when it holds more than the workbench reads. */
    static void check(Path file) throws DisclosureReadException {
        WorkbookReader.configurePoi();
        int sheets = 0;
        long cells = 0;
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                ProcessingDeadline.check();
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.endsWith(".xml") && !lower.endsWith(".rels")) {
                    continue;
                }
                if (lower.startsWith("xl/worksheets/") && !lower.contains("/_rels/")) {
                    sheets++;
                    if (sheets > InputLimits.MAX_SHEETS) {
                        throw new DisclosureReadException(file, "工作簿的工作表超过 "
                                + InputLimits.count(InputLimits.MAX_SHEETS) + " 张，不是公开表，已拒绝读取");
                    }
                    try (InputStream in = zip.getInputStream(e)) {
                        cells += sheet(file, name, in);
                    }
                    if (cells > InputLimits.MAX_CELLS_PER_WORKBOOK) {
                        throw new DisclosureReadException(file, "工作簿中有内容的单元格超过 "
                                + InputLimits.count(InputLimits.MAX_CELLS_PER_WORKBOOK) + " 个，远超公开表所需，已拒绝读取");
                    }
                } else {
                    try (InputStream in = zip.getInputStream(e)) {
                        refuseDoctype(file, in);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            String reason = FileProblems.reason(e, null);
            if (reason != null) {
                throw new DisclosureReadException(file, reason, e);
            }
            // anything else is POI's to report, with its own words, when it opens the file
        }
    }

    /** A DOCTYPE sits before the root element: the first few hundred bytes tell. */
    private static void refuseDoctype(Path file, InputStream in) throws IOException, DisclosureReadException {
        String head = new String(in.readNBytes(1024), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
            throw new DisclosureReadException(file, FileProblems.XML_DECLARATION);
        }
    }

    /** Counts a sheet's cells with content and its merged regions; returns the cells. */
    private static long sheet(Path file, String part, InputStream in) throws DisclosureReadException {
        long row = 0;
        long col = 0;
        long cells = 0;
        int merges = 0;
        boolean counted = false;
        try {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new DisclosureReadException(file, FileProblems.XML_DECLARATION);
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "row" -> {
                        String r = x.getAttributeValue(null, "r");
                        row = r == null ? row + 1 : parseLong(r);
                        col = 0;
                        checkRow(file, part, row);
                    }
                    case "c" -> {
                        String r = x.getAttributeValue(null, "r");
                        if (r == null) {
                            col++;
                        } else {
                            long[] at = address(r);
                            col = at[1];
                            if (at[0] > 0) {
                                row = at[0];
                                checkRow(file, part, row);
                            }
                        }
                        if (col > EXCEL_COLUMNS) {
                            throw new DisclosureReadException(file, "工作表（" + part + "）中的单元格位于第 " + col
                                    + " 列，超出 Excel 的范围（最多 16,384 列），文件有误");
                        }
                        counted = false;
                    }
                    case "v", "is", "f" -> {
                        if (!counted) {
                            counted = true;
                            cells++;
                            if ((cells & 0xFFF) == 0) {
                                ProcessingDeadline.check();
                            }
                            if (cells > InputLimits.MAX_CELLS_PER_SHEET) {
                                throw new DisclosureReadException(file, "一张工作表中有内容的单元格超过 "
                                        + InputLimits.count(InputLimits.MAX_CELLS_PER_SHEET) + " 个，远超公开表所需，已拒绝读取");
                            }
                        }
                    }
                    case "mergeCell" -> {
                        if (++merges > InputLimits.MAX_MERGES_PER_SHEET) {
                            throw new DisclosureReadException(file, "一张工作表中的合并单元格超过 "
                                    + InputLimits.count(InputLimits.MAX_MERGES_PER_SHEET) + " 处，远超公开表所需，已拒绝读取");
                        }
                    }
                    default -> {
                        // other elements bound nothing the reader allocates
                    }
                }
            }
            x.close();
        } catch (XMLStreamException e) {
            if (e.getMessage() != null && e.getMessage().toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                throw new DisclosureReadException(file, FileProblems.XML_DECLARATION, e);
            }
            // a malformed sheet: POI reports it when it opens the file
        }
        return cells;
    }

    private static void checkRow(Path file, String part, long row) throws DisclosureReadException {
        if (row > EXCEL_ROWS || row < 0) {
            throw new DisclosureReadException(file, "工作表（" + part + "）中有第 " + row
                    + " 行，超出 Excel 的范围（最多 1,048,576 行），文件有误");
        }
    }

    /** "XFD1048576" → {row 1048576, column 16384}, 1-based; a part missing gives 0; overflow gives MAX_VALUE. */
    static long[] address(String ref) {
        long col = 0;
        long row = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch >= 'A' && ch <= 'Z') {
                col = Math.min(Long.MAX_VALUE / 32, col * 26 + (ch - 'A' + 1));
            } else if (ch >= '0' && ch <= '9') {
                row = Math.min(Long.MAX_VALUE / 16, row * 10 + (ch - '0'));
            }
        }
        return new long[] {row, col};
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
