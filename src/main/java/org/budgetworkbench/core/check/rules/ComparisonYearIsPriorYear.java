package org.budgetworkbench.core.check.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * The year a change is measured against (比较年度): a budget or final accounts of year N compares with N−1 ("比2024年预算
 * 增加" in a 2025 budget); "比2023年" there, or a comparison with N itself, is a year left from another document or a
 * slip. A warning.
 */
public final class ComparisonYearIsPriorYear implements Rule {
    private static final Pattern COMPARED = Pattern.compile(
            "(?:比|较|与|同)\\s*((?:19|20)\\d{2})\\s*年(?:度)?[^，。；]{0,16}?(?:相比|增加|减少|增长|下降|持平|上升|降低|基本一致)");

    @Override
    public String id() {
        return "text.comparison_year";
    }

    @Override
    public List<Finding> check(Document doc) {
        if (doc.year() < 1990) {
            return List.of(); // a document whose year is not known is not held to one
        }
        int prior = doc.year() - 1;
        return NarrativeText.each(doc, COMPARED, (s, m) -> {
            int year = Integer.parseInt(m.group(1));
            if (year == prior) {
                return null;
            }
            return new Finding(id(), FindingKind.OTHER, Severity.WARNING,
                    FindingPlace.text(s.heading(), s.sentence(m.start())), year, prior, doc.year() + " 年"
                    + doc.kind().chinese() + "应与 " + prior + " 年比较，说明写“" + m.group() + "”");
        });
    }
}
