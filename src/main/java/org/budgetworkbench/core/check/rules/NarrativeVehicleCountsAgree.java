package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.FigureAnchors;
import org.budgetworkbench.core.check.FigureAnchors.Reading;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.rules.VehicleCounts.Count;
import org.budgetworkbench.core.check.rules.VehicleCounts.Measure;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * 车辆数前后一致 (a reviewer's count check): the kinds a 其中 list gives add up to the count it follows (共有车辆 8 辆，
 * 其中一般公务用车 a 辆、执法执勤用车 b 辆 …: a warning when they make more, or less with the list closed by 其他用车;
 * a note when less, as a 其中 may name some kinds only); a count stated twice for the same date and scope (本级, 所属
 * units, the whole department) says the same; and vehicles
 * bought go with a 公务用车购置费 — a purchase of N > 0 vehicles with a 购置费 of 0, or a 购置费 with no vehicle
 * bought, is a warning (the fee is the 三公 table's where it prints one, else the narrative's). The tables of our
 * templates print no vehicle counts; where a 三公 table does, they are not read and not compared.
 */
public final class NarrativeVehicleCountsAgree implements Rule {
    @Override
    public String id() {
        return "text.vehicle_count";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        List<Count> counts = VehicleCounts.of(doc);
        Map<String, Count> first = new HashMap<>();
        for (Count c : counts) {
            int sum = c.parts().stream().mapToInt(Integer::intValue).sum();
            if (!c.parts().isEmpty() && sum != c.value()) {
                // more than the whole is wrong whatever the list; fewer may be a 其中 naming some kinds only, unless
                // the list closes with its catch-all (其他用车) and so names every vehicle
                boolean sure = sum > c.value() || c.closed();
                out.add(new Finding(id(), FindingKind.TEXT_ARITHMETIC, sure ? Severity.WARNING : Severity.INFO,
                        place(c), c.value(), sum, "说明中的" + c.measure().chinese + " " + c.value()
                                + " 辆与其中所列各类车辆之和 " + sum + " 辆不一致"));
            }
            Count earlier = first.putIfAbsent(c.measure() + "|" + c.date() + "|" + c.scope(), c);
            if (earlier != null && earlier.value() != c.value()) {
                out.add(new Finding(id(), FindingKind.TEXT_ARITHMETIC, Severity.WARNING, place(c), c.value(),
                        earlier.value(), "说明两处所述" + c.measure().chinese + "不一致：此处 " + c.value() + " 辆，“"
                                + earlier.section().heading() + "”中为 " + earlier.value() + " 辆"));
            }
        }
        counts.stream().filter(c -> c.measure() == Measure.PURCHASE && ofThisYear(doc, c)).findFirst()
                .ifPresent(c -> purchaseFee(doc, c, out));
        return out;
    }

    /** N vehicles bought and the 购置费: one without the other is a warning. */
    private void purchaseFee(Document doc, Count c, List<Finding> out) {
        boolean fin = doc.kind() == DocumentKind.FINAL;
        TableType type = fin ? TableType.FINAL_THREE_PUBLIC : TableType.BUDGET_THREE_PUBLIC;
        String column = fin ? "final_vehicle_purchase" : "vehicle_purchase";
        Optional<DisclosureTable> table = doc.table(type);
        Optional<BigDecimal> fromTable = table.flatMap(t -> t.amount("total", column));
        BigDecimal fee = fromTable.orElse(null);
        String where = table.map(DisclosureTable::title).orElse(null);
        if (fee == null) {
            Optional<Reading> stated = FigureAnchors.read(doc).stream()
                    .filter(r -> r.anchor() != null && column.equals(r.anchor().column())).findFirst();
            if (stated.isEmpty()) {
                return; // no 购置费 printed anywhere: nothing to hold the count against
            }
            fee = stated.get().figure().wan();
            where = "说明";
        }
        boolean bought = c.value() > 0;
        if (bought == (fee.signum() > 0)) {
            return;
        }
        String feeText = "公务用车购置费 " + Amounts.show(fee) + " 万元";
        String message = bought
                ? "说明称购置车辆 " + c.value() + " 辆，但" + where + "的公务用车购置费为 0"
                : "说明称购置车辆 0 辆，但" + where + "的" + feeText;
        FindingPlace cell = fromTable.isPresent() ? FindingPlace.cell(type.id(), "total", column) : null;
        out.add(new Finding(id(), fromTable.isPresent() ? FindingKind.TEXT_TABLE_MISMATCH : FindingKind.TEXT_ARITHMETIC,
                // which of the two is wrong is not told: the expectation is in words, so no figure is proposed as a fix
                Severity.WARNING, place(c), c.value(), "与" + feeText + "相符的购置车辆数", message, cell));
    }

    /** A purchase of the document's own year: 本年度, the year itself, or no year named. */
    private static boolean ofThisYear(Document doc, Count c) {
        return c.date().isEmpty() || c.date().startsWith(String.valueOf(doc.year()));
    }

    private static FindingPlace place(Count c) {
        return FindingPlace.text(c.section().heading(), c.sentence());
    }
}
