package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Patterns;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.SubjectPaths;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * 同一科目前后金额不一致: a narrative item names its subject with an amount ("一般公共服务支出（类）…行政运行（项）
 * 938.99万元") and restates this year's figure in its own text ("2024年预算数为 938.98 万元", in a final account
 * "支出决算为 54.52 万元"); the two must be the same figure. The previous year's figure, the 年初预算 of a final
 * account and changes are other figures and are not compared. The item runs from its subject to the next subject.
 */
public final class NarrativeItemRestatesItsAmount implements Rule {
    private static final String AMOUNT = "([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*" + Patterns.WAN_YUAN;
    /** The item's own amount, right after its subject ("”938.99万元", "（项）支出 938.99 万元", "科目1,202.95万元"). */
    private static final Pattern HEAD = Pattern.compile("^[”\"’」]?\\s*(?:科目)?[，,：:]?\\s*(?:支出|预算|决算|安排)?(?:数)?(?:为)?\\s*"
            + AMOUNT);
    private static final Pattern BUDGET_AGAIN = Pattern.compile(
            "((?:本年|当年|(20[0-9]{2})\\s*年)?(?:度)?\\s*(?:预算数?为|预算安排|安排预算|预算金额为))\\s*" + AMOUNT);
    private static final Pattern FINAL_AGAIN = Pattern.compile("((?:支出)?决算数?为|决算支出为)\\s*" + AMOUNT);

    @Override
    public String id() {
        return "text.item_restated";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        boolean fin = doc.kind() == DocumentKind.FINAL;
        for (NarrativeText.Section s : NarrativeText.of(doc)) {
            String text = s.text();
            List<SubjectPaths.Path> paths = SubjectPaths.in(text);
            for (int i = 0; i < paths.size(); i++) {
                int end = i + 1 < paths.size() ? paths.get(i + 1).start() : text.length();
                int from = paths.get(i).end();
                Matcher head = HEAD.matcher(text.substring(from, end));
                if (!head.find()) {
                    continue;
                }
                BigDecimal stated = new BigDecimal(head.group(1).replace(",", ""));
                int after = from + head.end();
                Matcher again = (fin ? FINAL_AGAIN : BUDGET_AGAIN).matcher(text).region(after, end);
                while (again.find()) {
                    if (!fin && again.group(2) != null && Integer.parseInt(again.group(2)) != doc.year()) {
                        continue; // another year's budget
                    }
                    if (isPrevious(text, again.start())) {
                        continue;
                    }
                    BigDecimal restated = new BigDecimal(again.group(fin ? 2 : 3).replace(",", ""));
                    Amounts.Difference d = Amounts.compare(restated, stated);
                    if (!d.any()) {
                        continue;
                    }
                    boolean rounding = d == Amounts.Difference.ROUNDING;
                    out.add(new Finding(id(), rounding ? FindingKind.ROUNDING : FindingKind.TEXT_ARITHMETIC,
                            rounding ? Severity.INFO : Severity.WARNING, s.place(again.start()), restated, stated,
                            "同一科目前称 " + Amounts.show(stated) + " 万元，后文“" + again.group(1).strip() + "”却为 "
                                    + Amounts.show(restated) + " 万元"));
                }
            }
        }
        return out;
    }

    /** 上年 / 比… / 年初 just before the phrase: a figure of another year or the final account's budget. */
    private static boolean isPrevious(String text, int at) {
        String before = text.substring(Math.max(0, at - 4), at);
        return before.contains("上年") || before.contains("年初") || before.endsWith("比");
    }
}
