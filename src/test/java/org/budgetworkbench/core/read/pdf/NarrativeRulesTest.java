package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.NarrativeSection;
import org.junit.jupiter.api.Test;

/** The heading-level, line-joining and paragraph rules, on lines built by hand. */
class NarrativeRulesTest {
    private static final double SIZE = 10;
    private static final double LEFT = 50;
    private static final double RIGHT = 550;

    @Test
    void headingLevelsFollowTheNumbering() {
        assertThat(HeadingRule.level("第一部分 武汉市某局概况")).isEqualTo(1);
        assertThat(HeadingRule.level("第十二部分 附件")).isEqualTo(1);
        assertThat(HeadingRule.level("一、部门收支总体情况")).isEqualTo(2);
        assertThat(HeadingRule.level("十一、其他重要事项的情况说明")).isEqualTo(2);
        assertThat(HeadingRule.level("（一）机关运行经费情况")).isEqualTo(3);
        assertThat(HeadingRule.level("(二) 政府采购预算情况")).isEqualTo(3);
        assertThat(HeadingRule.level("1. 人员经费")).isEqualTo(4);
        assertThat(HeadingRule.level("2、社会保障和就业支出")).isEqualTo(4);
        assertThat(HeadingRule.level("（1）产出指标完成情况分析")).isEqualTo(4);
        assertThat(HeadingRule.level("①预算绩效管理工作开展情况")).isEqualTo(4);
        assertThat(HeadingRule.level("2255.84 万元")).isZero();
        assertThat(HeadingRule.level("14.28%。其中：")).isZero();
        assertThat(HeadingRule.level("部门收入预算 2255.84 万元。")).isZero();
    }

    @Test
    void chineseJoinsWithoutSpaceLatinWordsKeepOne() {
        assertThat(ParagraphJoiner.join("比上年增加", "4.50 万元")).isEqualTo("比上年增加4.50 万元");
        assertThat(ParagraphJoiner.join("按照 the", "budget")).isEqualTo("按照 the budget");
        assertThat(ParagraphJoiner.join("", "第一行")).isEqualTo("第一行");
        assertThat(CellText.join("其他政府办公厅（室）及相", "关机构事务支出")).isEqualTo("其他政府办公厅（室）及相关机构事务支出");
        assertThat(CellText.join("42011124003T0000", "00100")).isEqualTo("42011124003T000000100");
    }

    @Test
    void linesJoinIntoParagraphsUntilAShortLineOrAnIndent() {
        List<TextLine> lines = new ArrayList<>();
        double y = 100;
        lines.add(line("二、部门收入预算安排情况", LEFT, y += 20, false));
        lines.add(line("部门收入预算二二五五万元其中一般公共预算财政拨款收入二二五五万元比上年有所减少主要", LEFT + 20, y += 15, true));
        lines.add(line("原因是落实过紧日子要求。", LEFT, y += 15, false));
        lines.add(line("第二段首行缩进两个字符这一行写满到右边距为止这一行写满到右边距为止这一行写满到", LEFT + 20, y += 15, true));
        lines.add(line("第二段第二行。", LEFT, y += 15, false));
        List<NarrativeSection> sections = build(lines);
        assertThat(sections).hasSize(1);
        NarrativeSection s = sections.get(0);
        assertThat(s.heading()).isEqualTo("二、部门收入预算安排情况");
        assertThat(s.level()).isEqualTo(2);
        assertThat(s.paragraphs()).containsExactly(
                "部门收入预算二二五五万元其中一般公共预算财政拨款收入二二五五万元比上年有所减少主要原因是落实过紧日子要求。",
                "第二段首行缩进两个字符这一行写满到右边距为止这一行写满到右边距为止这一行写满到第二段第二行。");
    }

    @Test
    void aParagraphRunsOnAcrossAPageBreak() {
        List<TextLine> page1 = List.of(
                line("三、部门支出预算安排情况", LEFT, 100, false, 1),
                line("部门支出预算二二五五万元其中基本支出一七五四万元项目支出五零一万元这一行写满到右边距为", LEFT + 20, 115, true, 1));
        List<TextLine> page2 = List.of(line("止并在下一页继续。", LEFT, 60, false, 2));
        List<NarrativeSection> sections = NarrativeBuilder.build(
                List.of(page(1, page1), page(2, page2)), List.of(page1, page2));
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).page()).isEqualTo(1);
        assertThat(sections.get(0).paragraphs()).singleElement().asString().endsWith("右边距为止并在下一页继续。");
    }

    @Test
    void aShortLineWhoseNextFigureDidNotFitRunsOn() {
        TextLine prev = line("比上年增加四万元增长", LEFT, 100, false);
        TextLine next = line("14.28%。其中：", LEFT, 115, false);
        NarrativeBuilder.Margins m = new NarrativeBuilder.Margins(LEFT, prev.x1() + 15);
        assertThat(NarrativeBuilder.firstWordDidNotFit(prev, next, m)).isTrue();
        NarrativeBuilder.Margins wide = new NarrativeBuilder.Margins(LEFT, prev.x1() + 200);
        assertThat(NarrativeBuilder.firstWordDidNotFit(prev, next, wide)).isFalse();
    }

    @Test
    void aLineStoppingJustShortMidSentenceRunsOn() {
        TextLine prev = line("其中：政府采购货物支出", LEFT, 100, false);
        TextLine ended = line("占支出总额的百分之百。", LEFT, 100, false);
        NarrativeBuilder.Margins near = new NarrativeBuilder.Margins(LEFT, prev.x1() + 2 * SIZE);
        assertThat(NarrativeBuilder.wrappedMidSentence(prev, near)).isTrue();
        assertThat(NarrativeBuilder.wrappedMidSentence(ended, new NarrativeBuilder.Margins(LEFT, ended.x1() + 2 * SIZE)))
                .as("a sentence ends there").isFalse();
        assertThat(NarrativeBuilder.wrappedMidSentence(prev, new NarrativeBuilder.Margins(LEFT, prev.x1() + 6 * SIZE)))
                .as("far from the margin").isFalse();
    }

    @Test
    void pageNumbersAndRunningHeadsAreFurniture() {
        List<PageLayout> pages = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            pages.add(new PageLayout(n, 600, 800, List.of(), List.of(
                    line("某局2024年部门预算公开", LEFT, 30, false, n),
                    line("正文第" + n + "页的内容。", LEFT, 400, false, n),
                    line("- " + n + " -", 290, 780, false, n))));
        }
        PageFurniture f = new PageFurniture(pages);
        PageLayout p = pages.get(2);
        assertThat(f.isFurniture(p.lines().get(0), p)).as("running head").isTrue();
        assertThat(f.isFurniture(p.lines().get(1), p)).as("body text").isFalse();
        assertThat(f.isFurniture(p.lines().get(2), p)).as("page number").isTrue();
        assertThat(PageFurniture.isPageNumber("第 3 页 / 共 22 页")).isTrue();
        assertThat(PageFurniture.isPageNumber("2255.84")).isFalse();
    }

    @Test
    void anUnnumberedTitleSetLargerThanTheBodyIsAHeading() {
        // Shanghai's templates: "上海市某局主要职能", "名词解释" centred, unnumbered, plain, 1.5 times the body size
        for (double titleSize : new double[] {15, 18}) {
            List<TextLine> lines = new ArrayList<>();
            lines.add(sized("上海市某局主要职能", 230, 100, titleSize));
            lines.add(line("上海市某局是主管全区产业经济的区政府工作部门这一行写满到右边距为止这一行写满到右边距", LEFT + 20, 130, true));
            lines.add(line("为止。", LEFT, 145, false));
            lines.add(sized("名词解释", 270, 180, titleSize));
            lines.add(line("（一）财政拨款收入：指本级财政当年拨付的资金这一行写满到右边距为止这一行写满到右边距", LEFT + 20, 210, true));
            lines.add(line("为止。", LEFT, 225, false));
            List<NarrativeSection> sections = build(lines);
            assertThat(sections).extracting(NarrativeSection::heading).containsExactly("上海市某局主要职能", "名词解释");
            assertThat(sections).allSatisfy(x -> assertThat(x.level()).isEqualTo(1));
        }
        // the same short line at the body's size is not set apart: it stays text
        List<TextLine> plain = new ArrayList<>();
        plain.add(line("二、部门机构设置", LEFT, 80, false));
        plain.add(sized("上海市某局主要职能", 230, 100, SIZE));
        plain.add(line("上海市某局是主管全区产业经济的区政府工作部门这一行写满到右边距为止这一行写满到右边距", LEFT + 20, 130, true));
        plain.add(line("为止。", LEFT, 145, false));
        assertThat(build(plain)).extracting(NarrativeSection::heading).containsExactly("二、部门机构设置");
    }

    /** A plain (not bold) line of glyphs of the given size, one size wide each. */
    private static TextLine sized(String text, double x0, double baseline, double size) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            double x = x0 + i * size;
            glyphs.add(new Glyph(text.substring(i, i + 1), x, x + size, baseline - size * 0.85, baseline, size, false, i));
        }
        return new TextLine(glyphs, 1);
    }

    private static List<NarrativeSection> build(List<TextLine> lines) {
        return NarrativeBuilder.build(List.of(page(1, lines)), List.of(lines));
    }

    private static PageLayout page(int n, List<TextLine> lines) {
        return new PageLayout(n, 600, 800, List.of(), lines);
    }

    private static TextLine line(String text, double x0, double baseline, boolean toMargin) {
        return line(text, x0, baseline, toMargin, 1);
    }

    /** A line of glyphs one size wide each; {@code toMargin} spreads it to end at the right margin. */
    private static TextLine line(String text, double x0, double baseline, boolean toMargin, int page) {
        List<Glyph> glyphs = new ArrayList<>();
        int n = text.length();
        double step = toMargin ? (RIGHT - x0) / n : (text.chars().allMatch(c -> c < 128) ? SIZE * 0.55 : SIZE);
        for (int i = 0; i < n; i++) {
            String ch = text.substring(i, i + 1);
            double w = ch.charAt(0) < 128 ? SIZE * 0.55 : SIZE;
            double x = x0 + i * step;
            glyphs.add(new Glyph(ch, x, x + Math.min(w, step), baseline - SIZE * 0.85, baseline, SIZE, false, i));
        }
        return new TextLine(glyphs, page);
    }
}
