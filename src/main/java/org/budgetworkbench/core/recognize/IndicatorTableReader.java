package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.check.IndicatorLevels;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.IndicatorCells;

/**
 * Reads the lines of one indicator table (绩效指标表) under its header: carries the 一级 / 二级 names down over
 * merged or blank cells (a new 一级 starts its own 二级), takes the indicator's name from the 三级 cell or, where
 * that is empty, from the 指标名称 / 目标名称 cell the line gives it, and splits a cell that lists numbered
 * indicators (1. 聘用人员数量；2. 培训次数) into one indicator each. Level names are kept as printed; rules map
 * older names to the standard hierarchy.
 */
final class IndicatorTableReader {
    final IndicatorColumns columns;
    private String level1;
    private String level2;
    /** Where the 一级 / 二级 now carried down were printed: the cell the indicators below them share. */
    private CellRef level1Cell;
    private CellRef level2Cell;

    IndicatorTableReader(IndicatorColumns columns) {
        this.columns = columns;
    }

    /** Starts a new goal's lines: its 一级 / 二级 are not carried over from the previous goal. */
    void newGoal() {
        level1 = null;
        level2 = null;
        level1Cell = null;
        level2Cell = null;
    }

    /**
     * Whether a row belongs to this table. A row with a 一级 cell that is no level name of any template
     * (填报人, 备注, 项目负责人) is a form field below the table, not an indicator.
     */
    boolean owns(Grid g, int r, int firstCol) {
        IndicatorColumns c = columns;
        if (firstCol < c.firstNameColumn() && firstCol != c.goal() && firstCol != c.name()) {
            return false;
        }
        if (firstCol < c.firstNameColumn() && GoalLabel.parse(g.text(r, firstCol)) == null
                && (text(g, r, c.level1()) + text(g, r, c.level2()) + text(g, r, c.level3()) + text(g, r, c.value()))
                .isEmpty()) {
            return false; // a field line (部门（单位）名称 | X) left of the levels, not a goal's first indicator
        }
        String l1 = c.level1() < 0 ? "" : g.text(r, c.level1());
        if (l1.isEmpty() || Texts.isPlaceholder(l1) || IndicatorLevels.isLevelName(l1) || looksLikeLevel(l1)) {
            return true;
        }
        String l2 = c.level2() < 0 ? "" : g.text(r, c.level2());
        return IndicatorLevels.isLevelName(l2);
    }

    private static String text(Grid g, int r, int c) {
        return c < 0 ? "" : g.text(r, c);
    }

    /** Words every level name of every template carries; a row with one of them is still the table's. */
    private static boolean looksLikeLevel(String text) {
        String s = Texts.compact(text);
        return s.contains("指标") || s.contains("产出") || s.contains("效益") || s.contains("效果")
                || s.contains("满意") || s.contains("成本");
    }

    /** Whether the row, read with these columns, is an indicator line with a level name: a header left out. */
    boolean continuesWithoutHeader(Grid g, int r) {
        IndicatorColumns c = columns;
        String l1 = c.level1() < 0 ? "" : g.text(r, c.level1());
        String l2 = c.level2() < 0 ? "" : g.text(r, c.level2());
        return IndicatorLevels.isLevelName(l1) || (l1.isEmpty() && IndicatorLevels.parentOf(l2) != null);
    }

    void row(Grid g, int r, FormDraft form) {
        IndicatorColumns c = columns;
        String l3 = c.level3() < 0 ? "" : g.text(r, c.level3());
        String goalCell = c.goal() < 0 ? "" : g.text(r, c.goal());
        String nameCell = c.name() < 0 ? "" : g.text(r, c.name());
        boolean named = !Texts.compact(l3).isEmpty() && !Texts.isPlaceholder(l3);
        if (!goalCell.isEmpty()) {
            if (!named && GoalLabel.parse(goalCell) == null && hasValue(g, r)) {
                nameCell = nameCell.isEmpty() ? goalCell : nameCell; // 目标名称 column naming the indicator
            } else {
                form.namedGoal(goalCell, FormCells.cell(g, r, c.goal()));
                newGoal();
            }
        }
        String l1 = c.level1() < 0 ? "" : g.text(r, c.level1());
        String l2 = c.level2() < 0 ? "" : g.text(r, c.level2());
        if (!l1.isEmpty()) {
            if (!l1.equals(level1)) {
                level2 = null; // a new 一级 starts its own 二级 names
                level2Cell = null;
            }
            level1 = Texts.isPlaceholder(l1) ? null : l1;
            level1Cell = FormCells.cell(g, r, c.level1());
        }
        if (!l2.isEmpty()) {
            level2 = Texts.isPlaceholder(l2) ? null : l2;
            level2Cell = FormCells.cell(g, r, c.level2());
        }
        // the name came from the 三级 cell, or from the 指标名称 / 目标名称 cell the line gives it
        int nameColumn = named ? c.level3() : !nameCell.isEmpty() && c.name() >= 0
                && nameCell.equals(g.text(r, c.name())) ? c.name() : c.goal();
        if (!named) {
            l3 = nameCell;
        }
        if (l3.isEmpty() || Texts.isPlaceholder(l3)) {
            return; // an empty 二级 line (成本指标 with nothing) or "……": no indicator
        }
        if (c.scored()) {
            form.evaluation().indicators.add(new EvaluationIndicator(level1, level2, l3,
                    Texts.value(Texts.cellText(g, r, c.value())), Texts.value(Texts.cellText(g, r, c.actual())),
                    c.score() < 0 ? null : Texts.amount(g.text(r, c.score()), g.number(r, c.score())),
                    form.currentGoal == null ? null : form.currentGoal.number(),
                    c.score() < 0 ? null : FormCells.cell(g, r, c.score())));
        } else {
            addTargetIndicators(g, r, form.target(), l3, new IndicatorCells(level1Cell, level2Cell,
                    nameColumn < 0 ? null : FormCells.cell(g, r, nameColumn)));
        }
    }

    private boolean hasValue(Grid g, int r) {
        return columns.value() >= 0 && !g.text(r, columns.value()).isEmpty();
    }

    /** One line, or several when the name cell lists numbered indicators (values matched by number). */
    private void addTargetIndicators(Grid g, int r, FormDraft.TargetDraft target, String l3, IndicatorCells cells) {
        IndicatorColumns c = columns;
        Map<Integer, String> names = NumberedItems.split(l3, 0);
        CellRef valueCell = c.value() < 0 ? null : FormCells.cell(g, r, c.value());
        if (names == null || names.size() < 2) {
            String name = names == null ? l3 : names.values().iterator().next();
            List<String> history = new ArrayList<>();
            for (int h : c.history()) {
                history.add(Texts.value(NumberedItems.single(Texts.cellText(g, r, h))));
            }
            target.indicators.add(new Indicator(level1, level2, name,
                    Texts.value(NumberedItems.single(Texts.cellText(g, r, c.value()))), historyOrEmpty(history),
                    Texts.orNull(NumberedItems.single(Texts.cellText(g, r, c.basis()))), valueCell, cells));
            return;
        }
        NumberedPiece value = new NumberedPiece(Texts.cellText(g, r, c.value()), names.size());
        NumberedPiece basis = new NumberedPiece(Texts.cellText(g, r, c.basis()), names.size());
        List<NumberedPiece> history = new ArrayList<>();
        for (int h : c.history()) {
            history.add(new NumberedPiece(Texts.cellText(g, r, h), names.size()));
        }
        for (Map.Entry<Integer, String> n : names.entrySet()) {
            List<String> hs = new ArrayList<>();
            for (NumberedPiece p : history) {
                hs.add(Texts.value(p.item(n.getKey())));
            }
            target.indicators.add(new Indicator(level1, level2, n.getValue(), Texts.value(value.item(n.getKey())),
                    historyOrEmpty(hs), Texts.orNull(basis.item(n.getKey())), valueCell, cells));
        }
    }

    private static List<String> historyOrEmpty(List<String> values) {
        if (values.stream().allMatch(v -> v == null)) {
            return List.of();
        }
        return values.stream().map(v -> v == null ? "" : v).toList();
    }

    /** A cell matched against numbered names: its own item by number, or the whole text when not numbered. */
    private static final class NumberedPiece {
        final String whole;
        final Map<Integer, String> items;

        NumberedPiece(String text, int count) {
            this.whole = text;
            this.items = text == null ? null : NumberedItems.split(text, count);
        }

        String item(int number) {
            return items == null ? whole : items.get(number);
        }
    }
}
