package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.CrossTable;
import org.budgetworkbench.core.check.FigureAnchors;
import org.budgetworkbench.core.check.FigureAnchors.Anchor;
import org.budgetworkbench.core.check.FigureAnchors.Reading;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TargetScope;

/**
 * Every amount the narrative states agrees with the table figure it names (说明与报表一致): "基本支出 1754.25
 * 万元" against 一般公共预算支出表 基本支出 1754.24. A difference of 0.01, or one within the figure's printed
 * precision (74 for 73.9), is a rounding note.
 */
public final class NarrativeAmountMatchesTable implements Rule {

    @Override
    public String id() {
        return "text.amount";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Reading r : FigureAnchors.read(doc)) {
            Anchor a = r.anchor();
            if (a == null) {
                continue;
            }
            Figure f = r.figure();
            Optional<BigDecimal> table;
            FindingPlace other;
            String source;
            if (a.table() == null) {
                Optional<Evaluation> e = doc.evaluations().stream()
                        .filter(x -> x.scope() == TargetScope.DEPARTMENT).findFirst();
                if (e.isEmpty() || e.get().budget() == null) {
                    continue;
                }
                if (e.get().executed() != null && !Amounts.compare(f.wan(), e.get().executed()).any()) {
                    continue;
                }
                table = Optional.of(e.get().budget());
                other = new FindingPlace(PerformanceForm.DEPARTMENT_EVALUATION.id(), null, "budget", null, null, null, null);
                source = "部门整体绩效自评表 预算数";
            } else {
                if (doc.table(a.table()).isEmpty()) {
                    continue;
                }
                table = a.value(doc);
                other = FindingPlace.cell(a.table().id(), a.row(), a.column());
                source = CrossTable.describe(doc, new CrossTable.Cell(a.table(), a.row(), a.column()));
            }
            if (table.isEmpty()) {
                continue;
            }
            BigDecimal diff = f.wan().subtract(table.get()).abs();
            if (diff.compareTo(NarrativeFinding.halfUnit(f)) <= 0) {
                continue; // equal at the precision the text prints (9.98 for a table's 9.975)
            }
            boolean rounding = diff.compareTo(Amounts.ROUNDING_LIMIT) <= 0;
            String term = a.term().startsWith("path:") ? a.term().substring(5) : a.term();
            out.add(new Finding(id(), rounding ? FindingKind.ROUNDING : FindingKind.TEXT_TABLE_MISMATCH,
                    rounding ? Severity.INFO : Severity.ERROR, NarrativeFinding.place(f), f.wan(),
                    Amounts.money(table.get()), "说明中的" + term + " " + NarrativeFinding.show(f) + " 万元与" + source
                    + " " + Amounts.show(table.get()) + " 万元不一致" + (rounding ? "（相差 0.01，尾数差异）" : ""),
                    other));
        }
        return out;
    }
}
