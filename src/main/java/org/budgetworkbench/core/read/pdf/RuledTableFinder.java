package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        List<List<Ruling>> clusters = cluster(rulings);
        List<PageTable> tables = new ArrayList<>();
        for (List<Ruling> cl : clusters) {
            PageTable t = build(page, cl, glyphs);
            if (t != null) {
                tables.add(t);
            }
        }
        tables.sort(Comparator.comparingDouble(PageTable::top).thenComparingDouble(PageTable::x0));
        return tables;
    }

    /** Groups rulings that touch (directly or through others) with union-find. */
    private static List<List<Ruling>> cluster(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Ruling a = rulings.get(i);
            for (int j = i + 1; j < n; j++) {
                Ruling b = rulings.get(j);
                boolean touch = a.meets(b, SNAP)
                        || a.horizontal() == b.horizontal() && Math.abs(a.at() - b.at()) <= SNAP
                        && a.from() <= b.to() + SNAP && b.from() <= a.to() + SNAP;
                if (touch) {
                    union(parent, i, j);
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

    private static PageTable build(int page, List<Ruling> lines, List<Glyph> glyphs) {
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
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(vs, xs[c + 1], ys[r], ys[r + 1])) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(hs, ys[r + 1], xs[c], xs[c + 1])) {
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
        for (Glyph g : glyphs) {
            double cx = g.centerX(), cy = g.centerY();
            if (cx < x0 || cx > x1 || cy < top || cy > bottom) {
                continue;
            }
            int r = index(ys, cy), c = index(xs, cx);
            int root = find(parent, r * cols + c);
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
                if (!text.isEmpty()) {
                    TextLine last = text.get(text.size() - 1);
                    room[b[0]][b[2]] = (ys[b[1] + 1] - last.bottom()) / Math.max(1, last.size());
                }
            }
            if (b[1] > b[0] || b[3] > b[2]) {
                merges.add(new Grid.Region(b[0], b[1], b[2], b[3]));
            }
        }
        return new PageTable(page, x0, x1, top, bottom, xs, cells, merges, room);
    }

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

    /** Whether lines at position {@code at} cover the stretch [a, b] enough to be a border there. */
    private static boolean covered(List<Ruling> lines, double at, double a, double b) {
        double sum = 0;
        for (Ruling l : lines) {
            if (Math.abs(l.at() - at) <= SNAP) {
                sum += l.coverage(a, b);
            }
        }
        return sum >= (b - a) * PRESENT;
    }

    private static int index(double[] edges, double v) {
        for (int i = 0; i < edges.length - 2; i++) {
            if (v < edges[i + 1]) {
                return i;
            }
        }
        return edges.length - 2;
    }
}
