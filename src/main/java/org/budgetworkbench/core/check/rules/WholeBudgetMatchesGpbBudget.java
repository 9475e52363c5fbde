package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.NarrativeFigures;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * The department's whole year-start budget agrees with its 一般公共预算 year-start budget when that is all the
 * money it has (部门整体年初预算与一般公共预算年初预算一致): "部门整体年初预算金额 1,597.22 万元" in the
 * performance section against "一般公共预算财政拨款支出年初预算为 1577.22 万元" in the expenditure section.
 * It applies only where the summary tables show no 政府性基金 or 国有资本经营 money and no 年初结转和结余; the
 * department's non-fiscal income (其他收入 …) is the most the two may differ by, for it may carry a budget of its own.
 */
public final class WholeBudgetMatchesGpbBudget implements Rule {
    private static final Pattern WHOLE = Pattern.compile(".*整体(?:支出)?(?:的)?年初预算(?:金额|数|资金)?(?:为|是|共计|合计)?$");
    private static final Pattern GPB = Pattern.compile(
            ".*一般公共预算(?:财政)?(?:拨款)?(?:支出)?(?:的)?年初预算(?:金额|数)?(?:为|是|共计|合计)?$");

    @Override
    public String id() {
        return "text.whole_budget";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        Optional<BigDecimal> slack = nonGpbIncome(doc);
        if (slack.isEmpty()) {
            return out;
        }
        List<Figure> figures = NarrativeFigures.of(doc);
        Figure gpb = figures.stream().filter(f -> f.isAmount() && GPB.matcher(f.label()).matches()).findFirst()
                .orElse(null);
        if (gpb == null) {
            return out;
        }
        BigDecimal expected = gpb.wan();
        List<Figure> wrong = new ArrayList<>();
        for (Figure f : figures) {
            if (!f.isAmount() || !WHOLE.matcher(f.label()).matches()) {
                continue;
            }
            BigDecimal diff = f.wan().subtract(expected);
            boolean below = diff.signum() < 0 && Amounts.compare(f.wan(), expected) == Amounts.Difference.MISMATCH;
            boolean above = diff.subtract(slack.get()).compareTo(Amounts.ROUNDING_LIMIT) > 0;
            if ((below || above) && wrong.stream().noneMatch(w -> w.wan().compareTo(f.wan()) == 0)) {
                wrong.add(f);
            }
        }
        for (Figure f : wrong) {
            // the same figure repeated in the self-evaluation summaries is one defect: point at its first statement
            long repeats = figures.stream().filter(o -> o != f && o.isAmount() && WHOLE.matcher(o.label()).matches()
                    && o.wan().compareTo(f.wan()) == 0).count();
            out.add(new Finding(id(), FindingKind.TEXT_ARITHMETIC, Severity.WARNING, NarrativeFinding.place(f),
                    f.wan(), Amounts.money(expected),
                    "说明中的部门整体年初预算 " + NarrativeFinding.show(f) + " 万元与“" + gpb.section()
                            + "”所述一般公共预算财政拨款支出年初预算 " + NarrativeFinding.show(gpb)
                            + " 万元不一致；本部门无政府性基金、国有资本经营预算资金及年初结转和结余"
                            + (slack.get().signum() == 0 ? "" : "，非财政拨款收入仅 " + Amounts.show(slack.get()) + " 万元")
                            + "，两者应一致" + (repeats == 0 ? "" : "（说明中另有 " + repeats + " 处同样表述）")));
        }
        return out;
    }

    /**
     * The income beside 一般公共预算财政拨款 (非财政拨款收入) when the department has no 政府性基金, 国有资本经营
     * money and no 年初结转和结余; empty when it has, or when the summary tables are not there to tell.
     */
    static Optional<BigDecimal> nonGpbIncome(Document doc) {
        boolean fin = doc.kind() == DocumentKind.FINAL;
        TableType summaryType = fin ? TableType.FINAL_SUMMARY : TableType.BUDGET_SUMMARY;
        TableType fiscalType = fin ? TableType.FINAL_FISCAL_SUMMARY : TableType.BUDGET_FISCAL_SUMMARY;
        var summary = doc.table(summaryType);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        String[] otherFunds = {"income.gov_fund", "income.state_capital", "income.carryover"};
        for (String key : otherFunds) {
            if (amount(doc, summaryType, key).signum() != 0 || amount(doc, fiscalType, key).signum() != 0) {
                return Optional.empty();
            }
        }
        if (summary.get().row("income.gpb").isEmpty() || summary.get().row("income.current").isEmpty()) {
            return Optional.empty();
        }
        BigDecimal gpb = amount(doc, summaryType, "income.gpb");
        BigDecimal current = amount(doc, summaryType, "income.current");
        if (gpb.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(current.subtract(gpb).max(BigDecimal.ZERO));
    }

    private static BigDecimal amount(Document doc, TableType type, String key) {
        return doc.table(type).flatMap(t -> t.row(key)).map(r -> {
            BigDecimal v = r.amount("amount");
            return v != null ? v : r.amount("total");
        }).map(Amounts::nz).orElse(BigDecimal.ZERO);
    }
}
