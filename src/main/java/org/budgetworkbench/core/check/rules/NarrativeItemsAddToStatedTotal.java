package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.rules.StatedItems.Block;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * 分项说明之和等于其前所述总数: "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元" followed by
 * the numbered 类/款/项 items, each with its own 年初预算 and 支出决算 — the items' figures of one measure add up to
 * the total stated for that measure. A 0.01 gap is a rounding note. A larger gap is a warning only where the items
 * are shown to be the whole list: another measure of the same items adds up to its total, or as many items are
 * listed as the 一般公共预算 table has 项 lines; a list the writer cut short is otherwise not judged. A measure
 * with an item printed to fewer than two decimals (217 万元) is not added up: its sum is not known to 0.01.
 */
public final class NarrativeItemsAddToStatedTotal implements Rule {
    @Override
    public String id() {
        return "text.items_sum";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Block b : StatedItems.of(doc)) {
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            for (String measure : b.totals().keySet()) {
                List<Figure> figures = b.items().stream().map(i -> i.get(measure)).toList();
                // an item printed to fewer than two decimals (217 万元, 10.8 万元) holds the sum only to its precision
                if (figures.stream().allMatch(f -> f != null && f.decimals() >= 2)) {
                    sums.put(measure, Amounts.sum(figures.stream().map(Figure::wan).toList()));
                }
            }
            boolean corroborated = sums.entrySet().stream()
                    .anyMatch(e -> !Amounts.compare(b.totals().get(e.getKey()).wan(), e.getValue()).any())
                    || StatedItems.coversTable(doc, b);
            for (var e : sums.entrySet()) {
                Figure total = b.totals().get(e.getKey());
                Amounts.Difference d = Amounts.compare(total.wan(), e.getValue());
                if (!d.any() || total.decimals() < 2 && total.wan().subtract(e.getValue()).abs()
                        .compareTo(NarrativeFinding.halfUnit(total)) <= 0) {
                    continue;
                }
                boolean rounding = d == Amounts.Difference.ROUNDING;
                if (!rounding && !corroborated) {
                    continue;
                }
                out.add(new Finding(id(), rounding ? FindingKind.ROUNDING : FindingKind.TEXT_ARITHMETIC,
                        rounding ? Severity.INFO : Severity.WARNING, NarrativeFinding.place(total), total.value(),
                        Amounts.money(e.getValue()), "说明中的" + e.getKey() + " " + total.value().toPlainString()
                                + " 万元与其后所列 " + b.items().size() + " 个科目的" + e.getKey() + "之和 "
                                + Amounts.show(e.getValue()) + " 万元不一致" + (rounding ? "（尾差 0.01）" : "")));
            }
        }
        return out;
    }
}
