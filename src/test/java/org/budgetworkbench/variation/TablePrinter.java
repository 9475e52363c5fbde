package org.budgetworkbench.variation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;

/**
 * Prints a coded table (支出总表, 收入决算表, 基本支出表, 三公 …): key columns in the layout's code style, the header
 * tree, an optional 栏次 row, then the rows. Returns the rows as printed (the expected reading).
 */
final class TablePrinter {
    private final SheetPen pen;
    private final Layout layout;
    private final boolean yuan;

    TablePrinter(SheetPen pen, Layout layout, boolean yuan) {
        this.pen = pen;
        this.layout = layout;
        this.yuan = yuan;
    }

    /** What the key columns hold. */
    enum Keys { FUNCTION, ECONOMIC, UNITS, PROJECTS, NONE }

    static Keys keys(DisclosureTable t) {
        if (t.type().rowShape() == TableType.RowShape.TOTAL_ONLY) {
            return Keys.NONE;
        }
        if (t.type().rowShape() == TableType.RowShape.PROJECTS) {
            return Keys.PROJECTS;
        }
        if (t.rows().stream().anyMatch(r -> r.key().startsWith(RowKeys.UNIT_PREFIX))) {
            return Keys.UNITS;
        }
        return t.type().rowShape() == TableType.RowShape.ECONOMIC ? Keys.ECONOMIC : Keys.FUNCTION;
    }

    /** The key columns' header texts: one per column, or 类/款/项 under a merged code heading. */
    private List<String> keyHeads(Keys keys, DocumentKind kind) {
        Layout.Codes codes = effectiveCodes(keys);
        String name = switch (keys) {
            case UNITS -> "单位名称";
            case PROJECTS -> "项目名称";
            default -> "科目名称";
        };
        String code = switch (keys) {
            case UNITS -> "单位编码";
            case PROJECTS -> layout.projectList().byFunctionCode() ? "科目编码" : "项目编码";
            case ECONOMIC -> "经济分类科目编码";
            default -> kind == DocumentKind.FINAL ? "功能分类科目编码" : "科目编码";
        };
        return switch (codes) {
            case JOINED, WRAPPED_NAME, SHORT_PARTS -> List.of(code, name);
            case CODE_IN_NAME -> List.of(name);
            case SPLIT_REPEATED, SPLIT_NEW_PART -> keys == Keys.ECONOMIC ? List.of("类", "款", name)
                    : List.of("类", "款", "项", name);
        };
    }

    private Layout.Codes effectiveCodes(Keys keys) {
        if (keys == Keys.UNITS || keys == Keys.PROJECTS) {
            return Layout.Codes.JOINED;
        }
        return layout.codes();
    }

    int width(DisclosureTable t) {
        if (t.type() == TableType.FINAL_GPB_BASIC) {
            return new BlockPrinter(pen, layout, yuan).width();
        }
        Keys keys = keys(t);
        int k = keys == Keys.NONE ? 0 : keyHeads(keys, t.type().kind()).size();
        return k + HeaderTree.columns(HeaderTree.values(t.type(), layout.altTemplate())).size();
    }

    /** Prints header and rows; returns the rows the reader should give. */
    List<Row> print(DisclosureTable t, boolean emptyNote) {
        if (t.type() == TableType.FINAL_GPB_BASIC) {
            return new BlockPrinter(pen, layout, yuan).print(t);
        }
        Keys keys = keys(t);
        List<String> keyHeads = keys == Keys.NONE ? List.of() : keyHeads(keys, t.type().kind());
        List<HeaderTree> values = HeaderTree.values(t.type(), layout.altTemplate());
        List<String> columns = HeaderTree.columns(values);
        boolean split = keyHeads.size() > 2;
        // 类 | 款 | 项 | 合计 | figures: the total on the code-level header row (alt template)
        boolean totalOnHeader = split && layout.altTemplate() && !t.rows().isEmpty() && t.rows().get(0).isTotal()
                && !(emptyNote && isEmpty(t));
        int valueDepth = values.stream().mapToInt(HeaderTree::depth).max().orElse(1);
        int depth = totalOnHeader ? valueDepth + 1 : Math.max(valueDepth, split ? 2 : 1);
        int headDepth = totalOnHeader ? depth - 1 : depth;
        int top = pen.row;
        if (split) {
            String group = keys == Keys.ECONOMIC ? "经济分类科目编码" : "功能分类科目编码";
            pen.merged(top, 0, depth - 1, keyHeads.size() - 1, group);
            for (int i = 0; i < keyHeads.size() - 1; i++) {
                pen.text(top + depth - 1, i, keyHeads.get(i));
            }
            pen.merged(top, keyHeads.size() - 1, headDepth, 1, keyHeads.get(keyHeads.size() - 1));
        } else {
            for (int i = 0; i < keyHeads.size(); i++) {
                pen.merged(top, i, depth, 1, keyHeads.get(i));
            }
        }
        int c = keyHeads.size();
        for (HeaderTree h : values) {
            c = header(h, top, c, headDepth);
        }
        List<Row> printed = new ArrayList<>();
        if (totalOnHeader) {
            Row total = t.rows().get(0);
            pen.text(top + depth - 1, keyHeads.size() - 1, total.name());
            for (int i = 0; i < columns.size(); i++) {
                pen.amount(top + depth - 1, keyHeads.size() + i, total.values().get(columns.get(i)), yuan);
            }
            printed.add(total);
        }
        pen.row = top + depth;
        if (layout.columnNumbers()) {
            if (!keyHeads.isEmpty()) {
                pen.text(pen.row, 0, "栏次");
            }
            for (int i = 0; i < columns.size(); i++) {
                pen.text(pen.row, keyHeads.size() + i, String.valueOf(i + 1));
            }
            pen.row++;
        }
        // a total on the header row is a body row: a repeated header must not repeat it
        pen.bodyTop = totalOnHeader ? top + depth - 1 : pen.row;
        if (emptyNote && isEmpty(t)) {
            pen.merged(pen.row++, 0, 1, keyHeads.size() + columns.size(), "本表无数据");
            return List.of();
        }
        String cls = null;
        String section = null;
        int[] projects = {0};
        List<Row> body = t.rows().subList(printed.size(), t.rows().size());
        boolean subtotals = keys == Keys.PROJECTS && layout.projectList() == Layout.ProjectList.FUNCTION_CODE_SUBTOTALS;
        for (Row r : body) {
            if (keys == Keys.PROJECTS && layout.projectList().byFunctionCode()) {
                if (subtotals && isProjectLine(r)) {
                    // the 类 and 款 lines over the first project: the projects' sum, keyed by their codes
                    for (Row s : functionSubtotals(body, columns)) {
                        functionCode = s.key();
                        printRow(s, keys, keyHeads.size(), columns, cls, section);
                        printed.add(s);
                    }
                    subtotals = false;
                }
                r = byFunctionCode(r, projects);
            }
            printRow(r, keys, keyHeads.size(), columns, cls, section);
            if (RowKeys.isClassificationCode(r.key()) && keys != Keys.UNITS) {
                cls = r.key().substring(0, 3);
                section = r.key().length() >= 5 ? r.key().substring(0, 5) : null;
            }
            printed.add(r);
        }
        return printed;
    }

    /**
     * A project line of a list printed with function codes: the project's code is not printed, so the row is
     * keyed by its name (extract@1), and each pair of projects shares one function code. Unit rows and the 合计
     * stay as they are; a group line (本级支出项目) is printed without a code and read by name too.
     */
    private Row byFunctionCode(Row r, int[] projects) {
        functionCode = "";
        if (r.isTotal() || r.key().startsWith(RowKeys.UNIT_PREFIX)) {
            return r;
        }
        boolean project = r.key().startsWith(RowKeys.NAME_PREFIX) || r.key().length() >= 8;
        if (project) {
            functionCode = String.format("20103%02d", 1 + projects[0]++ / 2);
        }
        return r.key().startsWith(RowKeys.NAME_PREFIX) ? r
                : new Row(RowKeys.NAME_PREFIX + r.name(), r.name(), r.values());
    }

    private static boolean isProjectLine(Row r) {
        return !r.isTotal() && !r.key().startsWith(RowKeys.UNIT_PREFIX)
                && (r.key().startsWith(RowKeys.NAME_PREFIX) || r.key().length() >= 8);
    }

    /** 201 一般公共服务支出 and 20103 政府办公厅（室）及相关机构事务, each the sum of the list's projects. */
    private static List<Row> functionSubtotals(List<Row> body, List<String> columns) {
        java.util.Map<String, BigDecimal> sum = new java.util.LinkedHashMap<>();
        for (String c : columns) {
            BigDecimal s = BigDecimal.ZERO;
            for (Row r : body) {
                if (isProjectLine(r) && r.values().get(c) != null) {
                    s = s.add(r.values().get(c));
                }
            }
            sum.put(c, s);
        }
        return List.of(new Row("201", "一般公共服务支出", sum), new Row("20103", "政府办公厅（室）及相关机构事务", sum));
    }

    /** The function code printed on the next project line (FUNCTION_CODE lists), or "" for none. */
    private String functionCode = "";

    static boolean isEmpty(DisclosureTable t) {
        return t.rows().stream().allMatch(r -> r.values().values().stream().allMatch(v -> v == null || v.signum() == 0));
    }

    private int header(HeaderTree h, int r, int c, int depth) {
        if (h.isLeaf()) {
            pen.merged(r, c, depth, 1, h.text());
            return c + 1;
        }
        pen.merged(r, c, 1, h.width(), h.text());
        int cc = c;
        for (HeaderTree child : h.children()) {
            cc = header(child, r + 1, cc, depth - 1);
        }
        return cc;
    }

    private void printRow(Row row, Keys keys, int keyCols, List<String> columns, String cls, String section) {
        String key = row.key();
        boolean coded = RowKeys.isClassificationCode(key) || key.startsWith(RowKeys.UNIT_PREFIX)
                || keys == Keys.PROJECTS && !key.equals(RowKeys.TOTAL) && !key.startsWith(RowKeys.NAME_PREFIX);
        String code = key.startsWith(RowKeys.UNIT_PREFIX) ? key.substring(RowKeys.UNIT_PREFIX.length())
                : keys == Keys.PROJECTS && layout.projectList().byFunctionCode() ? functionCode
                : coded ? key : "";
        String name = row.name();
        Layout.Codes codes = effectiveCodes(keys);
        int r = pen.row;
        boolean wrapped = false;
        if (keys != Keys.NONE) {
            switch (codes) {
                case JOINED -> {
                    pen.text(r, 0, code);
                    pen.text(r, 1, name);
                }
                case CODE_IN_NAME -> pen.text(r, 0, code.isEmpty() ? name : code + " " + name);
                case SHORT_PARTS -> {
                    pen.text(r, 0, code.length() == 5 ? code.substring(3) : code.length() == 7 ? code.substring(5) : code);
                    pen.text(r, 1, name);
                }
                case WRAPPED_NAME -> {
                    if (name.length() >= 6 && !code.isEmpty()) {
                        int a = name.length() / 3;
                        int b = 2 * name.length() / 3;
                        pen.text(r, 1, name.substring(0, a));
                        r = ++pen.row;
                        pen.text(r + 1, 1, name.substring(b));
                        name = name.substring(a, b);
                        wrapped = true;
                    }
                    pen.text(r, 0, code);
                    pen.text(r, 1, name);
                }
                case SPLIT_REPEATED, SPLIT_NEW_PART -> {
                    boolean repeat = codes == Layout.Codes.SPLIT_REPEATED;
                    if (code.length() >= 3) {
                        String c3 = code.substring(0, 3);
                        if (repeat || !c3.equals(cls) || code.length() == 3) {
                            pen.text(r, 0, c3);
                        }
                    }
                    if (code.length() >= 5) {
                        String c5 = code.substring(3, 5);
                        if (repeat || !code.substring(0, 5).equals(section) || code.length() == 5) {
                            pen.text(r, 1, c5);
                        }
                    }
                    if (code.length() == 7) {
                        pen.text(r, 2, code.substring(5));
                    }
                    pen.text(r, keyCols - 1, name);
                }
                default -> throw new IllegalStateException();
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            BigDecimal v = row.values().get(columns.get(i));
            pen.amount(r, keyCols + i, v, yuan);
        }
        pen.row = r + (wrapped ? 2 : 1);
    }
}
