package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line at wide gaps into the pieces that were set apart on paper (文字块), e.g. a caption line
 * "部门/单位：某局 ……… 单位：万元", so each piece can go into its own cell.
 */
final class TextChunks {
    /** A gap wider than this many character sizes separates two pieces. */
    static final double GAP = 2.5;

    private TextChunks() {
    }

    static List<TextLine> split(TextLine line) {
        List<TextLine> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line.glyphs()) {
            if (g.isBlank()) {
                if (!cur.isEmpty()) {
                    cur.add(g); // a space inside a piece stays; one at a split is dropped with the gap
                }
                continue;
            }
            if (prev != null && g.x0() - prev.x1() > GAP * Math.max(prev.size(), g.size())) {
                out.add(new TextLine(cur, line.page()));
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) {
            out.add(new TextLine(cur, line.page()));
        }
        return out;
    }
}
