package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.FigureAnchors;
import org.budgetworkbench.core.check.FigureAnchors.Anchor;
import org.budgetworkbench.core.check.FigureAnchors.Reading;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * The parts the narrative lists add to the total it states (说明中分项之和等于总数), within one section:
 * “三公”经费 = 因公出国(境) + 公务用车购置及运行 + 公务接待; 公务用车 = 购置 + 运行; 基本支出 = 人员经费 +
 * 公用经费; 支出合计 = 基本支出 + 项目支出 — each where the section states the total and every part.
 */
public final class NarrativePartsAddUp implements Rule {
    private static final String[][] IDENTITIES = {
            {"total", "overseas", "vehicle", "reception"},
            {"vehicle", "vehicle_purchase", "vehicle_operation"},
            {"basic", "personnel", "public"},
            {"total", "basic", "project"}};

    @Override
    public String id() {
        return "text.parts";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        Map<String, Map<String, Figure>> bySection = new LinkedHashMap<>();
        for (Reading r : FigureAnchors.read(doc)) {
            Anchor a = r.anchor();
            if (a == null || a.table() == null || !"total".equals(a.row())) {
                continue;
            }
            String key = a.table().id() + "|" + prefix(a.column());
            bySection.computeIfAbsent(r.figure().topSection() + "|" + key, k -> new LinkedHashMap<>())
                    .putIfAbsent(bare(a.column()), r.figure());
        }
        for (Map<String, Figure> stated : bySection.values()) {
            for (String[] identity : IDENTITIES) {
                Figure whole = stated.get(identity[0]);
                if (whole == null) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                boolean all = true;
                List<String> shown = new ArrayList<>();
                for (int i = 1; i < identity.length; i++) {
                    Figure part = stated.get(identity[i]);
                    if (part == null || part.start() == whole.start() && part.paragraph() == whole.paragraph()) {
                        all = false;
                        break;
                    }
                    sum = sum.add(part.wan());
                    shown.add(part.value().toPlainString());
                }
                if (!all) {
                    continue;
                }
                BigDecimal diff = whole.wan().subtract(sum).abs();
                if (diff.compareTo(NarrativeFinding.halfUnit(whole)) <= 0 && whole.decimals() < 2
                        || !Amounts.compare(whole.wan(), sum).any()) {
                    continue;
                }
                boolean rounding = Amounts.compare(whole.wan(), sum) == Amounts.Difference.ROUNDING;
                out.add(new Finding(id(), rounding ? FindingKind.ROUNDING : FindingKind.TEXT_ARITHMETIC,
                        rounding ? Severity.INFO : Severity.ERROR, NarrativeFinding.place(whole), whole.wan(), sum,
                        "说明中的合计 " + whole.value().toPlainString() + " 万元 ≠ 所列分项 " + String.join(" + ", shown)
                                + " = " + sum.toPlainString() + " 万元"));
            }
        }
        return out;
    }

    private static String prefix(String column) {
        return column.startsWith("budget_") ? "budget_" : column.startsWith("final_") ? "final_" : "";
    }

    private static String bare(String column) {
        return column.replaceFirst("^(budget_|final_)", "");
    }
}
