package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;

/**
 * 编码行读取: the rows of a coded table (支出总表, 基本支出表, 收入总表, 项目支出表, 三公 …) keyed by their
 * full code, {@code total}, {@code unit:…}, a project code or {@code name:…} (also where a project list prints
 * each project's function code instead of its own). A code split over 类/款/项
 * columns or printed cut short is rebuilt from the rows above. Side-by-side blocks (决算 公开06表: 人员经费 |
 * 公用经费) are read block after block.
 */
final class CodedRowReader {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CODE_AND_NAME = Pattern.compile("^(\\d{3,7})\\s*[ 　]*(\\D.*)$");

    /** One column band of the table: its code, name and value columns. */
    private record Block(int from, int to, int codeCol, int classCol, int sectionCol, int itemCol, int nameCol,
                         Map<String, Integer> values, boolean unitCodes, boolean functionCodes) {
    }

    List<Row> read(TableType type, GridRegion region, Header header, BigDecimal scale) {
        Grid g = region.grid();
        List<Block> blocks = blocks(type, header);
        int end = lastDataRow(g, header.dataStart(), region.lastRow());
        List<Row> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>(); // each row's function code as printed, for the project lists
        for (Block b : blocks) {
            String cls = null;
            String section = null;
            boolean firstRow = true; // an unlabelled first row of figures is the table's 合计
            for (int r = header.dataStart(); r <= end; r++) {
                if (g.isRowEmpty(r) || RowShapes.isColumnNumberRow(g, r)) {
                    continue;
                }
                String code;
                if (b.classCol >= 0 || b.sectionCol >= 0 || b.itemCol >= 0) {
                    String[] rebuilt = splitCode(g, r, b, cls, section);
                    cls = rebuilt[1];
                    section = rebuilt[2];
                    code = rebuilt[0];
                } else {
                    code = Cells.code(g, r, b.codeCol);
                }
                String name = Cells.name(g, r, b.nameCol);
                if (code.isEmpty() || !DIGITS.matcher(code).matches()) {
                    Matcher m = CODE_AND_NAME.matcher(code.isEmpty() ? name : code);
                    if (m.matches()) {
                        code = m.group(1);
                        name = Texts.compact(m.group(2));
                    }
                }
                if (DIGITS.matcher(code).matches() && b.classCol < 0 && b.sectionCol < 0 && isClassified(type)
                        && !b.unitCodes) {
                    if (type.rowShape() == TableType.RowShape.ECONOMIC) {
                        section = null; // economic codes end at 款: "02" after 30101 is 30102
                    }
                    if (code.length() == 2 && section != null
                            && SectionSums.closed(rows, section, firstValue(b), AmountParser.parse(g, r,
                                    firstValueCol(b), scale))) {
                        section = null; // "04" after the items that make up 20103: the next 款 20104, not 2010304
                    }
                    code = completeShortCode(code, cls, section);
                    if (code.length() == 3) {
                        cls = code;
                        section = null;
                    } else if (code.length() == 5) {
                        cls = code.substring(0, 3);
                        section = code;
                    }
                }
                if (name.isEmpty() && !code.isEmpty() && !DIGITS.matcher(code).matches()) {
                    name = code;
                    code = "";
                }
                boolean unlabelled = name.isEmpty() && code.isEmpty();
                if (unlabelled && bandEmpty(g, r, b)) {
                    continue;
                }
                boolean total = Texts.isTotalWord(name) || Texts.isTotalWord(code)
                        || unlabelled && (type.rowShape() == TableType.RowShape.TOTAL_ONLY || firstRow)
                        || code.isEmpty() && Texts.fold(name).endsWith("合计");
                firstRow = false;
                if (total && name.isEmpty()) {
                    name = code.isEmpty() ? "合计" : code;
                }
                String key = total ? totalKey(name) : key(type, b, code, name);
                if (key == null) {
                    continue;
                }
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                Map<String, CellRef> cells = new LinkedHashMap<>();
                boolean any = false;
                for (Map.Entry<String, Integer> v : b.values.entrySet()) {
                    BigDecimal a = AmountParser.parse(g, r, v.getValue(), scale);
                    values.put(v.getKey(), a);
                    cells.put(v.getKey(), Cells.ref(g, r, v.getValue()));
                    any |= a != null;
                }
                if (!any && total && b.values.size() == 1) {
                    // a total whose figure is printed further right, under the neighbouring block (公用经费合计)
                    String id = b.values.keySet().iterator().next();
                    int c = figureToTheRight(g, r, b.to);
                    if (c >= 0) {
                        values.put(id, AmountParser.parse(g, r, c, scale));
                        cells.put(id, Cells.ref(g, r, c));
                        any = true;
                    }
                }
                if (!any && key.startsWith(RowKeys.NAME_PREFIX)) {
                    continue;
                }
                rows.add(new Row(key, name, values, cells));
                codes.add(b.functionCodes && DIGITS.matcher(code).matches() ? code : "");
            }
        }
        if (type.rowShape() == TableType.RowShape.PROJECTS) {
            rows = ProjectsNamedAsTheirItem.rekey(rows, codes);
        }
        if (blocks.size() > 1) {
            // side-by-side blocks: their 合计 lines close the table, after every coded line
            List<Row> totals = rows.stream().filter(row -> !RowKeys.isClassificationCode(row.key())).toList();
            rows.removeAll(totals);
            rows.addAll(totals);
        }
        return rows;
    }

    private static boolean isClassified(TableType type) {
        return type.rowShape() == TableType.RowShape.FUNCTION || type.rowShape() == TableType.RowShape.ECONOMIC
                || type.rowShape() == TableType.RowShape.UNITS_OR_FUNCTION;
    }

    private static String firstValue(Block b) {
        return b.values.isEmpty() ? null : b.values.keySet().iterator().next();
    }

    private static int firstValueCol(Block b) {
        return b.values.isEmpty() ? -1 : b.values.values().iterator().next();
    }

    /** "03" under class 201 is 20103; under 20103 it is 2010303. */
    private static String completeShortCode(String code, String cls, String section) {
        if (code.length() == 2 && section != null) {
            return section + code;
        }
        if (code.length() == 2 && cls != null) {
            return cls + code;
        }
        if (code.length() == 4 && cls != null) {
            return cls + code;
        }
        return code;
    }

    /** Code from 类 / 款 / 项 cells: returns {code, class, section}. */
    private static String[] splitCode(Grid g, int r, Block b, String cls, String section) {
        String c1 = Cells.code(g, r, b.classCol);
        String c2 = Cells.code(g, r, b.sectionCol);
        String c3 = Cells.code(g, r, b.itemCol);
        String code = "";
        if (DIGITS.matcher(c1).matches()) {
            cls = c1;
            section = null;
            code = c1;
        }
        if (DIGITS.matcher(c2).matches()) {
            section = c2.length() >= 5 || cls == null ? c2 : cls + c2;
            code = section;
        }
        if (DIGITS.matcher(c3).matches()) {
            code = c3.length() >= 7 || section == null ? c3 : section + c3;
        }
        if (code.isEmpty()) {
            code = !c1.isEmpty() ? c1 : !c2.isEmpty() ? c2 : c3;
        }
        return new String[] {code, cls, section};
    }

    private String key(TableType type, Block b, String code, String name) {
        boolean digits = DIGITS.matcher(code).matches();
        switch (type.rowShape()) {
            case FUNCTION, ECONOMIC -> {
                if (digits) {
                    return code;
                }
            }
            case UNITS_OR_FUNCTION -> {
                if (b.unitCodes) {
                    return RowKeys.UNIT_PREFIX + (code.isEmpty() ? name : code);
                }
                if (digits) {
                    return code;
                }
            }
            case PROJECTS -> {
                if (b.functionCodes && digits && isFunctionCode(code)) {
                    // a list printed with function codes (科目编码 | 项目名称): a line naming its 类/款/项 is that
                    // level's subtotal, keyed by the code; any other line is a project under the code — the code is
                    // not the project's, two projects under one code are two projects — keyed by name (extract@1)
                    return name.isEmpty() || FunctionSubtotals.namesItsLevel(code, name) ? code
                            : RowKeys.NAME_PREFIX + name;
                }
                if (digits && code.length() % 3 == 0 && code.length() <= 9) {
                    return RowKeys.UNIT_PREFIX + code;
                }
                if (!code.isEmpty()) {
                    return code;
                }
            }
            case TOTAL_ONLY -> {
                if (!code.isEmpty()) {
                    return b.unitCodes || !RowKeys.isClassificationCode(code) ? RowKeys.UNIT_PREFIX + code : code;
                }
                if (!name.isEmpty()) {
                    return RowKeys.UNIT_PREFIX + name;
                }
            }
            default -> {
            }
        }
        return name.isEmpty() ? null : RowKeys.NAME_PREFIX + name;
    }

    /**
     * A code in a function-code column that is a function code: a 款 or 项 code (5 or 7 digits), or a 3-digit
     * code the catalogue knows as a 类 (201 …). Other 3-digit codes there are unit codes (003) — a district
     * prints its units in the same column — and stay unit rows.
     */
    private static boolean isFunctionCode(String code) {
        return RowKeys.isClassificationCode(code)
                && (code.length() > 3 || FunctionSubtotals.isFunctionClass(code));
    }

    private static String totalKey(String name) {
        String n = Texts.fold(name);
        if (n.contains("人员经费")) {
            return "personnel_total";
        }
        if (n.contains("公用经费")) {
            return "public_total";
        }
        return RowKeys.TOTAL;
    }

    private static boolean bandEmpty(Grid g, int r, Block b) {
        for (int c = b.from; c < b.to; c++) {
            if (!g.text(r, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static int figureToTheRight(Grid g, int r, int from) {
        for (int c = from; c < g.columnCount(); c++) {
            if (g.text(r, c).isEmpty()) {
                continue;
            }
            if (AmountParser.isAmount(g, r, c)) {
                return c;
            }
            return -1;
        }
        return -1;
    }

    /** The data ends before a note (注：…) or the end of the region. */
    static int lastDataRow(Grid g, int from, int last) {
        for (int r = from; r <= last; r++) {
            List<String> cells = g.rowTexts(r);
            if (!cells.isEmpty() && RowShapes.isNote(cells.get(0)) && !RowShapes.isDataRow(g, r)) {
                return r - 1;
            }
        }
        return last;
    }

    private static List<Block> blocks(TableType type, Header header) {
        int n = header.columnCount();
        List<Integer> codeCols = new ArrayList<>();
        List<Integer> nameCols = new ArrayList<>();
        ColumnRole[] roles = new ColumnRole[n];
        for (int c = 0; c < n; c++) {
            roles[c] = ColumnIds.role(type, header.path(c));
            if (roles[c] == ColumnRole.CODE || roles[c] == ColumnRole.CODE_CLASS) {
                codeCols.add(c);
            } else if (roles[c] == ColumnRole.NAME) {
                nameCols.add(c);
            }
        }
        if (codeCols.size() < 2 && nameCols.size() >= 2 && codeCols.stream().allMatch(c -> c < nameCols.get(0))) {
            codeCols = nameCols; // blocks whose code stands in the name cell ("30201 办公费"): a name column opens each
        }
        List<int[]> bands = new ArrayList<>();
        if (codeCols.size() < 2) {
            bands.add(new int[] {0, n});
        } else {
            for (int i = 0; i < codeCols.size(); i++) {
                int from = i == 0 ? 0 : codeCols.get(i);
                int to = i + 1 < codeCols.size() ? codeCols.get(i + 1) : n;
                bands.add(new int[] {from, to});
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int[] band : bands) {
            int code = -1;
            int cls = -1;
            int section = -1;
            int item = -1;
            int name = -1;
            boolean unitCodes = false;
            boolean functionCodes = false;
            Map<String, Integer> values = new LinkedHashMap<>();
            for (int c = band[0]; c < band[1]; c++) {
                switch (roles[c]) {
                    case CODE -> {
                        if (code < 0) {
                            code = c;
                            String p = String.join("", header.path(c));
                            unitCodes = (p.contains("部门") || p.contains("单位")) && !p.contains("科目");
                            functionCodes = (p.contains("科目") || p.contains("功能")) && !p.contains("项目编码");
                        }
                    }
                    case CODE_CLASS -> cls = cls < 0 ? c : cls;
                    case CODE_SECTION -> section = section < 0 ? c : section;
                    case CODE_ITEM -> item = item < 0 ? c : item;
                    case NAME -> name = name < 0 ? c : name;
                    case VALUE -> values.putIfAbsent(ColumnIds.id(type, header.path(c)), c);
                    default -> {
                    }
                }
            }
            blocks.add(new Block(band[0], band[1], code, cls, section, item, name, values, unitCodes, functionCodes));
        }
        return blocks;
    }
}
