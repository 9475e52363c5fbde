package org.budgetworkbench.core.edit;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.ColumnNames;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.TargetScope;

/**
 * The address of one editable thing in a document (修改位置): a table cell, a field of a performance indicator,
 * the text of a performance goal, a labelled field of a performance form, or a paragraph of the narrative (or one
 * figure in it).
 * {@link #id()} is a stable text form, stored with each correction and read back by {@link #parse(String)};
 * parts are separated by {@code /}, and a {@code /} or {@code %} inside a part is written {@code %2F} / {@code %25}.
 */
public sealed interface Place permits Place.Cell, Place.IndicatorField, Place.Indicators, Place.Goal, Place.Form,
        Place.Narrative {

    /** The stable text form, e.g. {@code budget.expenditure/221/total}. */
    String id();

    /** A short Chinese description for the analyst, e.g. {@code 支出总表 221 合计}. */
    String describe();

    /** A table cell: {@code <table type>/<row key>/<column id>}. */
    record Cell(TableType table, String row, String column) implements Place {
        public Cell {
            require(table != null, "单元格位置缺少表类型");
            require(row != null && !row.isEmpty(), "单元格位置缺少行键");
            require(column != null && !column.isEmpty(), "单元格位置缺少列");
        }

        @Override
        public String id() {
            return join(table.id(), row, column);
        }

        @Override
        public String describe() {
            return table.standardTitle() + " " + (row.equals("total") ? "" : row + " ") + ColumnNames.of(column);
        }
    }

    /** The fields of an indicator an analyst may correct. */
    enum Field {
        VALUE("value", "指标值"), LEVEL1("level1", "一级指标"), LEVEL2("level2", "二级指标"),
        LEVEL3("level3", "三级指标"), BASIS("basis", "指标值确定依据"), HISTORY0("history0", "前年值"),
        HISTORY1("history1", "上年值");

        private final String id;
        private final String chinese;

        Field(String id, String chinese) {
            this.id = id;
            this.chinese = chinese;
        }

        public String id() {
            return id;
        }

        public String chinese() {
            return chinese;
        }

        static Field fromId(String id) {
            for (Field f : values()) {
                if (f.id.equals(id)) {
                    return f;
                }
            }
            throw new EditRejectedException("未知的指标字段：" + id);
        }
    }

    /**
     * A field of one indicator of a performance target:
     * {@code target/<scope>/<project>/<target label>/<indicator index, from 0>/<field>}; the project is empty
     * for the department's own targets, as is a label the form did not print.
     */
    record IndicatorField(TargetScope scope, String project, String target, int indicator, Field field)
            implements Place {
        public IndicatorField {
            require(scope != null, "指标位置缺少范围（部门整体/项目）");
            require(indicator >= 0, "指标序号不能为负数：" + indicator);
            require(field != null, "指标位置缺少字段");
            project = emptyToNull(project);
            target = emptyToNull(target);
        }

        @Override
        public String id() {
            return join("target", scope.id(), nz(project), nz(target), Integer.toString(indicator), field.id());
        }

        @Override
        public String describe() {
            return (project == null ? scope.chinese() : project) + (target == null ? "" : " " + target)
                    + " 第" + (indicator + 1) + "个指标 " + field.chinese();
        }
    }

    /**
     * The whole list of indicators of one performance target (指标清单): {@code indicators/<scope>/<project>/<target
     * label>}. Its value is the list as text ({@link IndicatorListText}); adding, removing and reordering
     * indicators are corrections to it, so they are undone and recorded like any other.
     */
    record Indicators(TargetScope scope, String project, String target) implements Place {
        public Indicators {
            require(scope != null, "指标清单位置缺少范围（部门整体/项目）");
            project = emptyToNull(project);
            target = emptyToNull(target);
        }

        @Override
        public String id() {
            return join("indicators", scope.id(), nz(project), nz(target));
        }

        @Override
        public String describe() {
            return (project == null ? scope.chinese() : project) + (target == null ? "" : " " + target) + " 指标清单";
        }
    }

    /**
     * The text of one performance goal (年度目标 / 长期目标 的目标内容): {@code goal/<scope>/<project>/<target label>},
     * addressed like {@link Indicators}.
     */
    record Goal(TargetScope scope, String project, String target) implements Place {
        public Goal {
            require(scope != null, "绩效目标位置缺少范围（部门整体/项目）");
            project = emptyToNull(project);
            target = emptyToNull(target);
        }

        @Override
        public String id() {
            return join("goal", scope.id(), nz(project), nz(target));
        }

        @Override
        public String describe() {
            return (project == null ? scope.chinese() : project) + (target == null ? "" : " " + target) + " 目标内容";
        }
    }

    /** A labelled field of a performance form: {@code form/<form table>/<project>/<label>}. */
    record Form(String table, String project, String label) implements Place {
        public Form {
            require(table != null && !table.isEmpty(), "表单位置缺少表名");
            require(label != null && !label.isEmpty(), "表单位置缺少栏目名");
            project = emptyToNull(project);
        }

        @Override
        public String id() {
            return join("form", table, nz(project), label);
        }

        @Override
        public String describe() {
            return (project == null ? "" : project + " ") + label;
        }
    }

    /**
     * A paragraph of the narrative, {@code text/<section heading>/<paragraph index, from 0>}, or one figure in
     * it, {@code text/<section heading>/<paragraph>/<figure as printed>/<occurrence, from 0>}: the
     * occurrence tells apart a figure printed twice in the paragraph.
     */
    record Narrative(String section, int paragraph, String figure, int occurrence) implements Place {
        public Narrative {
            require(section != null, "说明位置缺少标题");
            require(paragraph >= 0, "段落序号不能为负数：" + paragraph);
            require(occurrence >= 0, "出现序号不能为负数：" + occurrence);
            figure = emptyToNull(figure);
        }

        /** The whole paragraph. */
        public Narrative(String section, int paragraph) {
            this(section, paragraph, null, 0);
        }

        public boolean isFigure() {
            return figure != null;
        }

        @Override
        public String id() {
            return figure == null ? join("text", section, Integer.toString(paragraph))
                    : join("text", section, Integer.toString(paragraph), figure, Integer.toString(occurrence));
        }

        @Override
        public String describe() {
            return "说明“" + section + "”第" + (paragraph + 1) + "段" + (figure == null ? "" : "中的 " + figure);
        }
    }

    /** Reads an id written by {@link #id()}; a malformed id gets a Chinese message naming it. */
    static Place parse(String id) {
        if (id == null || id.isBlank()) {
            throw new EditRejectedException("修改位置为空");
        }
        List<String> p = split(id);
        try {
            switch (p.get(0)) {
                case "target" -> {
                    requireParts(id, p, 6);
                    return new IndicatorField(TargetScope.fromId(p.get(1)), p.get(2), p.get(3),
                            Integer.parseInt(p.get(4)), Field.fromId(p.get(5)));
                }
                case "indicators" -> {
                    requireParts(id, p, 4);
                    return new Indicators(TargetScope.fromId(p.get(1)), p.get(2), p.get(3));
                }
                case "goal" -> {
                    requireParts(id, p, 4);
                    return new Goal(TargetScope.fromId(p.get(1)), p.get(2), p.get(3));
                }
                case "form" -> {
                    requireParts(id, p, 4);
                    return new Form(p.get(1), p.get(2), p.get(3));
                }
                case "text" -> {
                    if (p.size() == 3) {
                        return new Narrative(p.get(1), Integer.parseInt(p.get(2)));
                    }
                    requireParts(id, p, 5);
                    return new Narrative(p.get(1), Integer.parseInt(p.get(2)), p.get(3), Integer.parseInt(p.get(4)));
                }
                default -> {
                    requireParts(id, p, 3);
                    TableType type;
                    try {
                        type = TableType.fromId(p.get(0));
                    } catch (IllegalArgumentException e) {
                        throw new EditRejectedException("修改位置 " + id + " 的表类型 " + p.get(0) + " 不认识");
                    }
                    return new Cell(type, p.get(1), p.get(2));
                }
            }
        } catch (NumberFormatException e) {
            throw new EditRejectedException("修改位置 " + id + " 中的序号不是整数");
        }
    }

    private static void requireParts(String id, List<String> parts, int n) {
        if (parts.size() != n) {
            throw new EditRejectedException("修改位置 " + id + " 格式错误：应有 " + n + " 段，实有 " + parts.size() + " 段");
        }
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part.replace("%", "%25").replace("/", "%2F"));
        }
        return b.toString();
    }

    private static List<String> split(String id) {
        List<String> out = new ArrayList<>();
        for (String part : id.split("/", -1)) {
            out.add(part.replace("%2F", "/").replace("%2f", "/").replace("%25", "%"));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new EditRejectedException(message);
        }
    }
}
