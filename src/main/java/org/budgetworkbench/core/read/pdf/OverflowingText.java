package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 溢出单元格的文字: a cell's wrapped text printed in a row too short for it. Spreadsheet printers (Excel, WPS,
 * LibreOffice) draw one cell's text as one run of lines at a regular pitch with a common left edge (or centre, or
 * right edge), placed in the middle, at the top or at the bottom of the cell; when the row is too short the lines
 * spill over the rows above and below, onto other cells' text. Read line by line by position, such a cell loses
 * lines to its neighbours and takes theirs. This finds those runs from the drawing order and names the cell each
 * belongs to, so that the whole run is read into it.
 *
 * <p>Only runs that show they overflow are moved: a line printed over another cell's text, across a ruling, or
 * outside the table. Every line but the last must fill the cell's width (a wrapped text does), and the cell the run
 * is placed in must hold no text of its own. A run that fits none of the three placements is left as it was read.
 */
final class OverflowingText {
    /** Lines further apart than this many text heights are not one cell's wrapped text. */
    private static final double MAX_PITCH = 2.0;
    private static final double MIN_PITCH = 1.0;
    /** How closely a run's lines keep their pitch and edge, in text heights. */
    private static final double PITCH_TOLERANCE = 0.15;
    private static final double EDGE_TOLERANCE = 0.5;
    /** How far a run's middle may miss its cell's middle, in text heights (printers centre to a tenth or two). */
    private static final double CENTRED = 0.35;
    /** The room between a cell's top and its text's (or its text's foot and the cell's bottom), in text heights. */
    private static final double EDGE_ROOM_MIN = -0.25;
    private static final double EDGE_ROOM_MAX = 0.7;
    /** A wrapped line ends at most this many text heights short of its cell (a CJK line wraps at a character). */
    private static final double FULL_LINE = 2.5;
    /** How far above or below a table a run's lines are looked for, in text heights. */
    static final double REACH = 12;

    /** The table's cells as the finder knows them: row and column edges and merged regions. */
    interface Cells {
        double[] xs();

        double[] ys();

        /** The merged region {r0, r1, c0, c1} holding the elementary cell (row, col). */
        int[] region(int row, int col);
    }

    private OverflowingText() {
    }

    /** A line as drawn: glyphs drawn one after the other on one baseline, left to right. */
    private record DrawnLine(List<Glyph> glyphs, double x0, double x1, double top, double bottom, double size) {
        static DrawnLine of(List<Glyph> gs) {
            double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
            double size = 0;
            for (Glyph g : gs) {
                if (g.isBlank()) {
                    continue;
                }
                x0 = Math.min(x0, g.x0());
                x1 = Math.max(x1, g.x1());
                top = Math.min(top, g.top());
                bottom = Math.max(bottom, g.bottom());
                size = Math.max(size, g.size());
            }
            return new DrawnLine(List.copyOf(gs), x0, x1, top, bottom, size);
        }

        boolean inked() {
            return size > 0;
        }

        double centreX() {
            return (x0 + x1) / 2;
        }

        double centreY() {
            return (top + bottom) / 2;
        }

        /** The width of the Latin letters and digits it starts with: a word or number is wrapped whole. */
        double leadingWord() {
            double end = x0;
            for (Glyph g : glyphs) {
                if (g.isBlank() || !g.text().matches("[0-9A-Za-z.,%()（）\\-]+")) {
                    break;
                }
                end = g.x1();
            }
            return end - x0;
        }
    }

    /**
     * For each glyph of an overflowing run, the point of the cell it belongs to ({x, y} inside that cell). Glyphs
     * not in the map are read where they are printed. {@code glyphs} are the page's glyphs near the table.
     */
    static Map<Glyph, double[]> owners(List<Glyph> glyphs, Cells cells) {
        double[] xs = cells.xs();
        double[] ys = cells.ys();
        List<Glyph> drawn = new ArrayList<>(glyphs);
        drawn.sort(java.util.Comparator.comparingInt(Glyph::order));
        List<DrawnLine> lines = drawnLines(drawn);
        List<List<DrawnLine>> runs = runs(lines);
        Set<Glyph> inRuns = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<DrawnLine> run : runs) {
            if (run.size() > 1) {
                run.forEach(l -> inRuns.addAll(l.glyphs()));
            }
        }
        Placement prevailing = prevailing(runs, cells);
        Map<Glyph, double[]> out = new IdentityHashMap<>();
        Set<Integer> taken = new java.util.HashSet<>();
        for (List<DrawnLine> run : runs) {
            if (run.size() < 2 || !overflows(run, lines, xs, ys)) {
                continue;
            }
            int[] owner = place(run, cells, drawn, inRuns, taken, prevailing);
            if (owner == null) {
                continue;
            }
            taken.add(owner[0] * xs.length + owner[2]);
            double y = (ys[owner[0]] + ys[owner[0] + 1]) / 2;
            for (DrawnLine l : run) {
                for (Glyph g : l.glyphs()) {
                    double x = Math.max(xs[owner[2]] + 0.01, Math.min(xs[owner[3] + 1] - 0.01, g.centerX()));
                    out.put(g, new double[] {x, y});
                }
            }
        }
        return out;
    }

    /** Splits the drawing order into lines: a glyph continues a line on its baseline just right of its end. */
    private static List<DrawnLine> drawnLines(List<Glyph> drawn) {
        List<DrawnLine> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        double base = Double.NaN, end = Double.NaN, size = 0;
        for (Glyph g : drawn) {
            double s = Math.max(size, g.size());
            boolean continues = !cur.isEmpty() && Math.abs(g.bottom() - base) <= s * 0.35
                    && g.x0() >= end - s * 0.5 && g.x0() <= end + s * 1.5;
            if (!continues && !cur.isEmpty()) {
                out.add(DrawnLine.of(cur));
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                base = g.bottom();
                size = g.size();
            }
            cur.add(g);
            end = g.x1();
            size = Math.max(size, g.size());
        }
        if (!cur.isEmpty()) {
            out.add(DrawnLine.of(cur));
        }
        return out.stream().filter(DrawnLine::inked).toList();
    }

    /** Groups lines drawn one after the other at a steady pitch downwards with a common edge into runs. */
    private static List<List<DrawnLine>> runs(List<DrawnLine> lines) {
        List<List<DrawnLine>> out = new ArrayList<>();
        List<DrawnLine> cur = new ArrayList<>();
        for (DrawnLine l : lines) {
            if (!cur.isEmpty() && !continues(cur, l)) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    private static boolean continues(List<DrawnLine> run, DrawnLine next) {
        DrawnLine first = run.get(0);
        DrawnLine prev = run.get(run.size() - 1);
        double size = Math.max(prev.size(), next.size());
        if (Math.abs(prev.size() - next.size()) > size * 0.1) {
            return false;
        }
        double dy = next.bottom() - prev.bottom();
        if (dy < size * MIN_PITCH || dy > size * MAX_PITCH) {
            return false;
        }
        if (run.size() > 1) {
            double pitch = run.get(1).bottom() - first.bottom();
            if (Math.abs(dy - pitch) > size * PITCH_TOLERANCE) {
                return false;
            }
        }
        double tol = size * EDGE_TOLERANCE;
        return Math.abs(next.x0() - first.x0()) <= tol || Math.abs(next.x1() - first.x1()) <= tol
                || Math.abs(next.centreX() - first.centreX()) <= tol;
    }

    /**
     * Whether a run shows it spills out of its cell: one of its lines is printed over another line, across a row
     * border, or outside the table.
     */
    private static boolean overflows(List<DrawnLine> run, List<DrawnLine> all, double[] xs, double[] ys) {
        double top = ys[0], bottom = ys[ys.length - 1];
        for (DrawnLine l : run) {
            if (l.centreY() < top || l.centreY() > bottom) {
                return true;
            }
            double margin = l.size() * 0.15;
            for (double edge : ys) {
                if (edge - l.top() > margin && l.bottom() - edge > margin) {
                    return true;
                }
            }
            for (DrawnLine o : all) {
                if (run.stream().noneMatch(x -> x == o) && o.x0() < l.x1() && l.x0() < o.x1()
                        && Math.min(o.bottom(), l.bottom()) - Math.max(o.top(), l.top()) > margin) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cell the run belongs to: the one it is centred on, or (where the table's one-line cells sit at the top or
     * bottom of their cells) the one its first line starts at the top of or its last line ends at the bottom of; the
     * first that holds no text of its own and that the run's lines fill as wrapped text does. Null when none fits.
     */
    private static int[] place(List<DrawnLine> run, Cells cells, List<Glyph> glyphs, Set<Glyph> inRuns,
                               Set<Integer> taken, Placement prevailing) {
        double[] xs = cells.xs();
        double[] ys = cells.ys();
        DrawnLine first = run.get(0);
        DrawnLine last = run.get(run.size() - 1);
        double size = first.size();
        double x = first.glyphs().stream().filter(g -> !g.isBlank()).findFirst().orElseThrow().centerX();
        if (x < xs[0] || x > xs[xs.length - 1]) {
            return null;
        }
        int col = band(xs, x);
        double middle = (first.top() + last.bottom()) / 2;
        int[] centred = regionAt(cells, middle, col);
        int[] topped = regionAt(cells, first.centreY(), col);
        int[] bottomed = regionAt(cells, last.centreY(), col);
        if (centred != null && Math.abs(middle - (ys[centred[0]] + ys[centred[1] + 1]) / 2) > size * CENTRED) {
            centred = null;
        }
        if (topped != null && !near(first.top() - ys[topped[0]], size)) {
            topped = null;
        }
        if (bottomed != null && !near(ys[bottomed[1] + 1] - last.bottom(), size)) {
            bottomed = null;
        }
        // A run is read at the top or bottom of a cell only where the table's one-line cells sit so: where rows are
        // about a line high, a run set in the middle of one cell also starts near the top of the cell above, and
        // a one-line cell followed by the first line of the next cell's run looks like a run set at the top.
        List<int[]> candidates = new ArrayList<>();
        switch (prevailing) {
            case TOP -> java.util.Collections.addAll(candidates, topped, centred);
            case BOTTOM -> java.util.Collections.addAll(candidates, bottomed, centred);
            default -> candidates.add(centred);
        }
        candidates.removeIf(java.util.Objects::isNull);
        for (int[] r : candidates) {
            if (!taken.contains(r[0] * xs.length + r[2]) && fills(run, xs[r[3] + 1] - xs[r[2]])
                    && !holdsOwnText(r, xs, ys, glyphs, inRuns) && !within(run, r, ys)) {
                return r;
            }
        }
        return null;
    }

    /** Where a cell's text sits in it: 垂直居中, 顶端对齐 or 底端对齐. */
    enum Placement { MIDDLE, TOP, BOTTOM }

    /**
     * The placement the table's one-line cells show: the room above and below their text, in the middle of the
     * cells when the two are about equal (rows no taller than a line show nothing else either).
     */
    private static Placement prevailing(List<List<DrawnLine>> runs, Cells cells) {
        double[] xs = cells.xs();
        double[] ys = cells.ys();
        List<Double> difference = new ArrayList<>();
        for (List<DrawnLine> run : runs) {
            DrawnLine l = run.get(0);
            if (run.size() != 1 || l.x0() < xs[0] || l.x0() > xs[xs.length - 1]) {
                continue;
            }
            int[] r = regionAt(cells, l.centreY(), band(xs, l.x0()));
            if (r == null || l.top() < ys[r[0]] || l.bottom() > ys[r[1] + 1]) {
                continue;
            }
            // room below less room above, in text heights: positive for text at the top of its cell
            difference.add(((ys[r[1] + 1] - l.bottom()) - (l.top() - ys[r[0]])) / l.size());
        }
        if (difference.isEmpty()) {
            return Placement.MIDDLE;
        }
        difference.sort(null);
        double median = difference.get(difference.size() / 2);
        return median > CLEAR_PLACEMENT ? Placement.TOP : median < -CLEAR_PLACEMENT ? Placement.BOTTOM
                : Placement.MIDDLE;
    }

    /** The room above and below one-line texts differs by this many text heights where cells are not centred. */
    private static final double CLEAR_PLACEMENT = 0.5;

    /** Whether a room between a cell's side and its text is what a top or bottom placement leaves. */
    private static boolean near(double room, double size) {
        return room >= size * EDGE_ROOM_MIN && room <= size * EDGE_ROOM_MAX;
    }

    private static int[] regionAt(Cells cells, double y, int col) {
        double[] ys = cells.ys();
        if (y < ys[0] || y > ys[ys.length - 1]) {
            return null;
        }
        return cells.region(band(ys, y), col);
    }

    /** Whether every line but the last runs to the cell's right side, as a wrapped text's lines do. */
    private static boolean fills(List<DrawnLine> run, double width) {
        for (int i = 0; i + 1 < run.size(); i++) {
            DrawnLine l = run.get(i);
            double slack = Math.max(FULL_LINE * l.size(), run.get(i + 1).leadingWord() + l.size());
            if (width - (l.x1() - l.x0()) > slack) {
                return false;
            }
        }
        return true;
    }

    /** Whether the region holds a glyph of a text that is not an overflowing run (the cell's own text). */
    private static boolean holdsOwnText(int[] r, double[] xs, double[] ys, List<Glyph> glyphs, Set<Glyph> inRuns) {
        for (Glyph g : glyphs) {
            if (!g.isBlank() && !inRuns.contains(g) && g.centerX() >= xs[r[2]] && g.centerX() <= xs[r[3] + 1]
                    && g.centerY() >= ys[r[0]] && g.centerY() <= ys[r[1] + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run's lines already all lie in the region: nothing to move. */
    private static boolean within(List<DrawnLine> run, int[] r, double[] ys) {
        for (DrawnLine l : run) {
            if (l.centreY() < ys[r[0]] || l.centreY() > ys[r[1] + 1]) {
                return false;
            }
        }
        return true;
    }

    /** The band of {@code edges} that {@code v} falls in (the last band for anything past it). */
    private static int band(double[] edges, double v) {
        for (int i = 0; i + 2 < edges.length; i++) {
            if (v < edges[i + 1]) {
                return i;
            }
        }
        return edges.length - 2;
    }
}
