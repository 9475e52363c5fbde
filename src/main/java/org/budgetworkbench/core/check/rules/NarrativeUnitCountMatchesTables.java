package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeParagraphs;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * The subordinate units the narrative counts are the unit rows of the income table (预算单位构成与收入总表一致):
 * "本级和下属 2 个二级单位" needs two unit rows besides the department's own (本级) and its aggregate row.
 */
public final class NarrativeUnitCountMatchesTables implements Rule {
    private static final Pattern COUNT = Pattern.compile(
            "(?:下属|所属)\\s*(\\d+)\\s*(?:个|家)(?:二级)?(?:预算)?单位|(\\d+)\\s*(?:个|家)(?:二级|下属|所属)(?:预算)?单位");

    @Override
    public String id() {
        return "text.unit_count";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        Optional<DisclosureTable> income = doc.table(TableType.BUDGET_INCOME)
                .or(() -> doc.table(TableType.BUDGET_PROJECTS));
        if (income.isEmpty()) {
            return out;
        }
        List<Row> units = income.get().rows().stream().filter(r -> r.key().startsWith(RowKeys.UNIT_PREFIX)).toList();
        if (units.isEmpty()) {
            return out;
        }
        List<Row> subordinate = units.stream()
                .filter(u -> !isAggregate(u, units) && !nz(u.name()).endsWith("本级")
                        && !nz(u.name()).equals(doc.department()))
                .toList();
        for (NarrativeSection s : doc.narrative()) {
            for (String p : NarrativeParagraphs.of(s)) {
                Matcher m = COUNT.matcher(p);
                if (!m.find()) {
                    continue;
                }
                int stated = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (stated != subordinate.size()) {
                    Row at = subordinate.isEmpty() ? units.get(units.size() - 1) : subordinate.get(0);
                    out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING,
                            FindingPlace.text(s.heading(), p), stated, subordinate.size(),
                            "说明称下属 " + stated + " 个单位，" + income.get().title() + "除本级外列有 "
                                    + subordinate.size() + " 个单位",
                            FindingPlace.cell(income.get().type().id(), at.key(), null)));
                }
            }
        }
        return out;
    }

    private static boolean isAggregate(Row u, List<Row> units) {
        String code = u.key().substring(RowKeys.UNIT_PREFIX.length());
        return code.matches("\\d+") && units.stream().map(o -> o.key().substring(RowKeys.UNIT_PREFIX.length()))
                .anyMatch(o -> !o.equals(code) && o.startsWith(code));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
