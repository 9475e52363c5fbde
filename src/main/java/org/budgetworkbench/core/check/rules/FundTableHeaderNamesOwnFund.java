package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * 资金表表头与本表资金不符: a table of one fund (一般公共预算, 政府性基金, 国有资本经营 — budget and final) whose
 * column header names another fund, as when the 国有资本经营预算支出表 is made from a copy of the 政府性基金 table
 * and keeps its "本年政府性基金预算支出". The figures may all be right; the reader is told the wrong money. A table
 * whose own title names two funds (a combined 政府性基金及国有资本经营 table) is left alone, and so is a header
 * label that names its own fund beside another.
 */
public final class FundTableHeaderNamesOwnFund implements Rule {
    /** The funds by the words a header uses for them; 公共财政预算 is the older name of 一般公共预算. */
    private static final Map<String, List<String>> FUND_WORDS = Map.of(
            "一般公共预算", List.of("一般公共预算", "公共财政预算"),
            "政府性基金", List.of("政府性基金"),
            "国有资本经营", List.of("国有资本经营"));

    @Override
    public String id() {
        return "table.fund_header";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            String own = fundOf(t.type());
            if (own == null || namesAnother(fold(t.title()), own) != null) {
                continue;
            }
            for (String label : t.head().labels()) {
                String f = fold(label);
                String other = namesAnother(f, own);
                if (other != null && !names(f, own)) {
                    String word = wordIn(f, other);
                    // 公共财政预算 → 政府性基金预算: the 预算 the word carried stays
                    String expected = f.replace(word, word.endsWith("预算") && !own.endsWith("预算") ? own + "预算" : own);
                    out.add(new Finding(id(), FindingKind.OTHER, Severity.WARNING,
                            FindingPlace.cell(t.type().id(), "header", "total"), label.strip(), expected,
                            (t.title() == null ? t.type().standardTitle() : t.title()) + "的表头“" + label.strip()
                                    + "”写的是" + other + "，本表是" + own + "的表（表头可能抄自他表）"));
                    break; // one copied header is one thing to correct
                }
            }
        }
        return out;
    }

    /** The fund a table is about, or null for a table of several funds or none. */
    static String fundOf(TableType type) {
        return switch (type) {
            case BUDGET_GPB_EXPENDITURE, BUDGET_GPB_BASIC, FINAL_GPB_EXPENDITURE,
                 FINAL_GPB_BASIC -> "一般公共预算";
            case BUDGET_GOV_FUND, FINAL_GOV_FUND -> "政府性基金";
            case BUDGET_STATE_CAPITAL, FINAL_STATE_CAPITAL -> "国有资本经营";
            default -> null;
        };
    }

    /** Another fund the text names, or null. */
    private static String namesAnother(String text, String own) {
        for (String fund : FUND_WORDS.keySet()) {
            if (!fund.equals(own) && names(text, fund)) {
                return fund;
            }
        }
        return null;
    }

    private static boolean names(String text, String fund) {
        return wordIn(text, fund) != null;
    }

    private static String wordIn(String text, String fund) {
        return FUND_WORDS.get(fund).stream().filter(text::contains).findFirst().orElse(null);
    }

    private static String fold(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
