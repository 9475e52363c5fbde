package org.budgetworkbench.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.IndicatorCells;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableHead;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;

/**
 * Reads a stored document (文档内容) back into the model, equal to the one that was saved: one query per
 * kind of part, each ordered by position, put together by their position numbers.
 */
final class DocumentReader {
    private final Connection c;

    DocumentReader(Connection c) {
        this.c = c;
    }

    Optional<Document> read(long id) throws SQLException {
        String department;
        int year;
        DocumentKind kind;
        String unit;
        DocumentScope scope;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT department, fiscal_year, kind, unit, scope FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                department = rs.getString(1);
                year = rs.getInt(2);
                kind = DocumentKind.fromId(rs.getString(3));
                unit = rs.getString(4);
                scope = DocumentScope.fromId(rs.getString(5));
            }
        }
        return Optional.of(new Document(department, year, kind, scope, unit, tables(id), targets(id), evaluations(id),
                narrative(id), formFields(id)));
    }

    private List<DisclosureTable> tables(long id) throws SQLException {
        // rows' cells first, by (table, row)
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        Map<Long, Map<String, CellRef>> cells = new HashMap<>();
        try (ResultSet rs = query("SELECT table_no, row_no, column_id, has_value, amount, amount_scale, amount_exact, "
                + "cell_sheet, cell_page, cell_row, cell_column FROM cells WHERE document_id = ? "
                + "ORDER BY table_no, row_no, cell_no", id)) {
            while (rs.next()) {
                long rowId = rowId(rs.getInt("table_no"), rs.getInt("row_no"));
                String column = rs.getString("column_id");
                if (rs.getBoolean("has_value")) {
                    values.computeIfAbsent(rowId, k -> new LinkedHashMap<>())
                            .put(column, SqlValues.getAmount(rs, "amount"));
                }
                CellRef cell = SqlValues.getCell(rs);
                if (cell != null) {
                    cells.computeIfAbsent(rowId, k -> new LinkedHashMap<>()).put(column, cell);
                }
            }
        }
        Map<Integer, List<Row>> rows = new HashMap<>();
        try (ResultSet rs = query("SELECT table_no, row_no, row_key, name FROM table_rows WHERE document_id = ? "
                + "ORDER BY table_no, row_no", id)) {
            while (rs.next()) {
                int t = rs.getInt("table_no");
                long rowId = rowId(t, rs.getInt("row_no"));
                rows.computeIfAbsent(t, k -> new ArrayList<>()).add(new Row(rs.getString("row_key"),
                        rs.getString("name"), values.getOrDefault(rowId, Map.of()),
                        cells.getOrDefault(rowId, Map.of())));
            }
        }
        Map<Integer, List<String>> notes = new HashMap<>();
        try (ResultSet rs = query("SELECT table_no, note FROM table_notes WHERE document_id = ? "
                + "ORDER BY table_no, note_no", id)) {
            while (rs.next()) {
                notes.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<DisclosureTable> tables = new ArrayList<>();
        try (ResultSet rs = query("SELECT table_no, table_type, title, source_page, source_sheet, printed_columns, "
                + "head_captions, head_labels FROM disclosure_tables WHERE document_id = ? ORDER BY table_no", id)) {
            while (rs.next()) {
                TableSource source = new TableSource(SqlValues.getInt(rs, "source_page"), rs.getString("source_sheet"));
                tables.add(new DisclosureTable(TableType.fromId(rs.getString("table_type")), rs.getString("title"),
                        source, rows.getOrDefault(rs.getInt("table_no"), List.of()),
                        printedColumns(rs.getString("printed_columns")),
                        notes.getOrDefault(rs.getInt("table_no"), List.of()))
                        .withHead(new TableHead(SqlValues.splitWords(rs.getString("head_captions")),
                                SqlValues.splitWords(rs.getString("head_labels")))));
            }
        }
        return tables;
    }

    /** The stored column list; null for a table stored before V2 (then its cells tell its columns). */
    private static List<String> printedColumns(String stored) {
        if (stored == null) {
            return null;
        }
        return stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    private List<Target> targets(long id) throws SQLException {
        Map<Long, List<String>> history = new HashMap<>();
        try (ResultSet rs = query("SELECT target_no, indicator_no, value_text FROM indicator_history "
                + "WHERE document_id = ? ORDER BY target_no, indicator_no, history_no", id)) {
            while (rs.next()) {
                history.computeIfAbsent(rowId(rs.getInt(1), rs.getInt(2)), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        Map<Integer, List<Indicator>> indicators = new HashMap<>();
        try (ResultSet rs = query("SELECT * FROM indicators WHERE document_id = ? ORDER BY target_no, indicator_no",
                id)) {
            while (rs.next()) {
                int t = rs.getInt("target_no");
                indicators.computeIfAbsent(t, k -> new ArrayList<>()).add(new Indicator(rs.getString("level1"),
                        rs.getString("level2"), rs.getString("level3"), rs.getString("value_text"),
                        history.get(rowId(t, rs.getInt("indicator_no"))), rs.getString("basis"),
                        SqlValues.getCell(rs), new IndicatorCells(SqlValues.getCell(rs, "level1_"),
                                SqlValues.getCell(rs, "level2_"), SqlValues.getCell(rs, "level3_"))));
            }
        }
        List<Target> targets = new ArrayList<>();
        try (ResultSet rs = query("SELECT * FROM targets WHERE document_id = ? ORDER BY target_no", id)) {
            while (rs.next()) {
                String scope = rs.getString("scope");
                String period = rs.getString("period");
                targets.add(new Target(scope == null ? null : TargetScope.fromId(scope), rs.getString("project"),
                        rs.getString("project_code"), period == null ? null : TargetPeriod.fromId(period),
                        rs.getString("label"), rs.getString("goal"),
                        indicators.getOrDefault(rs.getInt("target_no"), List.of()), SqlValues.getCell(rs, "goal_")));
            }
        }
        return targets;
    }

    private List<Evaluation> evaluations(long id) throws SQLException {
        Map<Integer, List<String>> goals = new HashMap<>();
        try (ResultSet rs = query("SELECT evaluation_no, goal FROM evaluation_goals WHERE document_id = ? "
                + "ORDER BY evaluation_no, goal_no", id)) {
            while (rs.next()) {
                goals.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<Integer, List<EvaluationIndicator>> indicators = new HashMap<>();
        try (ResultSet rs = query("SELECT * FROM eval_indicators WHERE document_id = ? "
                + "ORDER BY evaluation_no, indicator_no", id)) {
            while (rs.next()) {
                indicators.computeIfAbsent(rs.getInt("evaluation_no"), k -> new ArrayList<>()).add(
                        new EvaluationIndicator(rs.getString("level1"), rs.getString("level2"), rs.getString("level3"),
                                rs.getString("target_value"), rs.getString("actual_value"),
                                SqlValues.getAmount(rs, "score"), SqlValues.getInt(rs, "goal_index"),
                                SqlValues.getCell(rs)));
            }
        }
        List<Evaluation> evaluations = new ArrayList<>();
        try (ResultSet rs = query("SELECT * FROM evaluations WHERE document_id = ? ORDER BY evaluation_no", id)) {
            while (rs.next()) {
                int e = rs.getInt("evaluation_no");
                String scope = rs.getString("scope");
                evaluations.add(new Evaluation(scope == null ? null : TargetScope.fromId(scope),
                        rs.getString("project"), rs.getString("unit"), SqlValues.getAmount(rs, "budget"),
                        SqlValues.getAmount(rs, "executed"), SqlValues.getAmount(rs, "rate"),
                        SqlValues.getAmount(rs, "execution_score"), SqlValues.getAmount(rs, "total_score"),
                        SqlValues.getInt(rs, "execution_weight"), goals.get(e),
                        indicators.getOrDefault(e, List.of())));
            }
        }
        return evaluations;
    }

    private List<NarrativeSection> narrative(long id) throws SQLException {
        Map<Integer, List<String>> paragraphs = new HashMap<>();
        try (ResultSet rs = query("SELECT section_no, text FROM paragraphs WHERE document_id = ? "
                + "ORDER BY section_no, paragraph_no", id)) {
            while (rs.next()) {
                paragraphs.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<NarrativeSection> sections = new ArrayList<>();
        try (ResultSet rs = query("SELECT section_no, heading, level, page FROM narrative_sections "
                + "WHERE document_id = ? ORDER BY section_no", id)) {
            while (rs.next()) {
                sections.add(new NarrativeSection(rs.getString("heading"), rs.getInt("level"),
                        SqlValues.getInt(rs, "page"), paragraphs.getOrDefault(rs.getInt("section_no"), List.of())));
            }
        }
        return sections;
    }

    private List<FormField> formFields(long id) throws SQLException {
        List<FormField> fields = new ArrayList<>();
        try (ResultSet rs = query("SELECT * FROM form_fields WHERE document_id = ? ORDER BY field_no", id)) {
            while (rs.next()) {
                fields.add(new FormField(rs.getString("form_table"), rs.getString("project"), rs.getString("label"),
                        rs.getString("value_text"), SqlValues.getCell(rs)));
            }
        }
        return fields;
    }

    /** Runs a query with the document id as its one parameter; closing the result set closes the statement. */
    private ResultSet query(String sql, long id) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setLong(1, id);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    /** Two position numbers as one map key. */
    private static long rowId(int outer, int inner) {
        return ((long) outer << 32) | (inner & 0xffffffffL);
    }
}
