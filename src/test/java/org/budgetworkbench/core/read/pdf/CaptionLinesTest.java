package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.read.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lines taken for a table's title block (表题行): the start of its title block at the foot of the page before
 * (表号 and title there, 单位 on the table's page) belongs to it; the entries of a 目录 — on the page before or
 * above the table on its own page — do not.
 */
class CaptionLinesTest {
    private static final float[] XS = {60, 240, 340, 520, 620};
    private static final String[][] SUMMARY = {
        {"收入", "<", "支出", "<"},
        {"项目", "预算数", "项目", "预算数"},
        {"一般公共预算拨款收入", "120.00", "一般公共服务支出", "120.00"},
        {"收入总计", "120.00", "支出总计", "120.00"}};

    @TempDir
    Path dir;

    @Test
    void theLastEntriesOfAContentsPageAreNoTitleOfTheFirstTable() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(true);
        pdf.text(60, 60, 12, false, "目录");
        String[] names = {"收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表",
            "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表", "项目支出表"};
        for (int i = 0; i < names.length; i++) {
            entry(pdf, 84 + 18 * i, "表" + (i + 1), names[i]);
        }
        pdf.page(true);
        pdf.text(60, 50, 9, false, "表1");
        pdf.centred(340, 74, 14, true, "收支总表");
        pdf.text(560, 96, 9, false, "单位：万元");
        pdf.table(XS, 104, 18, 9, SUMMARY);

        Grid g = new PdfReader().read(pdf.save(dir.resolve("contents.pdf"))).grids().get(0);

        assertThat(rows(g)).doesNotContain("表10|项目支出表");
        assertThat(g.rowTexts(0)).containsExactly("表1");
        assertThat(g.rowTexts(1)).containsExactly("收支总表");
    }

    @Test
    void aContentsAboveTheFirstTableOnItsPageIsNoPartOfItsTitleBlock() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(true);
        pdf.text(60, 50, 9, false, "目录");
        String[] names = {"收支总表", "收入总表", "支出总表", "项目支出表"};
        for (int i = 0; i < names.length; i++) {
            entry(pdf, 68 + 14 * i, "公开 0" + (i + 1) + " 表", names[i]);
        }
        // a blank line, then the table's number and title on one line set like an entry
        entry(pdf, 140, "公开 01 表", "收支总表");
        pdf.text(560, 160, 9, false, "单位：万元");
        pdf.table(XS, 168, 18, 9, SUMMARY);

        Grid g = new PdfReader().read(pdf.save(dir.resolve("same-page.pdf"))).grids().get(0);

        assertThat(rows(g)).doesNotContain("公开 04 表|项目支出表");
        assertThat(g.rowTexts(0)).containsExactly("公开 01 表", "收支总表");
        assertThat(g.rowTexts(1)).containsExactly("单位：万元");
    }

    @Test
    void aTitleBlockBegunAtTheFootOfThePageBeforeBelongsToTheTable() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(true);
        pdf.text(60, 60, 12, false, "一、部门预算公开表");
        pdf.text(60, 520, 9, false, "表1");
        pdf.centred(340, 548, 14, true, "收支总表");
        pdf.page(true);
        pdf.text(560, 50, 9, false, "单位：万元");
        pdf.table(XS, 58, 18, 9, SUMMARY);

        Grid g = new PdfReader().read(pdf.save(dir.resolve("foot.pdf"))).grids().get(0);

        assertThat(g.rowTexts(0)).containsExactly("表1");
        assertThat(g.rowTexts(1)).containsExactly("收支总表");
        assertThat(g.rowTexts(2)).containsExactly("单位：万元");
    }

    /** A line of a 目录 (or a title set like one): the table's number, then its name further right. */
    private static void entry(CjkPdf pdf, float y, String number, String name) {
        pdf.text(60, y, 9, false, number);
        pdf.text(140, y, 9, false, name);
    }

    private static List<String> rows(Grid g) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < g.rowCount(); r++) {
            out.add(String.join("|", g.rowTexts(r)));
        }
        return out;
    }
}
