package org.budgetworkbench.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A department's own performance-target form (部门整体绩效目标表), generated for the write-back tests: two goals
 * (one text beside its label, one after the label and weight in the label's cell), a 一级 covering two lines
 * (merged, or printed once and left blank below), and a numbered name ("1.培训合格率").
 */
public final class TargetFormWorkbook {
    public static final String SHEET = "部门整体绩效目标表";

    private TargetFormWorkbook() {
    }

    /** Writes the form as .xls or .xlsx, by the file name. */
    public static Path write(Path file, boolean merged) throws IOException {
        try (Workbook wb = file.getFileName().toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet s = wb.createSheet(SHEET);
            row(s, 0, "测试局2025年部门整体绩效目标表");
            row(s, 1, "名称", "目标说明");
            row(s, 2, "年度绩效目标1", "保障机关正常运转");
            row(s, 3, "年度绩效目标2（30分）：提升政务服务水平");
            row(s, 4, "目标名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据");
            row(s, 5, "年度绩效目标1", "产出指标", "数量指标", "培训人数", "≥100人", "年度计划");
            row(s, 6, "", merged ? "产出指标" : "", "质量指标", "1.培训合格率", "≥95%", "考核标准");
            if (merged) {
                s.getRow(6).getCell(1).setBlank();
                s.addMergedRegion(new CellRangeAddress(5, 6, 1, 1));
            }
            row(s, 7, "", "效益指标", "社会效益指标", "群众知晓度", "有效提升", "调查");
            row(s, 8, "年度绩效目标2", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "问卷");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void row(Sheet s, int r, String... cells) {
        org.apache.poi.ss.usermodel.Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
