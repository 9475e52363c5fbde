package org.budgetworkbench.core.limits;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A hand-made .xlsx package (手工工作簿): the parts written as text, so a test can put into them what Excel never
 * writes — a row at 2147483647, a merge over the whole grid, a DOCTYPE, a sheet of millions of cells — without
 * building it in memory first. Sheets are given as the XML inside {@code <sheetData>} and after it.
 */
final class RawXlsx {
    private final List<String[]> sheets = new ArrayList<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final Map<String, Streamed> streamed = new LinkedHashMap<>();

    /** A part whose content is written piece by piece (for parts too large to hold as one string). */
    interface Streamed {
        void write(OutputStream out) throws IOException;
    }

    /** A sheet: {@code rows} goes inside {@code <sheetData>}, {@code after} (merges) after it. */
    RawXlsx sheet(String rows, String after) {
        sheets.add(new String[] {rows, after});
        return this;
    }

    /** Replaces a standard part ([Content_Types].xml, docProps/core.xml…) or adds one. */
    RawXlsx part(String name, String content) {
        overrides.put(name, content);
        return this;
    }

    RawXlsx streamedSheet(Streamed content) {
        streamed.put("xl/worksheets/sheet" + (sheets.size() + 1) + ".xml", content);
        sheets.add(null);
        return this;
    }

    Path write(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        StringBuilder wbSheets = new StringBuilder();
        StringBuilder wbRels = new StringBuilder();
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            wbSheets.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            wbRels.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
            String[] s = sheets.get(i - 1);
            if (s != null) {
                parts.put("xl/worksheets/sheet" + i + ".xml", sheetXml(s[0], s[1]));
            }
        }
        types.append("</Types>");
        parts.put("[Content_Types].xml", types.toString());
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>");
        parts.put("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>t</dc:title></cp:coreProperties>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + wbSheets + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + wbRels
                + "</Relationships>");
        parts.putAll(overrides);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (Map.Entry<String, Streamed> p : streamed.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                p.getValue().write(zip);
                zip.closeEntry();
            }
        }
        return file;
    }

    static String sheetXml(String rows, String after) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData>" + (after == null ? "" : after) + "</worksheet>";
    }

    static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    static final String SHEET_TAIL = "</sheetData></worksheet>";

    /** An inline-string cell. */
    static String text(String ref, String s) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + s + "</t></is></c>";
    }

    static String number(String ref, double v) {
        return "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
    }
}
