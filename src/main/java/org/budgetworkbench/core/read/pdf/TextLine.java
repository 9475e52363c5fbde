package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A line of printed text (文字行): glyphs sharing a baseline, left to right. Gaps wider than a
 * character become a space, so that words set apart on paper stay apart in the text.
 */
final class TextLine {
    private final List<Glyph> glyphs;
    private final String text;
    private final double x0;
    private final double x1;
    private final double top;
    private final double bottom;
    private final double size;
    private final boolean bold;
    private final int page;

    TextLine(List<Glyph> glyphs, int page) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x0));
        this.glyphs = List.copyOf(sorted);
        this.page = page;
        double lx0 = Double.MAX_VALUE, lx1 = -Double.MAX_VALUE, lt = Double.MAX_VALUE, lb = -Double.MAX_VALUE;
        List<Double> sizes = new ArrayList<>();
        int boldCount = 0, inked = 0;
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : sorted) {
            if (g.isBlank()) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                continue;
            }
            if (prev != null && g.x0() - prev.x1() > Math.max(prev.size(), g.size()) * 0.9
                    && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
            b.append(g.text());
            lx0 = Math.min(lx0, g.x0());
            lx1 = Math.max(lx1, g.x1());
            lt = Math.min(lt, g.top());
            lb = Math.max(lb, g.bottom());
            sizes.add(g.size());
            inked++;
            if (g.bold()) {
                boldCount++;
            }
            prev = g;
        }
        sizes.sort(null);
        this.text = b.toString().strip();
        this.x0 = lx0;
        this.x1 = lx1;
        this.top = lt;
        this.bottom = lb;
        this.size = sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
        this.bold = inked > 0 && boldCount * 2 > inked;
    }

    /** Groups glyphs into lines: a glyph joins the line whose middle its own middle is level with. */
    static List<TextLine> of(List<Glyph> glyphs, int page) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::bottom).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Double> baselines = new ArrayList<>();
        for (Glyph g : sorted) {
            if (g.isBlank() && groups.isEmpty()) {
                continue;
            }
            int last = groups.size() - 1;
            if (last >= 0 && Math.abs(g.bottom() - baselines.get(last)) <= Math.max(1.5, g.size() * 0.35)) {
                groups.get(last).add(g);
            } else {
                List<Glyph> l = new ArrayList<>();
                l.add(g);
                groups.add(l);
                baselines.add(g.bottom());
            }
        }
        List<TextLine> out = new ArrayList<>();
        for (List<Glyph> grp : groups) {
            TextLine l = new TextLine(grp, page);
            if (!l.text().isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    String text() {
        return text;
    }

    double x0() {
        return x0;
    }

    double x1() {
        return x1;
    }

    double top() {
        return top;
    }

    double bottom() {
        return bottom;
    }

    double size() {
        return size;
    }

    boolean bold() {
        return bold;
    }

    int page() {
        return page;
    }

    double height() {
        return bottom - top;
    }

    @Override
    public String toString() {
        return "p" + page + "@" + Math.round(top) + " [" + Math.round(x0) + "-" + Math.round(x1) + "] " + text;
    }
}
