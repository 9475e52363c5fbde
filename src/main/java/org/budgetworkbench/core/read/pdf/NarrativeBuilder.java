package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.NarrativeSection;

/**
 * Turns the prose lines of a document into sections (说明文字分节): a heading starts a section, its
 * level taken from its numbering; lines are joined into paragraphs across line and page breaks. A
 * line that stops short of the right margin ends its paragraph; an indented line or a wide gap starts
 * a new one.
 */
final class NarrativeBuilder {
    /** A line reaching within this many character sizes of the right margin runs on. */
    private static final double RUN_ON = 1.5;
    /** A line ending mid-sentence this many character sizes or fewer short of the margin was wrapped. */
    private static final double NEAR_MARGIN = 3;
    /** Headings are short. */
    private static final int MAX_HEADING_CHARS = 60;
    private static final int MAX_PLAIN_HEADING_CHARS = 40;
    private static final String OPENING = "“‘《〈「『【〔";
    private static final String CLOSING = "。，、；：！？）》”’」』】〕";

    private final List<NarrativeSection> sections = new ArrayList<>();
    private final Map<Double, Margins> margins = new HashMap<>();
    private String heading = "";
    private int level;
    private Integer page;
    private final List<String> paragraphs = new ArrayList<>();
    private StringBuilder paragraph;
    private TextLine previous;
    private boolean previousWasHeading;
    private double bodySize;
    /** The usual room between two lines of a paragraph, in character sizes (double-spaced pages: ~1.1). */
    private double leading = 0;

    /** The left and right edges of body text on pages of one width. */
    record Margins(double left, double right) {
    }

    static List<NarrativeSection> build(List<PageLayout> pages, List<List<TextLine>> proseByPage) {
        NarrativeBuilder b = new NarrativeBuilder();
        TableOfContents toc = TableOfContents.find(proseByPage);
        List<List<TextLine>> body = new ArrayList<>();
        for (List<TextLine> lines : proseByPage) {
            body.add(lines.stream().filter(l -> !toc.contains(l)).toList());
        }
        b.measure(pages, body);
        for (int i = 0; i < pages.size(); i++) {
            for (TextLine l : proseByPage.get(i)) {
                if (toc.isTitle(l)) {
                    // the contents stand where they are printed, as a section of their own
                    b.closeSection();
                    b.sections.add(toc.section());
                    b.previous = null;
                } else if (!toc.contains(l)) {
                    b.accept(l, b.margins.get(pages.get(i).width()));
                }
            }
        }
        b.closeSection();
        return b.sections;
    }

    /** Body text edges per page width: the commonest left edge and a high quantile of right edges. */
    private void measure(List<PageLayout> pages, List<List<TextLine>> proseByPage) {
        Map<Double, List<TextLine>> byWidth = new HashMap<>();
        List<Double> sizes = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            byWidth.computeIfAbsent(pages.get(i).width(), w -> new ArrayList<>()).addAll(proseByPage.get(i));
            proseByPage.get(i).forEach(l -> sizes.add(l.size()));
        }
        leading = usualLeading(proseByPage);
        sizes.sort(null);
        bodySize = sizes.isEmpty() ? 10 : sizes.get(sizes.size() / 2);
        for (Map.Entry<Double, List<TextLine>> e : byWidth.entrySet()) {
            Map<Long, Integer> lefts = new HashMap<>();
            List<Double> rights = new ArrayList<>();
            for (TextLine l : e.getValue()) {
                lefts.merge(Math.round(l.x0()), 1, Integer::sum);
                if (l.x1() - l.x0() > e.getKey() / 2) {
                    rights.add(l.x1());
                }
            }
            long left = commonest(lefts, 0L);
            // Wrapped lines end at the text's right edge (ragged by up to a character or two).
            rights.sort(null);
            double right = rights.isEmpty() ? e.getKey() : rights.get((int) Math.floor((rights.size() - 1) * 0.95));
            margins.put(e.getKey(), new Margins(left, right));
        }
    }

    /**
     * The median room between consecutive lines of one size on a page, in sizes: most line pairs are
     * inside a paragraph, so it is the document's line spacing, whether single- or double-spaced (Word/WPS
     * 文字 output with 2x spacing leaves more room between the lines of one paragraph than single-spaced
     * pages leave between paragraphs).
     */
    private static double usualLeading(List<List<TextLine>> proseByPage) {
        List<Double> ratios = new ArrayList<>();
        for (List<TextLine> lines : proseByPage) {
            for (int i = 1; i < lines.size(); i++) {
                TextLine a = lines.get(i - 1);
                TextLine b = lines.get(i);
                double gap = b.top() - a.bottom();
                if (Math.abs(a.size() - b.size()) < 0.5 && gap >= 0 && a.size() > 0) {
                    ratios.add(gap / a.size());
                }
            }
        }
        if (ratios.size() < 8) {
            return 0;
        }
        ratios.sort(null);
        return ratios.get(ratios.size() / 2);
    }

    /** More room above the line than between the lines of a paragraph: a paragraph or block break. */
    private boolean wideGap(TextLine prev, TextLine line, double factor) {
        return line.top() - prev.bottom() > line.size() * Math.max(factor, leading + 0.6);
    }

    private static long commonest(Map<Long, Integer> counts, long otherwise) {
        return counts.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(otherwise);
    }

    private void accept(TextLine line, Margins m) {
        String text = line.text();
        if (isHeading(line, m)) {
            if (previousWasHeading && previous != null && continuesHeading(previous, line, m)) {
                heading = CellText.join(heading, text);
                previous = line;
                return;
            }
            closeSection();
            heading = text;
            int numbered = HeadingRule.level(text);
            level = numbered > 0 ? numbered : line.size() >= bodySize * 1.25 ? 1 : 4;
            page = line.page();
            previous = line;
            previousWasHeading = true;
            return;
        }
        if (previousWasHeading && previous != null && continuesHeading(previous, line, m)) {
            heading = CellText.join(heading, text);
            previous = line;
            return;
        }
        if (page == null) {
            page = line.page();
        }
        if (paragraph == null || startsParagraph(previous, line, m) || previousWasHeading) {
            closeParagraph();
            paragraph = new StringBuilder(text);
        } else {
            paragraph = new StringBuilder(ParagraphJoiner.join(paragraph.toString(), text));
        }
        previous = line;
        previousWasHeading = false;
    }

    /**
     * A heading: numbered like one, or bold, and standing on its own line (not running on to the margin as
     * prose does), short, and not a sentence unless set in bold.
     */
    boolean isHeading(TextLine line, Margins m) {
        String t = line.text().replaceAll("\\s+", "");
        if (t.length() > MAX_HEADING_CHARS || PageFurniture.isPageNumber(line.text())) {
            return false;
        }
        boolean numbered = HeadingRule.level(line.text()) > 0;
        boolean standsAlone = previous == null || previousWasHeading || endsParagraph(previous, m)
                || previous.page() != line.page() || wideGap(previous, line, 1.0);
        if (!standsAlone) {
            return false;
        }
        if (prominent(line)) {
            return numbered || !endsWithSentence(t) || t.length() <= 20;
        }
        // 第三部分 …: a part title is a heading even when, centred and long, it runs to the margin and wraps
        boolean part = HeadingRule.level(line.text()) == 1;
        return numbered && t.length() <= MAX_PLAIN_HEADING_CHARS && !endsWithSentence(t)
                && (part || endsParagraph(line, m));
    }

    /**
     * Set apart from the body: bold, or a size well above the body text's. Shanghai's templates print their
     * part titles (部门主要职能, 名词解释, 2025年部门预算编制说明) unnumbered in a plain font 1.5 times the body's.
     */
    private boolean prominent(TextLine line) {
        return line.bold() || line.size() >= bodySize * 1.25;
    }

    private static boolean endsWithSentence(String t) {
        return t.endsWith("。") || t.endsWith("；") || t.endsWith(";");
    }

    /** A bold heading that ran to the margin goes on in the next bold line of the same size. */
    private boolean continuesHeading(TextLine head, TextLine line, Margins m) {
        if (HeadingRule.level(head.text()) == 1 && isCentredTail(head, line, m)) {
            return true;
        }
        return prominent(head) && prominent(line) && head.bold() == line.bold()
                && Math.abs(head.size() - line.size()) < 0.5 && !endsParagraph(head, m)
                && HeadingRule.level(line.text()) == 0 && head.page() == line.page()
                && !wideGap(head, line, 1.2);
    }

    /** The short, centred rest of a part title that wrapped ("情况说明" under "第三部分 …部门决算"). */
    private boolean isCentredTail(TextLine head, TextLine line, Margins m) {
        String t = line.text().replaceAll("\\s+", "");
        return m != null && !endsParagraph(head, m) && t.length() <= 12 && HeadingRule.level(t) == 0
                && !endsWithSentence(t) && head.page() == line.page() && !wideGap(head, line, 1.2)
                && line.x0() > m.left() + 2 * line.size() && Math.abs(head.size() - line.size()) < 0.5;
    }

    private static boolean endsParagraph(TextLine line, Margins m) {
        return m == null || line.x1() < m.right() - RUN_ON * Math.max(line.size(), 1);
    }

    private boolean startsParagraph(TextLine prev, TextLine line, Margins m) {
        if (prev == null || m == null) {
            return true;
        }
        boolean indented = line.x0() > m.left() + line.size() * 1.2;
        if (endsParagraph(prev, m)) {
            // A line also stops short when the next word (a figure like 14.28%) did not fit after it, and a
            // line ending mid-sentence a few characters short of the margin was wrapped, not ended.
            return indented || !(firstWordDidNotFit(prev, line, m) || wrappedMidSentence(prev, m));
        }
        if (indented) {
            return true; // first-line indent
        }
        return prev.page() == line.page() && wideGap(prev, line, 1.2);
    }

    /** A line that stops within a few characters of the margin without a sentence or clause ending. */
    static boolean wrappedMidSentence(TextLine prev, Margins m) {
        String t = prev.text().strip();
        if (t.isEmpty() || "。！？；;：:!?）)”’".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        return m.right() - prev.x1() < NEAR_MARGIN * Math.max(prev.size(), 1);
    }

    /** Whether the next line's first unbreakable piece is wider than the room left on the line before. */
    static boolean firstWordDidNotFit(TextLine prev, TextLine line, Margins m) {
        double room = m.right() - prev.x1();
        double start = Double.NaN;
        double end = Double.NaN;
        boolean inBracket = false;
        for (Glyph g : line.glyphs()) {
            if (g.isBlank()) {
                if (Double.isNaN(start) || inBracket) {
                    continue;
                }
                break;
            }
            char c = g.text().charAt(0);
            boolean latin = c < 128 && c != '(';
            if (Double.isNaN(start)) {
                start = g.x0();
                end = g.x1();
                inBracket = c == '(' || c == '（';
                if (OPENING.indexOf(c) >= 0 && !inBracket) {
                    inBracket = true; // an opening quote travels with what follows it
                    continue;
                }
                if (!latin && !inBracket) {
                    break; // one Chinese character is the smallest piece
                }
                continue;
            }
            if (inBracket) {
                end = g.x1();
                inBracket = c != ')' && c != '）' && c != '”' && c != '’' && c != '》';
                continue;
            }
            if (!latin) {
                if (CLOSING.indexOf(c) >= 0) {
                    end = g.x1(); // closing punctuation may not start a line: it travels with the word
                }
                break;
            }
            end = g.x1();
        }
        if (Double.isNaN(start)) {
            return false;
        }
        return end - start + line.size() * 0.3 > room;
    }

    private void closeParagraph() {
        if (paragraph != null && !paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        paragraph = null;
    }

    private void closeSection() {
        closeParagraph();
        if (!heading.isEmpty() || !paragraphs.isEmpty()) {
            sections.add(new NarrativeSection(heading, level, page, paragraphs));
        }
        heading = "";
        level = 0;
        page = null;
        paragraphs.clear();
    }
}
