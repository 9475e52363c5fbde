package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * The tables a disclosure must publish are there (公开表齐全): the budget's 收支总表 … 项目支出表, the nine
 * 公开01-09表 of final accounts. 政府性基金 / 国有资本经营 tables may be replaced by a sentence saying there is
 * no such spending.
 */
public final class RequiredTablesPresent implements Rule {
    private static final List<TableType> BUDGET = List.of(TableType.BUDGET_SUMMARY, TableType.BUDGET_INCOME,
            TableType.BUDGET_EXPENDITURE, TableType.BUDGET_FISCAL_SUMMARY, TableType.BUDGET_GPB_EXPENDITURE,
            TableType.BUDGET_GPB_BASIC, TableType.BUDGET_THREE_PUBLIC, TableType.BUDGET_GOV_FUND,
            TableType.BUDGET_STATE_CAPITAL, TableType.BUDGET_PROJECTS);
    private static final List<TableType> FINAL = List.of(TableType.FINAL_SUMMARY, TableType.FINAL_INCOME,
            TableType.FINAL_EXPENDITURE, TableType.FINAL_FISCAL_SUMMARY, TableType.FINAL_GPB_EXPENDITURE,
            TableType.FINAL_GPB_BASIC, TableType.FINAL_GOV_FUND, TableType.FINAL_STATE_CAPITAL,
            TableType.FINAL_THREE_PUBLIC);

    /** The tables a disclosure of this kind must publish (or say it has no such spending). */
    public static List<TableType> required(DocumentKind kind) {
        return kind == DocumentKind.BUDGET ? BUDGET : FINAL;
    }

    @Override
    public String id() {
        return "table.missing";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        if (doc.tables().isEmpty()) {
            return out;
        }
        String prose = String.join("", doc.narrative().stream().map(NarrativeSection::paragraphs)
                .flatMap(List::stream).toList());
        for (TableType t : required(doc.kind())) {
            if (doc.table(t).isPresent() || saysNone(t, prose)) {
                continue;
            }
            out.add(new Finding(id(), FindingKind.MISSING_TABLE, Severity.ERROR,
                    FindingPlace.cell(t.id(), null, null), null, t.standardTitle(),
                    "缺少" + t.standardTitle()));
        }
        return out;
    }

    private static boolean saysNone(TableType t, String prose) {
        String fund = switch (t) {
            case BUDGET_GOV_FUND, FINAL_GOV_FUND -> "政府性基金";
            case BUDGET_STATE_CAPITAL, FINAL_STATE_CAPITAL -> "国有资本经营";
            default -> null;
        };
        return fund != null && prose.matches("(?s).*(无|没有|未安排)[^。]{0,20}" + fund + ".*");
    }
}
