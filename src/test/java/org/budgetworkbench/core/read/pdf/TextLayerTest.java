package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.model.NarrativeSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text layer of Word/WPS disclosures drawn as PDFs: a table of contents over two pages, double-spaced
 * prose (more room between the lines of a paragraph than single-spaced pages leave between paragraphs), a
 * part title that wraps with its tail centred, and text the page clips away (a cell set again above the clip).
 */
class TextLayerTest {
    private static final float LEFT = 90;
    private static final float SIZE = 12;
    /** Double spacing: a line every two sizes and a bit. */
    private static final float PITCH = 26;
    private static final String FULL = "上海市某某局本年度收入支出总计九百八十五万元与上年度相比增加一百零六万元";

    @TempDir
    Path dir;

    @Test
    void doubleSpacedParagraphsJoinAndTheContentsAreNoSections() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        pdf.centred(300, 80, 20, true, "上海市某某局");
        pdf.centred(300, 120, 16, false, "2024年度部门决算");
        pdf.centred(300, 200, 16, true, "目 录");
        float y = 240;
        for (String e : new String[] {"第一部分 上海市某某局概况", "一、主要职能", "二、部门决算单位构成",
                "第二部分 上海市某某局2024年度部门决算"}) {
            pdf.text(LEFT, y += PITCH, SIZE, false, e);
        }
        pdf.page(false);
        y = 80;
        for (String e : new String[] {"一、收入支出决算总表", "二、收入决算表", "第三部分 上海市某某局2024年度部门决算情况说明",
                "一、收入支出决算总体情况说明", "二、收入决算情况说明"}) {
            pdf.text(LEFT, y += PITCH, SIZE, false, e);
        }
        // the body begins on the page where the contents end, its first heading set larger
        pdf.text(LEFT, y += 2 * PITCH, 16, true, "第一部分 上海市某某局概况");
        pdf.page(false);
        y = 80;
        pdf.text(LEFT, y += PITCH, SIZE, false, "第三部分 上海市某某区规划和自然资源管理局及所属单位2024年度部门决算公开文本");
        pdf.centred(300, y += PITCH, SIZE, false, "情况说明");
        pdf.text(LEFT + 24, y += PITCH, SIZE, false, "一、收入支出决算总体情况说明");
        y = paragraph(pdf, y, 4, "主要原因是项目支出增加。");
        pdf.text(LEFT + 24, y += PITCH, SIZE, false, "二、收入决算情况说明");
        y = paragraph(pdf, y, 3, "占百分之百。");
        paragraph(pdf, y, 2, "其中财政拨款收入。");

        List<NarrativeSection> sections = new PdfReader().read(pdf.save(dir.resolve("text.pdf"))).narrative();

        NarrativeSection toc = sections.stream().filter(s -> s.heading().equals("目录")).findFirst().orElseThrow();
        assertThat(toc.paragraphs()).contains("一、主要职能", "二、收入决算表", "二、收入决算情况说明");
        // every heading of the body once: the contents opened none
        assertThat(sections).filteredOn(s -> s.heading().equals("二、收入决算情况说明")).hasSize(1);
        assertThat(sections).filteredOn(s -> s.heading().equals("一、主要职能")).isEmpty();
        assertThat(toc.paragraphs()).last().isEqualTo("二、收入决算情况说明");
        assertThat(sections).filteredOn(s -> s.heading().equals("第一部分 上海市某某局概况")).hasSize(1);
        NarrativeSection part = sections.stream().filter(s -> s.heading().startsWith("第三部分")).findFirst()
                .orElseThrow();
        assertThat(part.heading()).endsWith("公开文本情况说明");
        assertThat(part.paragraphs()).isEmpty();
        NarrativeSection first = sections.stream().filter(s -> s.heading().startsWith("一、收入支出决算总体")).findFirst()
                .orElseThrow();
        assertThat(first.paragraphs()).containsExactly(FULL.repeat(4) + "主要原因是项目支出增加。");
        NarrativeSection second = sections.stream().filter(s -> s.heading().equals("二、收入决算情况说明")).findFirst()
                .orElseThrow();
        assertThat(second.paragraphs()).containsExactly(FULL.repeat(3) + "占百分之百。",
                FULL.repeat(2) + "其中财政拨款收入。");
    }

    @Test
    void textTheClipHidesIsNotRead() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        pdf.beginClip(50, 100, 550, 300);
        pdf.text(LEFT, 60, SIZE, false, "上一页已印出的单元格文字");
        pdf.text(LEFT, 150, SIZE, false, "本页接着印出的单元格文字");
        pdf.endClip();
        pdf.text(LEFT, 400, SIZE, false, "裁剪区以外照常印出的文字");

        String text = String.join("|", new PdfReader().read(pdf.save(dir.resolve("clip.pdf"))).narrative().stream()
                .flatMap(s -> s.paragraphs().stream()).toList());
        assertThat(text).contains("本页接着印出的单元格文字").contains("裁剪区以外照常印出的文字")
                .doesNotContain("上一页已印出");
    }

    /** A paragraph: an indented first line, full lines to the margin, and a short last line. */
    private static float paragraph(CjkPdf pdf, float y, int fullLines, String last) {
        for (int i = 0; i < fullLines; i++) {
            pdf.text(LEFT, y += PITCH, SIZE, false, FULL);
        }
        pdf.text(LEFT, y += PITCH, SIZE, false, last);
        return y;
    }
}
