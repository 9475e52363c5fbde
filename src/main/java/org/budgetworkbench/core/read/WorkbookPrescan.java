package org.budgetworkbench.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.limits.InputLimits;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.core.limits.ProcessingDeadline;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

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

    private static final SAXParserFactory XML = SAXParserFactory.newInstance();

    static {
        XML.setNamespaceAware(true);
        try {
            // a DOCTYPE is refused, never read: no entity is expanded, nothing outside the package is fetched
            XML.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XML.setFeature("http://xml.org/sax/features/external-general-entities", false);
            XML.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            XML.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
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
        SheetCounter counter = new SheetCounter(file, part);
        try {
            SAXParser parser = XML.newSAXParser();
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(counter);
            // the JDK's parser prints "[Fatal Error] …" on the console for a part it cannot parse unless it is given
            // a handler of its own: ours stops the pass in silence and leaves the verdict to the refusal below
            reader.setErrorHandler(SILENT);
            reader.parse(new InputSource(in));
        } catch (Refused r) {
            throw r.refusal;
        } catch (SAXException | IOException e) {
            if (e.getMessage() != null && e.getMessage().toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                throw new DisclosureReadException(file, FileProblems.XML_DECLARATION, e);
            }
            // a malformed sheet: POI reports it when it opens the file
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be set up", e);
        }
        return counter.cells;
    }

    /** Parse errors end the pass as exceptions, and nothing is printed. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop the count
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** Our refusal, carried out of the parser's callbacks. */
    private static final class Refused extends SAXException {
        private final transient DisclosureReadException refusal;

        Refused(DisclosureReadException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** The counts of one sheet as its elements go by: rows, cells with content, merged regions. */
    private static final class SheetCounter extends DefaultHandler {
        private final Path file;
        private final String part;
        long row;
        long col;
        long cells;
        int merges;
        boolean counted;

        SheetCounter(Path file, String part) {
            this.file = file;
            this.part = part;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            try {
                element(localName, attributes);
            } catch (DisclosureReadException e) {
                throw new Refused(e);
            }
        }

        private void element(String name, Attributes attributes) throws DisclosureReadException {
            switch (name) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : parseLong(r);
                    col = 0;
                    checkRow(file, part, row);
                }
                case "c" -> {
                    String r = attributes.getValue("r");
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
