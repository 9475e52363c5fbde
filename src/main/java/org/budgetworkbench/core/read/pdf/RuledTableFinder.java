package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetworkbench.core.limits.InputLimits;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.core.limits.ProcessingDeadline;
import org.budgetworkbench.core.read.Grid;

/**
 * Finds tables drawn with cell borders (有框线表格): rulings that cross each other form a table; the
 * distinct x of its vertical lines are column edges and the distinct y of its horizontal lines row
 * edges. Where a border between two neighbouring cells is missing, the cells are one merged cell.
 * Text inside a cell that wraps over several lines is joined into one cell text.
 */
final class RuledTableFinder {
    /** Line positions closer than this are one line (double borders, rounding). */
    private static final double SNAP = 2.0;
    /** A border counts as present when it covers this share of the cell side. */
    private static final double PRESENT = 0.6;

    private RuledTableFinder() {
    }

    static List<PageTable> find(int page, List<Ruling> rulings, List<Glyph> glyphs) {
        return find(page, rulings, glyphs, List.of(),
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * The tables. {@code hidden} are glyphs a cell's clip hid (read only where they finish a cell's overflowing
     * text); {@code claimed} receives the glyphs printed outside every table that a cell's overflowing text brings
     * into its cell (they are not prose).
     */
    static List<PageTable> find(int page, List<Ruling> rulings, List<Glyph> glyphs, List<Glyph> hidden,
                                java.util.Set<Glyph> claimed) {
        List<List<Ruling>> clusters = cluster(rulings);
        List<PageTable> tables = new ArrayList<>();
        for (List<Ruling> cl : clusters) {
            PageTable t = build(page, cl, glyphs, hidden, claimed);
            if (t != null) {
                tables.add(t);
            }
        }
        tables.sort(Comparator.comparingDouble(PageTable::top).thenComparingDouble(PageTable::x0));
        return tables;
    }

    /** Side of the squares rulings are bucketed in, so only lines near each other are compared. */
    private static final double BUCKET = 24;

    /**
     * Groups rulings that touch (directly or through others) with union-find. Only lines that share a bucket of
     * the page are compared: every pair of a page's lines made reading a page of thousands of them quadratic.
     */
    private static List<List<Ruling>> cluster(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        java.util.Map<Long, List<Integer>> buckets = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            if ((i & 0xFF) == 0) {
                ProcessingDeadline.check();
            }
            Ruling a = rulings.get(i);
            // far outside any paper a line still gets a bucket at the edge, never millions of them
            double x0 = clamp(a.horizontal() ? a.from() : a.at());
            double x1 = clamp(a.horizontal() ? a.to() : a.at());
            double y0 = clamp(a.horizontal() ? a.at() : a.from());
            double y1 = clamp(a.horizontal() ? a.at() : a.to());
            long bx0 = (long) Math.floor((x0 - SNAP) / BUCKET), bx1 = (long) Math.floor((x1 + SNAP) / BUCKET);
            long by0 = (long) Math.floor((y0 - SNAP) / BUCKET), by1 = (long) Math.floor((y1 + SNAP) / BUCKET);
            for (long bx = bx0; bx <= bx1; bx++) {
                for (long by = by0; by <= by1; by++) {
                    List<Integer> bucket = buckets.computeIfAbsent(bx * 1_000_003L + by, k -> new ArrayList<>());
                    for (int j : bucket) {
                        if (find(parent, i) != find(parent, j) && touch(a, rulings.get(j))) {
                            union(parent, i, j);
                        }
                    }
                    bucket.add(i);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] index = new int[n];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (index[r] < 0) {
                index[r] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(index[r]).add(rulings.get(i));
        }
        return groups;
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(-20_000, Math.min(20_000, v));
    }

    private static boolean touch(Ruling a, Ruling b) {
        return a.meets(b, SNAP)
                || a.horizontal() == b.horizontal() && Math.abs(a.at() - b.at()) <= SNAP
                && a.from() <= b.to() + SNAP && b.from() <= a.to() + SNAP;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    private static PageTable build(int page, List<Ruling> lines, List<Glyph> glyphs, List<Glyph> hidden,
                                   java.util.Set<Glyph> claimed) {
        List<Ruling> hs = lines.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vs = lines.stream().filter(r -> !r.horizontal()).toList();
        if (hs.size() < 2 || vs.size() < 2) {
            return null;
        }
        double[] xs = snap(vs.stream().mapToDouble(Ruling::at).toArray());
        double[] ys = snap(hs.stream().mapToDouble(Ruling::at).toArray());
        if (xs.length < 2 || ys.length < 2) {
            return null;
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        if ((long) rows * cols > InputLimits.MAX_RULED_CELLS) {
            throw new LimitExceededException("PDF 第 " + page + " 页的表格线围成超过 "
                    + InputLimits.count(InputLimits.MAX_RULED_CELLS) + " 个单元格，远超公开表所需，已拒绝读取");
        }
        List<List<Ruling>> vAt = near(vs, xs);
        List<List<Ruling>> hAt = near(hs, ys);
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(vAt.get(c + 1), ys[r], ys[r + 1])) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(hAt.get(r + 1), xs[c], xs[c + 1])) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        // Each merged region: its bounding box of elementary cells.
        int[][] box = new int[parent.length][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                int[] b = box[root];
                if (b == null) {
                    box[root] = new int[] {r, r, c, c};
                } else {
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.max(b[1], r);
                    b[2] = Math.min(b[2], c);
                    b[3] = Math.max(b[3], c);
                }
            }
        }
        double x0 = xs[0], x1 = xs[cols], top = ys[0], bottom = ys[rows];
        List<List<Glyph>> inCell = new ArrayList<>(parent.length);
        for (int i = 0; i < parent.length; i++) {
            inCell.add(null);
        }
        List<Glyph> all = glyphs;
        if (!hidden.isEmpty()) {
            all = new ArrayList<>(glyphs);
            all.addAll(hidden);
        }
        java.util.Map<Glyph, double[]> owners = overflowing(all, xs, ys, parent, box);
        // cells holding a whole run placed back: their text ended where the run did, whatever room the row left
        java.util.Set<Integer> placed = new java.util.HashSet<>();
        java.util.Set<Glyph> hiddenSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        hiddenSet.addAll(hidden);
        for (Glyph g : all) {
            double[] owner = owners.get(g);
            if (owner == null && hiddenSet.contains(g)) {
                continue;
            }
            double cx = owner != null ? owner[0] : g.centerX(), cy = owner != null ? owner[1] : g.centerY();
            if (cx < x0 || cx > x1 || cy < top || cy > bottom) {
                continue;
            }
            if (owner != null && (g.centerY() < top || g.centerY() > bottom)) {
                claimed.add(g);
            }
            int r = index(ys, cy), c = index(xs, cx);
            int root = find(parent, r * cols + c);
            if (owner != null) {
                placed.add(root);
            }
            if (inCell.get(root) == null) {
                inCell.set(root, new ArrayList<>());
            }
            inCell.get(root).add(g);
        }
        String[][] cells = new String[rows][cols];
        double[][] room = new double[rows][cols];
        for (double[] r : room) {
            java.util.Arrays.fill(r, Double.NaN);
        }
        List<Grid.Region> merges = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            int[] b = box[i];
            if (b == null) {
                continue;
            }
            if (inCell.get(i) != null) {
                List<TextLine> text = TextLine.of(inCell.get(i), page);
                cells[b[0]][b[2]] = CellText.join(text);
                if (!text.isEmpty() && placed.contains(i)) {
                    room[b[0]][b[2]] = Double.POSITIVE_INFINITY;
                } else if (!text.isEmpty()) {
                    room[b[0]][b[2]] = roomBelow(text, ys[b[0]], ys[b[1] + 1], xs[b[3] + 1] - xs[b[2]]);
                }
            }
            if (b[1] > b[0] || b[3] > b[2]) {
                merges.add(new Grid.Region(b[0], b[1], b[2], b[3]));
            }
        }
        return new PageTable(page, x0, x1, top, bottom, xs, cells, merges, room);
    }

    /** Where the glyphs of cells whose wrapped text overflows a short row belong ({@link OverflowingText}). */
    private static java.util.Map<Glyph, double[]> overflowing(List<Glyph> glyphs, double[] xs, double[] ys,
                                                              int[] parent, int[][] box) {
        int cols = xs.length - 1;
        double top = ys[0], bottom = ys[ys.length - 1];
        List<Glyph> near = new ArrayList<>();
        for (Glyph g : glyphs) {
            double reach = OverflowingText.REACH * g.size();
            if (g.centerX() >= xs[0] && g.centerX() <= xs[cols] && g.centerY() >= top - reach
                    && g.centerY() <= bottom + reach) {
                near.add(g);
            }
        }
        return OverflowingText.owners(near, new OverflowingText.Cells() {
            @Override
            public double[] xs() {
                return xs;
            }

            @Override
            public double[] ys() {
                return ys;
            }

            @Override
            public int[] region(int row, int col) {
                return box[find(parent, row * cols + col)];
            }
        });
    }

    /**
     * The room under a cell's text in text heights, for telling a row the page break cut (its text runs down to the
     * border) from a whole one. Text set in the middle of its cell whose last line ends well short of the cell's
     * width has ended there: no page break cut it, however tight the row (unlimited room). A cut cell's text runs
     * down to the border, and a wrapped line runs across the cell.
     */
    private static double roomBelow(List<TextLine> text, double top, double bottom, double width) {
        TextLine first = text.get(0);
        TextLine last = text.get(text.size() - 1);
        double size = Math.max(1, last.size());
        double below = (bottom - last.bottom()) / size;
        double above = (first.top() - top) / size;
        boolean centred = Math.abs(above - below) < CENTRED;
        boolean shortLine = width - (last.x1() - last.x0()) > SHORT_LINE * size;
        return centred && shortLine ? Double.POSITIVE_INFINITY : below;
    }

    /** Rooms above and below a text closer than this (in text heights) set it in the cell's middle. */
    private static final double CENTRED = 0.3;
    /** A last line this many text heights short of its cell's width ended there (a wrapped line fills it). */
    private static final double SHORT_LINE = 2.5;

    /** Sorted distinct positions, those within SNAP of each other taken as one. */
    private static double[] snap(double[] values) {
        java.util.Arrays.sort(values);
        List<Double> out = new ArrayList<>();
        double start = Double.NaN, sum = 0;
        int n = 0;
        for (double v : values) {
            if (n > 0 && v - start > SNAP) {
                out.add(sum / n);
                n = 0;
                sum = 0;
            }
            if (n == 0) {
                start = v;
            }
            sum += v;
            n++;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** For each snapped position, the lines within SNAP of it (found by binary search, not a scan per cell). */
    private static List<List<Ruling>> near(List<Ruling> lines, double[] positions) {
        List<List<Ruling>> at = new ArrayList<>(positions.length);
        for (int i = 0; i < positions.length; i++) {
            at.add(new ArrayList<>());
        }
        for (Ruling l : lines) {
            int k = java.util.Arrays.binarySearch(positions, l.at() - SNAP);
            for (int i = k < 0 ? -k - 1 : k; i < positions.length && positions[i] <= l.at() + SNAP; i++) {
                at.get(i).add(l);
            }
        }
        return at;
    }

    /** Whether {@code lines} (those at one position) cover the stretch [a, b] enough to be a border there. */
    private static boolean covered(List<Ruling> lines, double a, double b) {
        double sum = 0;
        for (Ruling l : lines) {
            sum += l.coverage(a, b);
        }
        return sum >= (b - a) * PRESENT;
    }

    /** The band of {@code edges} that {@code v} falls in (the last band for anything past it). */
    private static int index(double[] edges, double v) {
        int lo = 0;
        int hi = edges.length - 2;
        // the first i with v < edges[i + 1], as the scan this replaces found it
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v < edges[mid + 1]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
