package org.budgetworkbench.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What both readers produce and everything after them reads (表格网格): cells with their text, the
 * numeric value where the source held a number, merged regions (a merged cell's text sits at its
 * top-left), and for each row the sheet or PDF page it came from. A workbook gives one Grid per sheet; a
 * PDF one Grid for its tables, pages stacked in order.
 */
public final class Grid {

    /** A merged region, inclusive bounds, 0-based. */
    public record Region(int firstRow, int lastRow, int firstCol, int lastCol) {
        public boolean contains(int r, int c) {
            return r >= firstRow && r <= lastRow && c >= firstCol && c <= lastCol;
        }
    }

    private final String source;
    private final String sheet;
    private final String[][] text;
    private final Double[][] numbers;
    private final Integer[] rowPages;
    private final List<Region> merges;
    private final int columns;
    /** Built on first {@link #mergeAt}; a race builds the same index twice, harmlessly. */
    private volatile int[][] mergeIndex;

    private Grid(String source, String sheet, String[][] text, Double[][] numbers, Integer[] rowPages,
                 List<Region> merges, int columns) {
        this.source = source;
        this.sheet = sheet;
        this.text = text;
        this.numbers = numbers;
        this.rowPages = rowPages;
        this.merges = List.copyOf(merges);
        this.columns = columns;
    }

    /** The file the grid was read from (for messages). */
    public String source() {
        return source;
    }

    /** The sheet name, or null for a PDF. */
    public String sheet() {
        return sheet;
    }

    public int rowCount() {
        return text.length;
    }

    public int columnCount() {
        return columns;
    }

    /** The cell's text, trimmed; "" for an empty or absent cell. */
    public String text(int row, int col) {
        if (row < 0 || row >= text.length || col < 0 || col >= text[row].length) {
            return "";
        }
        String s = text[row][col];
        return s == null ? "" : s;
    }

    /** The number the source stored in the cell (a workbook's numeric cell), else null. */
    public Double number(int row, int col) {
        if (row < 0 || row >= numbers.length || col < 0 || col >= numbers[row].length) {
            return null;
        }
        return numbers[row][col];
    }

    /** The PDF page (1-based) a row came from, or null for a workbook. */
    public Integer page(int row) {
        return row >= 0 && row < rowPages.length ? rowPages[row] : null;
    }

    public List<Region> merges() {
        return merges;
    }

    /**
     * The merged region covering a cell, or null. Looked up in an index of the cells the merges cover, built on
     * first use: a scan of every merge per cell would make reading a sheet quadratic in its merges.
     */
    public Region mergeAt(int row, int col) {
        if (merges.isEmpty() || row < 0 || row >= text.length || col < 0 || col >= columns) {
            return null;
        }
        int[][] index = mergeIndex;
        if (index == null) {
            index = indexMerges();
            mergeIndex = index;
        }
        int[] cols = index[row];
        int at = cols == null ? 0 : cols[col];
        return at == 0 ? null : merges.get(at - 1);
    }

    /** For each covered cell, 1 + the index of the first merge covering it (the first wins where they overlap). */
    private int[][] indexMerges() {
        int[][] index = new int[text.length][];
        for (int i = 0; i < merges.size(); i++) {
            Region m = merges.get(i);
            for (int r = Math.max(0, m.firstRow()); r <= Math.min(m.lastRow(), text.length - 1); r++) {
                if (index[r] == null) {
                    index[r] = new int[columns];
                }
                for (int c = Math.max(0, m.firstCol()); c <= Math.min(m.lastCol(), columns - 1); c++) {
                    if (index[r][c] == 0) {
                        index[r][c] = i + 1;
                    }
                }
            }
        }
        return index;
    }

    /** The text a reader sees at a cell: its own, or that of the merged region it lies in. */
    public String visibleText(int row, int col) {
        Region m = mergeAt(row, col);
        return m == null ? text(row, col) : text(m.firstRow(), m.firstCol());
    }

    public boolean isRowEmpty(int row) {
        for (int c = 0; c < columns; c++) {
            if (!text(row, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The non-empty texts of a row, left to right. */
    public List<String> rowTexts(int row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            String t = text(row, c);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Grid[" + (sheet != null ? sheet : source) + "]\n");
        for (int r = 0; r < text.length; r++) {
            b.append(r).append(": ").append(String.join(" | ", rowTexts(r))).append('\n');
        }
        return b.toString();
    }

    public static Builder builder(String source, String sheet) {
        return new Builder(source, sheet);
    }

    /** Grows as cells are set; rows and columns may come in any order. */
    public static final class Builder {
        private final String source;
        private final String sheet;
        private String[][] text = new String[16][];
        private Double[][] numbers = new Double[16][];
        private Integer[] pages = new Integer[16];
        private final List<Region> merges = new ArrayList<>();
        private int rows;
        private int columns;

        private Builder(String source, String sheet) {
            this.source = source;
            this.sheet = sheet;
        }

        public Builder set(int row, int col, String value, Double number) {
            ensure(row, col);
            text[row][col] = value == null ? null : value.strip();
            numbers[row][col] = number;
            return this;
        }

        public Builder set(int row, int col, String value) {
            return set(row, col, value, null);
        }

        public Builder page(int row, Integer page) {
            ensure(row, 0);
            pages[row] = page;
            return this;
        }

        public Builder merge(int firstRow, int lastRow, int firstCol, int lastCol) {
            if (lastRow > firstRow || lastCol > firstCol) {
                merges.add(new Region(firstRow, lastRow, firstCol, lastCol));
                ensure(lastRow, lastCol);
            }
            return this;
        }

        /** Rows so far (the next free row index). */
        public int rows() {
            return rows;
        }

        /** Columns so far (one past the rightmost cell set). */
        public int columns() {
            return columns;
        }

        private void ensure(int row, int col) {
            if (row >= text.length) {
                int n = Math.max(row + 1, text.length * 2);
                text = Arrays.copyOf(text, n);
                numbers = Arrays.copyOf(numbers, n);
                pages = Arrays.copyOf(pages, n);
            }
            if (text[row] == null) {
                text[row] = new String[Math.max(col + 1, 8)];
                numbers[row] = new Double[text[row].length];
            } else if (col >= text[row].length) {
                int n = Math.max(col + 1, text[row].length * 2);
                text[row] = Arrays.copyOf(text[row], n);
                numbers[row] = Arrays.copyOf(numbers[row], n);
            }
            rows = Math.max(rows, row + 1);
            columns = Math.max(columns, col + 1);
        }

        public Grid build() {
            String[][] t = new String[rows][];
            Double[][] n = new Double[rows][];
            for (int r = 0; r < rows; r++) {
                t[r] = text[r] == null ? new String[0] : text[r];
                n[r] = numbers[r] == null ? new Double[0] : numbers[r];
            }
            return new Grid(source, sheet, t, n, Arrays.copyOf(pages, rows), merges, columns);
        }
    }
}
