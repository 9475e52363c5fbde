package org.budgetworkbench.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 表头: one cell of a multi-row table header. A leaf names the column id it stands over (or {@link #CODE} /
 * {@link #NAME} for the key columns); a group spans its children, as 基本支出 spans 小计 / 人员经费 / 公用经费.
 */
record HeaderColumn(String text, String column, List<HeaderColumn> children) {
    /** The code column (科目编码, 项目编码, 部门(单位)代码). */
    static final String CODE = "#code";
    /** The name column (科目名称, 项目名称). */
    static final String NAME = "#name";

    HeaderColumn {
        children = List.copyOf(children);
    }

    static HeaderColumn leaf(String text, String column) {
        return new HeaderColumn(text, column, List.of());
    }

    static HeaderColumn group(String text, HeaderColumn... children) {
        return new HeaderColumn(text, null, List.of(children));
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    int depth() {
        return 1 + children.stream().mapToInt(HeaderColumn::depth).max().orElse(0);
    }

    int width() {
        return isLeaf() ? 1 : children.stream().mapToInt(HeaderColumn::width).sum();
    }

    private void collectLeaves(List<HeaderColumn> out) {
        if (isLeaf()) {
            out.add(this);
        } else {
            children.forEach(c -> c.collectLeaves(out));
        }
    }

    static List<HeaderColumn> leaves(List<HeaderColumn> roots) {
        List<HeaderColumn> out = new ArrayList<>();
        roots.forEach(r -> r.collectLeaves(out));
        return out;
    }

    static int depth(List<HeaderColumn> roots) {
        return roots.stream().mapToInt(HeaderColumn::depth).max().orElse(0);
    }

    /**
     * The header with only the leaves kept that pass; groups left empty disappear, and a group left with only
     * its 小计 becomes that one column under the group's name (基本支出 without 人员经费/公用经费 is printed as a
     * single 基本支出 column, as the templates without those columns print it).
     */
    static List<HeaderColumn> keep(List<HeaderColumn> roots, Predicate<String> keepColumn) {
        List<HeaderColumn> out = new ArrayList<>();
        for (HeaderColumn h : roots) {
            if (h.isLeaf()) {
                if (keepColumn.test(h.column)) {
                    out.add(h);
                }
            } else {
                List<HeaderColumn> kids = keep(h.children, keepColumn);
                if (kids.size() == 1 && kids.get(0).isLeaf() && kids.get(0).text.matches("小计|合计")
                        && h.children.size() > 1) {
                    out.add(leaf(h.text, kids.get(0).column));
                } else if (!kids.isEmpty()) {
                    out.add(new HeaderColumn(h.text, null, kids));
                }
            }
        }
        return out;
    }

    static Predicate<String> keyOr(Set<String> columns) {
        return c -> CODE.equals(c) || NAME.equals(c) || columns.contains(c);
    }
}
