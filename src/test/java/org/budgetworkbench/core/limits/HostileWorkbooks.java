package org.budgetworkbench.core.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Generators of hostile workbooks (恶意工作簿), one per class of input that used to hang the reader, exhaust its
 * memory or show a stack trace. Each writes a fresh file into the folder it is given; the sizes are those of
 * the reports, so each class is reproduced, not hinted at.
 */
final class HostileWorkbooks {
    /** A sample disclosure workbook, the base of the classes that hide something in a real one. */
    static final Path SAMPLE = Path.of("samples/000_2efbff76b0545c5f.xlsx");

    private HostileWorkbooks() {
    }

    /** 2,000 sheets, each with one cell. */
    static Path manySheets(Path dir, int sheets) throws IOException {
        RawXlsx x = new RawXlsx();
        for (int i = 0; i < sheets; i++) {
            x.sheet("<row r=\"1\">" + RawXlsx.number("A1", i) + "</row>", null);
        }
        return x.write(dir.resolve("sheets-" + sheets + ".xlsx"));
    }

    /** Merged regions over the whole grid (A1:XFD1048576) on several sheets, a few cells each. */
    static Path hugeMerges(Path dir) throws IOException {
        RawXlsx x = new RawXlsx();
        for (int i = 0; i < 5; i++) {
            x.sheet("<row r=\"1\">" + RawXlsx.text("A1", "支出总表") + "</row><row r=\"3\">" + RawXlsx.number("B3", 1.5)
                    + "</row>", "<mergeCells count=\"2\"><mergeCell ref=\"A1:XFD1048576\"/><mergeCell ref=\"C2:XFD2\"/></mergeCells>");
        }
        return x.write(dir.resolve("huge-merges.xlsx"));
    }

    /** Thousands of small merged regions on one sheet (a scan of every merge per cell made this quadratic). */
    static Path manyMerges(Path dir, int merges) throws IOException {
        StringBuilder rows = new StringBuilder();
        StringBuilder m = new StringBuilder("<mergeCells>");
        for (int i = 0; i < merges; i++) {
            int r = 2 * i + 1;
            rows.append("<row r=\"").append(r).append("\">").append(RawXlsx.text("A" + r, "项目" + i)).append("</row>");
            m.append("<mergeCell ref=\"A").append(r).append(":C").append(r + 1).append("\"/>");
        }
        return new RawXlsx().sheet(rows.toString(), m.append("</mergeCells>").toString())
                .write(dir.resolve("merges-" + merges + ".xlsx"));
    }

    /** The sample disclosure with one more cell at XFD1048576: read, the far cell named as not read. */
    static Path farCellInDisclosure(Path dir) throws IOException {
        Path out = dir.resolve("far-cell.xlsx");
        try (InputStream in = Files.newInputStream(SAMPLE); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            s.createRow(1_048_575).createCell(16_383).setCellValue("远处的单元格");
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** A hand-made part with a cell at row 2,147,483,647, past Excel's grid. */
    static Path rowPastExcel(Path dir) throws IOException {
        return new RawXlsx().sheet("<row r=\"1\">" + RawXlsx.text("A1", "支出总表") + "</row><row r=\"2147483647\">"
                + RawXlsx.number("A2147483647", 1) + "</row>", null).write(dir.resolve("row-2147483647.xlsx"));
    }

    /** One cell of {@code chars} characters, varied as text is (one character repeated would be a zip bomb). */
    static Path hugeString(Path dir, int chars) throws IOException {
        java.util.Random random = new java.util.Random(chars);
        StringBuilder text = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return new RawXlsx().sheet("<row r=\"1\">" + RawXlsx.text("A1", text.toString()) + "</row>", null)
                .write(dir.resolve("string-" + chars + ".xlsx"));
    }

    /** The sample disclosure with a row name of {@code chars} characters in its first table. */
    static Path longNameInDisclosure(Path dir, int chars) throws IOException {
        Path out = dir.resolve("long-name-" + chars + ".xlsx");
        try (InputStream in = Files.newInputStream(SAMPLE); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet s : wb) {
                for (org.apache.poi.ss.usermodel.Row r : s) {
                    for (org.apache.poi.ss.usermodel.Cell c : r) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && c.getStringCellValue().startsWith("一般公共服务")) {
                            c.setCellValue("一般公共服务" + "长".repeat(chars));
                        }
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** {@code rows} rows, each with a cell at column XFD. */
    static Path farColumnRows(Path dir, int rows) throws IOException {
        return new RawXlsx().streamedSheet(out -> {
            out.write(RawXlsx.SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= rows; r++) {
                out.write(("<row r=\"" + r + "\">" + RawXlsx.number("XFD" + r, r) + "</row>").getBytes(StandardCharsets.UTF_8));
            }
            out.write(RawXlsx.SHEET_TAIL.getBytes(StandardCharsets.UTF_8));
        }).write(dir.resolve("xfd-rows-" + rows + ".xlsx"));
    }

    /** {@code cells} numeric cells in one sheet: a small file (the XML compresses well) under the ratio limit. */
    static Path manyCells(Path dir, int cells) throws IOException {
        int cols = 50;
        return new RawXlsx().streamedSheet(out -> {
            out.write(RawXlsx.SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cells; i++) {
                int r = i / cols + 1;
                if (i % cols == 0) {
                    b.append(i == 0 ? "" : "</row>").append("<row r=\"").append(r).append("\">");
                }
                b.append("<c><v>").append(i % 97).append("</v></c>");
                if (b.length() > 1 << 16) {
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
            b.append("</row>");
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            out.write(RawXlsx.SHEET_TAIL.getBytes(StandardCharsets.UTF_8));
        }).write(dir.resolve("cells-" + cells + ".xlsx"));
    }

    /** A sheet part padded with {@code megabytes} MB of blanks: inflates a thousandfold, a zip bomb. */
    static Path zipBomb(Path dir, int megabytes) throws IOException {
        return new RawXlsx().streamedSheet(out -> {
            out.write(RawXlsx.SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
            out.write(RawXlsx.SHEET_TAIL.getBytes(StandardCharsets.UTF_8));
        }).write(dir.resolve("zip-bomb.xlsx"));
    }

    /** A DOCTYPE with an entity expansion (billion laughs) in {@code part}. */
    static Path doctype(Path dir, String part) throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        RawXlsx x = new RawXlsx().sheet("<row r=\"1\">" + RawXlsx.text("A1", "支出总表") + "</row>", null);
        String body = switch (part) {
            case "[Content_Types].xml" -> laughs + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";
            case "docProps/core.xml" -> laughs + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>&lol3;&xxe;</dc:title></cp:coreProperties>";
            default -> laughs + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol3;&xxe;</t></is></c></row></sheetData></worksheet>";
        };
        return x.part(part, body).write(dir.resolve("doctype-" + part.replaceAll("[^a-zA-Z]", "") + ".xlsx"));
    }

    /** The sample disclosure, encrypted with an opening password. */
    static Path encrypted(Path dir) throws Exception {
        Path out = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (InputStream in = Files.newInputStream(SAMPLE); Workbook wb = WorkbookFactory.create(in);
                 OutputStream os = enc.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                fs.writeFilesystem(o);
            }
        }
        return out;
    }

    /** A NaN stored in a numeric cell (Excel never writes one; a hand-made file can). */
    static Path nanCell(Path dir) throws IOException {
        return new RawXlsx().sheet("<row r=\"1\">" + RawXlsx.text("A1", "支出总表") + "<c r=\"B1\"><v>NaN</v></c></row>", null)
                .write(dir.resolve("nan.xlsx"));
    }

    /** A workbook with {@code rows} coded rows in a disclosure-like table (for the row and validation bounds). */
    static Path codedRows(Path dir, int rows) throws IOException {
        return new RawXlsx().streamedSheet(out -> {
            StringBuilder b = new StringBuilder(RawXlsx.SHEET_HEAD);
            b.append("<row r=\"1\">").append(RawXlsx.text("A1", "支出总表")).append("</row>")
                    .append("<row r=\"2\">").append(RawXlsx.text("A2", "部门：测试局")).append("</row><row r=\"3\">");
            String[] head = {"科目编码", "科目名称", "合计", "基本支出", "项目支出"};
            for (int i = 0; i < head.length; i++) {
                b.append(RawXlsx.text((char) ('A' + i) + "3", head[i]));
            }
            b.append("</row>");
            for (int i = 0; i < rows; i++) {
                int r = 4 + i;
                b.append("<row r=\"").append(r).append("\">").append(RawXlsx.text("A" + r, String.valueOf(2010101 + i % 90_000)))
                        .append(RawXlsx.text("B" + r, "项目" + i)).append(RawXlsx.number("C" + r, 3))
                        .append(RawXlsx.number("D" + r, 1)).append(RawXlsx.number("E" + r, 2)).append("</row>");
                if (b.length() > 1 << 16) {
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
            b.append(RawXlsx.SHEET_TAIL);
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }).write(dir.resolve("coded-" + rows + ".xlsx"));
    }
}
