package org.budgetworkbench.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Target;

/**
 * Writes the parts of a document (文档内容) under its id: tables, rows and cells, targets and their
 * indicators, evaluations, narrative and form fields, each kind in one batch. The caller owns the
 * transaction.
 */
final class DocumentWriter {
    private final Connection c;

    DocumentWriter(Connection c) {
        this.c = c;
    }

    void write(long id, Document d) throws SQLException {
        writeTables(id, d.tables());
        writeTargets(id, d.targets());
        writeEvaluations(id, d.evaluations());
        writeNarrative(id, d.narrative());
        writeFormFields(id, d.formFields());
    }

    private void writeTables(long id, List<DisclosureTable> tables) throws SQLException {
        try (PreparedStatement pt = c.prepareStatement("INSERT INTO disclosure_tables (document_id, table_no, "
                + "table_type, title, source_page, source_sheet, printed_columns, head_captions, head_labels) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pr = c.prepareStatement("INSERT INTO table_rows (document_id, table_no, row_no, "
                     + "row_key, name) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement pc = c.prepareStatement("INSERT INTO cells (document_id, table_no, row_no, cell_no, "
                     + "column_id, has_value, amount, amount_scale, amount_exact, cell_sheet, cell_page, cell_row, "
                     + "cell_column) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pn = c.prepareStatement("INSERT INTO table_notes (document_id, table_no, note_no, "
                     + "note) VALUES (?, ?, ?, ?)")) {
            for (int t = 0; t < tables.size(); t++) {
                DisclosureTable table = tables.get(t);
                pt.setLong(1, id);
                pt.setInt(2, t);
                pt.setString(3, table.type().id());
                pt.setString(4, table.title());
                SqlValues.setInt(pt, 5, table.source().page());
                pt.setString(6, table.source().sheet());
                pt.setString(7, String.join(",", table.columns()));
                pt.setString(8, SqlValues.joinWords(table.head().captions()));
                pt.setString(9, SqlValues.joinWords(table.head().labels()));
                pt.addBatch();
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = table.rows().get(r);
                    pr.setLong(1, id);
                    pr.setInt(2, t);
                    pr.setInt(3, r);
                    pr.setString(4, row.key());
                    pr.setString(5, row.name());
                    pr.addBatch();
                    addCells(pc, id, t, r, row);
                }
                for (int n = 0; n < table.notes().size(); n++) {
                    pn.setLong(1, id);
                    pn.setInt(2, t);
                    pn.setInt(3, n);
                    pn.setString(4, table.notes().get(n));
                    pn.addBatch();
                }
            }
            pt.executeBatch();
            pr.executeBatch();
            pc.executeBatch();
            pn.executeBatch();
        }
    }

    /** One line per column named in the row's values or its cells, in the values' order. */
    private static void addCells(PreparedStatement pc, long id, int t, int r, Row row) throws SQLException {
        Set<String> columns = new LinkedHashSet<>(row.values().keySet());
        columns.addAll(row.cells().keySet());
        int n = 0;
        for (String column : columns) {
            boolean hasValue = row.values().containsKey(column);
            BigDecimal amount = row.values().get(column);
            CellRef cell = row.cells().get(column);
            pc.setLong(1, id);
            pc.setInt(2, t);
            pc.setInt(3, r);
            pc.setInt(4, n++);
            pc.setString(5, column);
            pc.setBoolean(6, hasValue);
            int next = SqlValues.setAmount(pc, 7, amount);
            SqlValues.setCell(pc, next, cell);
            pc.addBatch();
        }
    }

    private void writeTargets(long id, List<Target> targets) throws SQLException {
        try (PreparedStatement pt = c.prepareStatement("INSERT INTO targets (document_id, target_no, scope, project, "
                + "project_code, period, label, goal, goal_cell_sheet, goal_cell_page, goal_cell_row, goal_cell_column) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pi = c.prepareStatement("INSERT INTO indicators (document_id, target_no, indicator_no, "
                     + "level1, level2, level3, value_text, basis, cell_sheet, cell_page, cell_row, cell_column, "
                     + "level1_cell_sheet, level1_cell_page, level1_cell_row, level1_cell_column, "
                     + "level2_cell_sheet, level2_cell_page, level2_cell_row, level2_cell_column, "
                     + "level3_cell_sheet, level3_cell_page, level3_cell_row, level3_cell_column) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ph = c.prepareStatement("INSERT INTO indicator_history (document_id, target_no, "
                     + "indicator_no, history_no, value_text) VALUES (?, ?, ?, ?, ?)")) {
            for (int t = 0; t < targets.size(); t++) {
                Target target = targets.get(t);
                pt.setLong(1, id);
                pt.setInt(2, t);
                pt.setString(3, target.scope() == null ? null : target.scope().id());
                pt.setString(4, target.project());
                pt.setString(5, target.projectCode());
                pt.setString(6, target.period() == null ? null : target.period().id());
                pt.setString(7, target.label());
                pt.setString(8, target.goal());
                SqlValues.setCell(pt, 9, target.goalCell());
                pt.addBatch();
                for (int i = 0; i < target.indicators().size(); i++) {
                    Indicator ind = target.indicators().get(i);
                    pi.setLong(1, id);
                    pi.setInt(2, t);
                    pi.setInt(3, i);
                    pi.setString(4, ind.level1());
                    pi.setString(5, ind.level2());
                    pi.setString(6, ind.level3());
                    pi.setString(7, ind.value());
                    pi.setString(8, ind.basis());
                    int n = SqlValues.setCell(pi, 9, ind.valueCell());
                    n = SqlValues.setCell(pi, n, ind.nameCells().level1());
                    n = SqlValues.setCell(pi, n, ind.nameCells().level2());
                    SqlValues.setCell(pi, n, ind.nameCells().level3());
                    pi.addBatch();
                    for (int h = 0; h < ind.history().size(); h++) {
                        ph.setLong(1, id);
                        ph.setInt(2, t);
                        ph.setInt(3, i);
                        ph.setInt(4, h);
                        ph.setString(5, ind.history().get(h));
                        ph.addBatch();
                    }
                }
            }
            pt.executeBatch();
            pi.executeBatch();
            ph.executeBatch();
        }
    }

    private void writeEvaluations(long id, List<Evaluation> evaluations) throws SQLException {
        try (PreparedStatement pe = c.prepareStatement("INSERT INTO evaluations (document_id, evaluation_no, scope, "
                + "project, unit, budget, budget_scale, budget_exact, executed, executed_scale, executed_exact, "
                + "rate, rate_scale, rate_exact, execution_score, execution_score_scale, execution_score_exact, "
                + "total_score, total_score_scale, total_score_exact, execution_weight) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pg = c.prepareStatement("INSERT INTO evaluation_goals (document_id, evaluation_no, "
                     + "goal_no, goal) VALUES (?, ?, ?, ?)");
             PreparedStatement pi = c.prepareStatement("INSERT INTO eval_indicators (document_id, evaluation_no, "
                     + "indicator_no, level1, level2, level3, target_value, actual_value, score, score_scale, "
                     + "score_exact, goal_index, cell_sheet, cell_page, cell_row, cell_column) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int e = 0; e < evaluations.size(); e++) {
                Evaluation ev = evaluations.get(e);
                pe.setLong(1, id);
                pe.setInt(2, e);
                pe.setString(3, ev.scope() == null ? null : ev.scope().id());
                pe.setString(4, ev.project());
                pe.setString(5, ev.unit());
                int next = SqlValues.setAmount(pe, 6, ev.budget());
                next = SqlValues.setAmount(pe, next, ev.executed());
                next = SqlValues.setAmount(pe, next, ev.rate());
                next = SqlValues.setAmount(pe, next, ev.executionScore());
                next = SqlValues.setAmount(pe, next, ev.totalScore());
                SqlValues.setInt(pe, next, ev.executionWeight());
                pe.addBatch();
                for (int g = 0; g < ev.goals().size(); g++) {
                    pg.setLong(1, id);
                    pg.setInt(2, e);
                    pg.setInt(3, g);
                    pg.setString(4, ev.goals().get(g));
                    pg.addBatch();
                }
                for (int i = 0; i < ev.indicators().size(); i++) {
                    EvaluationIndicator ind = ev.indicators().get(i);
                    pi.setLong(1, id);
                    pi.setInt(2, e);
                    pi.setInt(3, i);
                    pi.setString(4, ind.level1());
                    pi.setString(5, ind.level2());
                    pi.setString(6, ind.level3());
                    pi.setString(7, ind.target());
                    pi.setString(8, ind.actual());
                    int n = SqlValues.setAmount(pi, 9, ind.score());
                    SqlValues.setInt(pi, n, ind.goalIndex());
                    SqlValues.setCell(pi, n + 1, ind.scoreCell());
                    pi.addBatch();
                }
            }
            pe.executeBatch();
            pg.executeBatch();
            pi.executeBatch();
        }
    }

    private void writeNarrative(long id, List<NarrativeSection> sections) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO narrative_sections (document_id, section_no, "
                + "heading, level, page) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement pp = c.prepareStatement("INSERT INTO paragraphs (document_id, section_no, "
                     + "paragraph_no, text) VALUES (?, ?, ?, ?)")) {
            for (int s = 0; s < sections.size(); s++) {
                NarrativeSection section = sections.get(s);
                ps.setLong(1, id);
                ps.setInt(2, s);
                ps.setString(3, section.heading());
                ps.setInt(4, section.level());
                SqlValues.setInt(ps, 5, section.page());
                ps.addBatch();
                for (int p = 0; p < section.paragraphs().size(); p++) {
                    pp.setLong(1, id);
                    pp.setInt(2, s);
                    pp.setInt(3, p);
                    pp.setString(4, section.paragraphs().get(p));
                    pp.addBatch();
                }
            }
            ps.executeBatch();
            pp.executeBatch();
        }
    }

    private void writeFormFields(long id, List<FormField> fields) throws SQLException {
        try (PreparedStatement pf = c.prepareStatement("INSERT INTO form_fields (document_id, field_no, form_table, "
                + "project, label, value_text, cell_sheet, cell_page, cell_row, cell_column) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int f = 0; f < fields.size(); f++) {
                FormField field = fields.get(f);
                pf.setLong(1, id);
                pf.setInt(2, f);
                pf.setString(3, field.table());
                pf.setString(4, field.project());
                pf.setString(5, field.label());
                pf.setString(6, field.value());
                SqlValues.setCell(pf, 7, field.cell());
                pf.addBatch();
            }
            pf.executeBatch();
        }
    }
}
