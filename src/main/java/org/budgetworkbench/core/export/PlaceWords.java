package org.budgetworkbench.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.ColumnNames;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;

/**
 * 位置的说法: a finding's place as a reader of the report names it — the table's title, 行 201 · 列 基本支出, the
 * quote of a narrative finding, the project, goal and indicator of a form line. The ids of extract@1
 * (level2, income.gpb, unit:101001, long_term) are for programs; a printed report says what the templates print.
 */
final class PlaceWords {
    /** The Chinese names of the columns of the performance forms, as their headers print them. */
    private static final Map<String, String> FORM_COLUMNS = Map.ofEntries(
            Map.entry("level1", "一级指标"), Map.entry("level2", "二级指标"), Map.entry("level3", "三级指标"),
            Map.entry("value", "指标值"), Map.entry("target", "年度指标值"), Map.entry("actual", "实际完成值"),
            Map.entry("weight", "分值"), Map.entry("score", "得分"), Map.entry("execution_score", "预算执行率得分"),
            Map.entry("basis", "指标值确定依据"), Map.entry("goal", "绩效目标"), Map.entry("name", "项目名称"),
            Map.entry("total", "合计"));
    /** The lines of the tables that are not classification codes, by their ids. */
    private static final Map<String, String> ROWS = Map.ofEntries(
            Map.entry(RowKeys.TOTAL, "合计"), Map.entry("personnel_total", "人员经费合计"),
            Map.entry("public_total", "公用经费合计"));

    private PlaceWords() {
    }

    /** The table's standard title; for a narrative finding the section it sits under. */
    static String table(FindingPlace where) {
        if (where.table() != null) {
            return tableType(where.table()).map(TableType::standardTitle).orElseGet(() ->
                    PerformanceForm.fromId(where.table()).map(PerformanceForm::chinese).orElse(where.table()));
        }
        return where.section() == null ? "" : "情况说明 " + where.section();
    }

    /** 行 201 · 列 基本支出; the quote of a narrative finding; project, goal and indicator of a form line. */
    static String place(FindingPlace where) {
        List<String> parts = new ArrayList<>();
        add(parts, "项目 ", where.project());
        add(parts, "目标 ", where.target());
        add(parts, "目标 ", where.goal());
        if (where.period() != null) {
            parts.add("long_term".equals(where.period()) ? "长期目标" : "annual".equals(where.period()) ? "年度目标"
                    : where.period());
        }
        add(parts, "栏目 ", where.field());
        add(parts, "指标 ", where.indicator());
        if (where.row() != null) {
            parts.add("行 " + row(where.table(), where.row()));
        }
        if (where.column() != null) {
            parts.add("列 " + column(where.table(), where.column()));
        }
        if (where.quote() != null) {
            parts.add("“" + where.quote() + "”");
        }
        return String.join(" · ", parts);
    }

    private static void add(List<String> parts, String word, String value) {
        if (value != null) {
            parts.add(word + value);
        }
    }

    /** A line as the table prints it: a code stays a code, a unit its code, a summary item its wording. */
    static String row(String table, String row) {
        if (RowKeys.isClassificationCode(row)) {
            return row;
        }
        if (ROWS.containsKey(row)) {
            return ROWS.get(row);
        }
        if (row.startsWith(RowKeys.UNIT_PREFIX)) {
            return "单位 " + row.substring(RowKeys.UNIT_PREFIX.length());
        }
        if (row.startsWith(RowKeys.NAME_PREFIX)) {
            return row.substring(RowKeys.NAME_PREFIX.length());
        }
        TableType type = tableType(table).orElse(null);
        if (type != null) {
            String label = SummaryItemLabels.of(type, row, "").text();
            if (!label.isBlank()) {
                return label;
            }
        }
        // an item of a table read some other way: the code it carries, if any, else the id as written
        int dot = row.lastIndexOf('.');
        String rest = dot < 0 ? row : row.substring(dot + 1);
        return RowKeys.isClassificationCode(rest) ? rest : row;
    }

    /** A column as the table's header prints it, a performance form's column by its header too. */
    static String column(String table, String column) {
        TableType type = tableType(table).orElse(null);
        if (type != null) {
            String word = TableHeaders.columnWord(type, column);
            return word.equals(column) ? ColumnNames.of(column) : word;
        }
        // a performance form's column: its printed name, never the internal key ("列 level2")
        return FORM_COLUMNS.getOrDefault(column, ColumnNames.of(column));
    }

    private static java.util.Optional<TableType> tableType(String id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(TableType.fromId(id));
        } catch (IllegalArgumentException notATableType) {
            return java.util.Optional.empty();
        }
    }
}
