package org.budgetworkbench.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetworkbench.core.review.DocumentReview;
import org.budgetworkbench.core.review.ReviewRow;

/**
 * 审核检查表 as a workbook the bureau prints and hands back: an overview sheet (总览) ranking departments by
 * their open errors, then warnings; then one sheet per department with, per document, 及时性 and one row per
 * required part (审核项目 | 审核要求 | 符合要求 | 存在问题 | 页码/表格). A4, fitted to the page width, header rows
 * repeated on every printed page, problems wrapped in their cells.
 */
public final class ReviewSheetWriter {
    /** One department's documents, as the sheet lists them. */
    public record Department(String name, List<DocumentReview> documents) {
        public Department {
            documents = List.copyOf(documents);
        }

        int errors() {
            return documents.stream().mapToInt(DocumentReview::openErrors).sum();
        }

        int warnings() {
            return documents.stream().mapToInt(DocumentReview::openWarnings).sum();
        }
    }

    public static final String OVERVIEW = "总览";
    private static final List<String> OVERVIEW_COLUMNS = List.of("排名", "部门", "文档", "待处理错误", "待处理警告",
            "提示", "缺少的表", "不符合要求的项目");
    private static final int[] OVERVIEW_WIDTHS = {6, 36, 30, 10, 10, 8, 30, 30};
    private static final List<String> COLUMNS = List.of("审核类别", "审核项目", "审核要求", "符合要求", "存在问题",
            "页码/表格");
    private static final int[] WIDTHS = {10, 24, 28, 9, 70, 24};

    /** The departments ranked as the overview lists them: most open errors first, then warnings, then name. */
    public static List<Department> ranked(List<Department> departments) {
        return departments.stream().sorted(Comparator.comparingInt(Department::errors).reversed()
                .thenComparing(Comparator.comparingInt(Department::warnings).reversed())
                .thenComparing(Department::name)).toList();
    }

    public void write(List<Department> departments, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            List<Department> ranked = ranked(departments);
            overview(wb, styles, ranked);
            Set<String> used = new HashSet<>(Set.of(OVERVIEW));
            for (Department d : ranked) {
                department(wb, styles, d, sheetName(d.name(), used));
            }
            AtomicFile.writeWorkbook(out, wb, UnaryOperator.identity());
        }
    }

    private static void overview(XSSFWorkbook wb, SheetStyles styles, List<Department> ranked) {
        Sheet s = wb.createSheet(OVERVIEW);
        styles.text(s, 0, 0, "预决算公开审核检查表 · 总览", styles.title);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, OVERVIEW_COLUMNS.size() - 1));
        for (int c = 0; c < OVERVIEW_COLUMNS.size(); c++) {
            styles.text(s, 1, c, OVERVIEW_COLUMNS.get(c), styles.header);
        }
        int r = 2;
        int rank = 1;
        for (Department d : ranked) {
            List<String> missing = new ArrayList<>();
            List<String> failing = new ArrayList<>();
            int notes = 0;
            for (DocumentReview doc : d.documents()) {
                doc.missingTables().forEach(t -> missing.add(doc.title() + "：" + t));
                notes += doc.openNotes();
                for (ReviewRow row : doc.rows()) {
                    if (Boolean.FALSE.equals(row.meets())) {
                        failing.add(doc.title() + "：" + row.item());
                    }
                }
            }
            styles.number(s, r, 0, java.math.BigDecimal.valueOf(rank++), styles.plainNumber);
            styles.text(s, r, 1, d.name(), styles.text);
            styles.text(s, r, 2, String.join("\n", d.documents().stream().map(DocumentReview::title).toList()),
                    styles.text);
            styles.number(s, r, 3, java.math.BigDecimal.valueOf(d.errors()), styles.plainNumber);
            styles.number(s, r, 4, java.math.BigDecimal.valueOf(d.warnings()), styles.plainNumber);
            styles.number(s, r, 5, java.math.BigDecimal.valueOf(notes), styles.plainNumber);
            styles.text(s, r, 6, String.join("\n", missing), styles.text);
            styles.text(s, r, 7, String.join("\n", failing), styles.text);
            r++;
        }
        printReady(s, OVERVIEW_WIDTHS, 1);
        s.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, OVERVIEW_COLUMNS.size() - 1));
    }

    private static void department(XSSFWorkbook wb, SheetStyles styles, Department d, String name) {
        Sheet s = wb.createSheet(name);
        styles.text(s, 0, 0, d.name() + " 预决算公开审核检查表", styles.title);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
        for (int c = 0; c < COLUMNS.size(); c++) {
            styles.text(s, 1, c, COLUMNS.get(c), styles.header);
        }
        int r = 2;
        for (DocumentReview doc : d.documents()) {
            styles.text(s, r, 0, doc.title() + "（待处理：错误 " + doc.openErrors() + "，警告 " + doc.openWarnings()
                    + "，提示 " + doc.openNotes() + "）", styles.textBold);
            for (int c = 1; c < COLUMNS.size(); c++) {
                styles.empty(s, r, c, styles.textBold);
            }
            s.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS.size() - 1));
            r++;
            for (ReviewRow row : doc.rows()) {
                styles.text(s, r, 0, row.group(), styles.text);
                styles.text(s, r, 1, row.item(), styles.text);
                styles.text(s, r, 2, row.requirement(), styles.text);
                styles.text(s, r, 3, row.verdict(), Boolean.FALSE.equals(row.meets()) ? styles.textBold : styles.text);
                List<String> numbered = new ArrayList<>();
                for (int i = 0; i < row.problems().size(); i++) {
                    numbered.add(row.problems().size() == 1 ? row.problems().get(i)
                            : (i + 1) + ". " + row.problems().get(i));
                }
                styles.text(s, r, 4, numbered.isEmpty() ? "无" : String.join("\n", numbered), styles.text);
                styles.text(s, r, 5, row.where(), styles.text);
                r++;
            }
        }
        printReady(s, WIDTHS, 1);
    }

    /** A4 landscape (the problems column needs the width), one page wide, header row on every page. */
    private static void printReady(Sheet s, int[] widths, int headerRow) {
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, headerRow + 1);
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        s.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        s.setHorizontallyCenter(true);
        s.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** An Excel sheet name (≤ 31 characters, none of []:*?/\) unique in the workbook. */
    static String sheetName(String department, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(department == null || department.isBlank() ? "未命名部门"
                : department, '_');
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
