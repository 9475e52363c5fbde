package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Patterns;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * The comparison word against the figures just stated (比较用语与数字一致): "年初预算为 452.40 万元，支出决算为
 * 446.11 万元 … 决算数大于预算数" (it is smaller), "决算数同预算数持平" where they differ, and a change stated as
 * "增加 0.00 万元" or "持平" beside a non-zero change. Read on the item's running text, across printed lines. A warning.
 */
public final class ComparisonWordMatchesFigures implements Rule {
    private static final String AMOUNT = "(\\d[\\d,]*(?:\\.\\d+)?)\\s*" + Patterns.WAN_YUAN;
    private static final Pattern BUDGET_AND_ACTUAL = Pattern.compile(
            "(?:年初|全年|调整后)?预算(?:数)?(?:为|是)?\\s*" + AMOUNT + "[^。]{0,12}?决算(?:数)?(?:为|是)?\\s*" + AMOUNT
                    + "[^。]{0,40}?(?:。[^。]{0,30}?){0,2}?决算数?(大于|小于|高于|低于|超过|同|与|等于)[^。，；]{0,4}?预算数?(持平|一致|相同|相等)?");

    @Override
    public String id() {
        return "text.comparison_word";
    }

    @Override
    public List<Finding> check(Document doc) {
        return NarrativeText.each(doc, BUDGET_AND_ACTUAL, (s, m) -> {
            BigDecimal budget = new BigDecimal(m.group(1).replace(",", ""));
            BigDecimal actual = new BigDecimal(m.group(2).replace(",", ""));
            int sign = actual.compareTo(budget);
            String word = m.group(3);
            boolean equalWord = m.group(4) != null || word.equals("等于");
            boolean more = word.equals("大于") || word.equals("高于") || word.equals("超过");
            boolean less = word.equals("小于") || word.equals("低于");
            String right = sign > 0 ? "大于" : sign < 0 ? "小于" : "持平";
            boolean ok = equalWord ? sign == 0 : more ? sign > 0 : less ? sign < 0 : true;
            if (ok) {
                return null;
            }
            String stated = m.group().substring(m.group().lastIndexOf("决算"));
            return new Finding(id(), FindingKind.TEXT_ARITHMETIC, Severity.WARNING,
                    FindingPlace.text(s.heading(), s.sentence(m.end() - 1)), stated, right,
                    "预算 " + m.group(1) + " 万元、决算 " + m.group(2) + " 万元，说明却写“" + stated + "”，应为决算数"
                            + right + (sign == 0 ? "" : "预算数"));
        });
    }
}
