package org.budgetworkbench.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader();

    @Test
    void keepsTheStoredNumberNextToTheDisplayedText() throws Exception {
        Path file = dir.resolve("表.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("表3 支出总表");
            CellStyle twoDecimals = wb.createCellStyle();
            twoDecimals.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Row r0 = s.createRow(0);
            r0.createCell(0).setCellValue("支出总表");
            Row r1 = s.createRow(1);
            r1.createCell(0).setCellValue("合计");
            r1.createCell(1).setCellValue(2255.836);
            r1.getCell(1).setCellStyle(twoDecimals);
            r1.createCell(2).setCellFormula("B2*2");
            r1.getCell(2).setCellStyle(twoDecimals);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            write(wb, file);
        }
        List<Grid> grids = reader.read(file);
        Grid g = grids.get(0);
        assertThat(g.sheet()).isEqualTo("表3 支出总表");
        assertThat(g.text(1, 1)).isEqualTo("2,255.84");
        assertThat(g.number(1, 1)).isEqualTo(2255.836);
        assertThat(g.number(1, 2)).as("formula by its cached value").isEqualTo(4511.672);
        assertThat(g.merges()).containsExactly(new Grid.Region(0, 0, 0, 2));
        assertThat(g.visibleText(0, 2)).isEqualTo("支出总表");
    }

    @Test
    void readsTheOldBinaryFormatToo() throws Exception {
        Path file = dir.resolve("old.xls");
        try (Workbook wb = new HSSFWorkbook()) {
            wb.createSheet("表1").createRow(2).createCell(3).setCellValue(12.5);
            write(wb, file);
        }
        assertThat(reader.read(file).get(0).number(2, 3)).isEqualTo(12.5);
    }

    @Test
    void randomBytesAreNoWorkbook() throws Exception {
        Path file = dir.resolve("乱码.xlsx");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("乱码.xlsx").hasMessageContaining("不是 Excel 工作簿");
    }

    @Test
    void anEmptyFileSaysSo() throws Exception {
        Path file = Files.createFile(dir.resolve("空.xlsx"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("空.xlsx").hasMessageContaining("文件为空");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> reader.read(dir.resolve("无此文件.xlsx"))).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("文件不存在");
    }

    @Test
    void aWorkbookWithoutSheetsIsRejected() throws Exception {
        Path file = dir.resolve("无表.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            write(wb, file);
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("没有任何工作表");
    }

    @Test
    void aWorkbookOfBlankSheetsIsRejected() throws Exception {
        Path file = dir.resolve("空白.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1");
            wb.createSheet("Sheet2").createRow(3);
            write(wb, file);
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("空白.xlsx").hasMessageContaining("工作簿为空");
    }

    @Test
    void aPasswordProtectedWorkbookIsRejectedQuickly() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("收支总表");
            write(wb, plain);
        }
        Path file = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("加密.xlsx").hasMessageContaining("加密");
    }

    private static void write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
