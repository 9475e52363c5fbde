package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.pdf.ShortRowPrinter.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 行高不足的单元格: a form and a project list printed with rows one line high, so that each long cell's wrapped
 * text spills over the rows above and below it and onto their text — set in the middle of its cell, at its top, at
 * its bottom, or clipped to its cell. Every cell must read its own whole text, and its neighbours theirs.
 */
class OverflowingCellTest {
    private static final float SIZE = 9;
    private static final float[] FORM = {60, 160, 400};
    private static final String REASON = "保证部门各科室工作的正常开展，提供运转有序的办公室设施和良好的办公环境，"
            + "该项经费主要为部门工作运转所需经费，包括办公用品采购。";
    private static final String CHANGES = "1. 前两年预算安排情况：2022年项目预算669万元；2023年项目预算552万元。"
            + "2. 当年预算变动情况及理由：压减办公经费，预算调整为501.6元。";
    private static final String CONTENT = "完善全区统一的应急联动体系，落实好区内政务值班调度平台人员调度工作。";

    @TempDir
    Path dir;

    /** The form: labels on the left, values on the right; the long values (and one long label) wrap. */
    private static String[][] form() {
        return new String[][] {
                {"项目名称", "政府综合协调经费"},
                {"项目负责人", "熊某某"},
                {"项目申请理由", REASON},
                {"项目总预算", "501.60"},
                {"项目前两年预算及当年预算变动情况", CHANGES},
                {"项目主要内容", CONTENT},
                {"项目资金来源", "财政拨款"},
                {"备注", "无"}};
    }

    @Test
    void wrappedTextCentredInAShortRowIsReadIntoItsOwnCell() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        new ShortRowPrinter(pdf, FORM, 100, 13, SIZE).print(form());
        assertFormReadWhole(read(pdf, "centred.pdf"));
    }

    @Test
    void wrappedTextClippedToItsShortRowIsReadWhole() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        new ShortRowPrinter(pdf, FORM, 100, 13, SIZE).clipped(true).print(form());
        assertFormReadWhole(read(pdf, "clipped.pdf"));
    }

    @Test
    void wrappedTextSetAtTheTopOfItsRowSpillsDownAndIsReadIntoItsCell() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        // rows taller than a line, so the one-line cells show the top placement; the long text spills down over an
        // empty cell and onto the next value, its middle in the middle of the row below
        String[][] cells = {
                {"项目名称", "政府综合协调经费"},
                {"项目申请理由", REASON + REASON},
                {"项目负责人", ""},
                {"项目总预算", "501.60"},
                {"项目主要内容", CONTENT},
                {"备注", "无"}};
        new ShortRowPrinter(pdf, FORM, 100, 20, SIZE).placed(Placement.TOP).print(cells);
        Grid g = read(pdf, "top.pdf");
        assertThat(value(g, "项目申请理由")).isEqualTo(REASON + REASON);
        assertThat(value(g, "项目负责人")).isEmpty();
        assertThat(value(g, "项目总预算")).isEqualTo("501.60");
        assertThat(value(g, "项目主要内容")).isEqualTo(CONTENT);
        assertThat(value(g, "备注")).isEqualTo("无");
    }

    @Test
    void wrappedTextSetAtTheBottomOfItsRowSpillsUpAndIsReadIntoItsCell() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        String[][] cells = {
                {"项目名称", "政府综合协调经费"},
                {"项目总预算", "501.60"},
                {"项目负责人", ""},
                {"项目申请理由", REASON + REASON},
                {"备注", "无"}};
        new ShortRowPrinter(pdf, FORM, 100, 20, SIZE).placed(Placement.BOTTOM).print(cells);
        Grid g = read(pdf, "bottom.pdf");
        assertThat(value(g, "项目申请理由")).isEqualTo(REASON + REASON);
        assertThat(value(g, "项目总预算")).isEqualTo("501.60");
        assertThat(value(g, "项目负责人")).isEmpty();
        assertThat(value(g, "项目名称")).isEqualTo("政府综合协调经费");
    }

    @Test
    void aLongProjectNameOverflowingItsRowInAProjectListStaysInItsRow() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        String longName = "全区应急联动体系建设及政务值班调度平台运行维护项目";
        String[][] cells = {
                {"项目名称", "金额"},
                {"办公设备购置", "12.00"},
                {longName, "501.60"},
                {"会议费", "3.00"},
                {"合计", "516.60"}};
        new ShortRowPrinter(pdf, new float[] {60, 200, 280}, 100, 12, SIZE).print(cells);
        Grid g = read(pdf, "list.pdf");
        assertThat(rows(g)).containsSubsequence(List.of("办公设备购置", "12.00"), List.of(longName, "501.60"),
                List.of("会议费", "3.00"), List.of("合计", "516.60"));
    }

    @Test
    void cellsOfAColumnDrawnOneAfterAnotherInTightRowsAreNotOneText() throws Exception {
        // a narrow code column printed column by column: the codes follow each other at the row pitch like the lines
        // of one wrapped text, but each sits in its own row and overlaps nothing
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        float[] xs = {60, 90, 200};
        String[] codes = {"201", "203", "205", "207"};
        String[] names = {"一般公共服务", "国防支出", "教育支出", "文化旅游"};
        float top = 100, row = 12;
        List<float[]> lines = new ArrayList<>();
        for (int r = 0; r <= codes.length; r++) {
            lines.add(new float[] {xs[0], top + r * row, xs[2], top + r * row});
        }
        for (float x : xs) {
            lines.add(new float[] {x, top, x, top + codes.length * row});
        }
        pdf.rules(lines);
        for (int r = 0; r < codes.length; r++) {
            pdf.text(xs[0] + 2, top + r * row + 9.5f, SIZE, false, codes[r]);
        }
        for (int r = 0; r < names.length; r++) {
            pdf.text(xs[1] + 2, top + r * row + 9.5f, SIZE, false, names[r]);
        }
        Grid g = read(pdf, "columns.pdf");
        assertThat(rows(g)).containsSubsequence(List.of("201", "一般公共服务"), List.of("203", "国防支出"),
                List.of("205", "教育支出"), List.of("207", "文化旅游"));
    }

    private void assertFormReadWhole(Grid g) {
        assertThat(value(g, "项目名称")).isEqualTo("政府综合协调经费");
        assertThat(value(g, "项目负责人")).isEqualTo("熊某某");
        assertThat(value(g, "项目申请理由")).isEqualTo(REASON);
        assertThat(value(g, "项目总预算")).isEqualTo("501.60");
        assertThat(value(g, "项目前两年预算及当年预算变动情况")).isEqualTo(CHANGES);
        assertThat(value(g, "项目主要内容")).isEqualTo(CONTENT);
        assertThat(value(g, "项目资金来源")).isEqualTo("财政拨款");
        assertThat(value(g, "备注")).isEqualTo("无");
    }

    private Grid read(CjkPdf pdf, String name) throws Exception {
        List<Grid> grids = new PdfReader().read(pdf.save(dir.resolve(name))).grids();
        assertThat(grids).hasSize(1);
        return grids.get(0);
    }

    /** The text right of the cell holding {@code label} in its row. */
    private static String value(Grid g, String label) {
        for (int r = 0; r < g.rowCount(); r++) {
            for (int c = 0; c + 1 < g.columnCount(); c++) {
                if (label.equals(g.text(r, c))) {
                    return g.text(r, c + 1);
                }
            }
        }
        throw new AssertionError("no row labelled " + label + " in\n" + rows(g));
    }

    private static List<List<String>> rows(Grid g) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < g.rowCount(); r++) {
            out.add(g.rowTexts(r));
        }
        return out;
    }
}
