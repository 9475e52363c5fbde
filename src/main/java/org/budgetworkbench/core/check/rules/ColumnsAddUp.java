package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Labels;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.TableColumns;
import org.budgetworkbench.core.check.TableFindings;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * Column identities of a row (栏间勾稽): 合计 = 基本支出 + 项目支出 (+ the other expenditure columns);
 * 基本支出 = 人员经费 + 公用经费; 三公 = 出国 + 公务用车 + 接待, 公务用车 = 购置 + 运行; income
 * 合计 = Σ sources + 上年结转. An identity is checked only where the table prints its required columns.
 */
public final class ColumnsAddUp implements Rule {

    /**
     * {@code whole} = Σ {@code parts}; the identity applies when the table has every {@code required} column and
     * none of {@code unless}. {@code splitLinesOnly}: only on a line that prints one of the parts — the 单位 收支总表
     * splits its class and total lines into 基本/项目 but leaves lines such as 年终结转结余 unsplit (blank), which is
     * not a 0.
     */
    record Identity(String whole, List<String> parts, List<String> required, List<String> unless,
                    boolean splitLinesOnly) {
        Identity(String whole, List<String> parts, List<String> required) {
            this(whole, parts, required, List.of(), false);
        }
    }

    private static final List<String> INCOME_SOURCES = List.of("gpb", "gov_fund", "state_capital",
            "special_account", "business", "operating", "superior_subsidy", "affiliated", "other");

    private static final List<String> NON_FISCAL_SOURCES = List.of("special_account", "business", "operating",
            "superior_subsidy", "affiliated", "other");

    private static final Map<TableType, List<Identity>> IDENTITIES = Map.ofEntries(
            Map.entry(TableType.BUDGET_EXPENDITURE, List.of(new Identity("total",
                    List.of("basic", "project", "operating", "to_superior", "to_affiliated"),
                    List.of("basic", "project")))),
            Map.entry(TableType.BUDGET_GPB_EXPENDITURE, List.of(
                    new Identity("total", List.of("basic", "project"), List.of("basic", "project")),
                    new Identity("basic", List.of("personnel", "public"), List.of("personnel", "public")))),
            // the 单位 收支总表: 合计 | 基本支出 (or only its 人员经费 / 公用经费) | 项目支出 on the expenditure side
            Map.entry(TableType.BUDGET_SUMMARY, List.of(
                    new Identity("amount", List.of("basic", "project"), List.of("basic", "project"), List.of(), true),
                    new Identity("amount", List.of("personnel", "public", "project"),
                            List.of("personnel", "public", "project"), List.of("basic"), true),
                    new Identity("basic", List.of("personnel", "public"), List.of("personnel", "public"), List.of(),
                            true))),
            Map.entry(TableType.BUDGET_GPB_BASIC, List.of(
                    new Identity("total", List.of("personnel", "public"), List.of("personnel", "public")))),
            Map.entry(TableType.BUDGET_THREE_PUBLIC, threePublic("")),
            Map.entry(TableType.FINAL_THREE_PUBLIC, concat(threePublic("budget_"), threePublic("final_"))),
            Map.entry(TableType.BUDGET_GOV_FUND, List.of(
                    new Identity("total", List.of("basic", "project"), List.of("basic", "project")))),
            Map.entry(TableType.BUDGET_STATE_CAPITAL, List.of(
                    new Identity("total", List.of("basic", "project"), List.of("basic", "project")))),
            Map.entry(TableType.BUDGET_INCOME, List.of(
                    new Identity("total", join(INCOME_SOURCES, List.of("carryover")), List.of("gpb")),
                    // 合计 | 财政拨款收入 | 事业收入 | …: the funds summed in one column instead of printed apart
                    new Identity("total", join(NON_FISCAL_SOURCES, List.of("fiscal", "carryover")), List.of("fiscal"),
                            List.of("gpb"), false),
                    new Identity("fiscal", List.of("gpb", "gov_fund", "state_capital"), List.of("fiscal", "gpb")),
                    new Identity("carryover", List.of("carryover_gpb", "carryover_gov_fund",
                            "carryover_state_capital", "carryover_special_account", "carryover_unit"),
                            List.of("carryover_gpb")))),
            Map.entry(TableType.FINAL_INCOME, List.of(new Identity("total",
                    List.of("fiscal", "superior_subsidy", "business", "operating", "affiliated", "other"),
                    List.of("fiscal")))),
            Map.entry(TableType.FINAL_EXPENDITURE, List.of(new Identity("total",
                    List.of("basic", "project", "to_superior", "operating", "to_affiliated"),
                    List.of("basic", "project")))),
            Map.entry(TableType.FINAL_GPB_EXPENDITURE, List.of(
                    new Identity("total", List.of("basic", "project"), List.of("basic", "project")))),
            Map.entry(TableType.FINAL_GOV_FUND, List.of(
                    new Identity("total", List.of("basic", "project"), List.of("basic", "project")))),
            Map.entry(TableType.FINAL_STATE_CAPITAL, List.of(
                    new Identity("total", List.of("basic", "project"), List.of("basic", "project")))),
            Map.entry(TableType.FINAL_FISCAL_SUMMARY, List.of(new Identity("total",
                    List.of("gpb", "gov_fund", "state_capital"), List.of("gpb")))),
            Map.entry(TableType.BUDGET_FISCAL_SUMMARY, List.of(new Identity("amount",
                    List.of("gpb", "gov_fund", "state_capital"), List.of("gpb")))));

    private static List<Identity> threePublic(String p) {
        return List.of(
                new Identity(p + "total", List.of(p + "overseas", p + "vehicle", p + "reception"),
                        List.of(p + "vehicle")),
                new Identity(p + "vehicle", List.of(p + "vehicle_purchase", p + "vehicle_operation"),
                        List.of(p + "vehicle_purchase", p + "vehicle_operation")));
    }

    private static List<Identity> concat(List<Identity> a, List<Identity> b) {
        List<Identity> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Override
    public String id() {
        return "sum.columns";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            List<String> columns = TableColumns.of(t);
            for (Identity identity : IDENTITIES.getOrDefault(t.type(), List.of())) {
                if (!columns.contains(identity.whole()) || !columns.containsAll(identity.required())
                        || identity.unless().stream().anyMatch(columns::contains)) {
                    continue;
                }
                List<String> parts = identity.parts().stream().filter(columns::contains).toList();
                String what = parts.stream().map(Labels::column).collect(Collectors.joining(" + "));
                for (Row r : t.rows()) {
                    // in the fiscal summaries only the expenditure lines are split by fund
                    if (t.type().rowShape() == TableType.RowShape.ITEMS && !r.key().startsWith("expenditure.")) {
                        continue;
                    }
                    boolean noPart = parts.stream().noneMatch(c -> r.values().get(c) != null);
                    if (noPart && (identity.splitLinesOnly() || r.values().get(identity.whole()) == null)) {
                        continue;
                    }
                    BigDecimal sum = Amounts.sum(parts.stream().map(r::amount).toList());
                    TableFindings.compare(out, id(), FindingKind.SUM_MISMATCH, t, r, identity.whole(), sum, what);
                }
            }
        }
        return out;
    }
}
