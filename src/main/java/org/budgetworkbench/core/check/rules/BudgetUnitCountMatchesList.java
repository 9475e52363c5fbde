package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * The number of 预算单位 the 机构设置 states against the units it lists (预算单位数与所列单位一致): "包括本部以及下属
 * 1家预算单位" while the one unit listed "不单列预算" (or is "并入本部") — such a unit is no 预算单位 of its own. The
 * count expected is the listed units other than the 本部/机关 less those not budgeted separately. A warning.
 */
public final class BudgetUnitCountMatchesList implements Rule {
    private static final Pattern STATED = Pattern.compile("下属\\s*(\\d+)\\s*[家个]\\s*预算单位");
    private static final Pattern ITEM = Pattern.compile(
            "(?<![0-9.．])(?:(\\d{1,2})\\s*[.．、]|[（(]\\s*(\\d{1,2})\\s*[)）])\\s*(?=[\\p{IsHan}“《（(])");
    private static final Pattern NOT_SEPARATE = Pattern.compile("不单列预算|不单独编制预算|并入本部|并入机关");
    private static final Pattern HEADQUARTERS = Pattern.compile("本部|本级|机关本身|^[^，,]{0,20}机关[，,。]");

    @Override
    public String id() {
        return "text.unit_list";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (NarrativeText.Section s : NarrativeText.of(doc)) {
            Matcher stated = STATED.matcher(s.text());
            if (!stated.find()) {
                continue;
            }
            List<String> items = items(s, stated.end());
            if (items.isEmpty()) {
                continue;
            }
            int listed = 0;
            int separate = 0;
            for (String item : items) {
                if (HEADQUARTERS.matcher(item).find()) {
                    continue;
                }
                listed++;
                if (!NOT_SEPARATE.matcher(item).find()) {
                    separate++;
                }
            }
            int n = Integer.parseInt(stated.group(1));
            if (listed > 0 && n != separate && separate < listed) {
                out.add(new Finding(id(), FindingKind.OTHER, Severity.WARNING, s.place(stated.start()),
                        stated.group(), "下属" + separate + "家预算单位", "说明称“" + stated.group() + "”，但所列下属单位中 "
                        + (listed - separate) + " 家不单列预算，单独编制预算的下属单位为 " + separate + " 家"));
            }
        }
        return out;
    }

    /**
     * The numbered items (1. … 2. …) of the list after the statement: the paragraphs from the first that opens
     * with 1. to the last that carries on the numbering; within a paragraph, each item to the next number.
     */
    private static List<String> items(NarrativeText.Section s, int from) {
        List<String> out = new ArrayList<>();
        int expect = 1;
        int paragraphsBefore = 0;
        for (int i = 0; i < s.paragraphs().size(); i++) {
            if (s.starts().get(i) + s.paragraphs().get(i).strip().length() <= from) {
                continue;
            }
            String p = s.paragraphs().get(i).strip();
            Matcher m = ITEM.matcher(p);
            if (!m.lookingAt() || Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) != expect) {
                if (expect > 1 || ++paragraphsBefore > 2) {
                    break; // the list ended, or never began near the statement
                }
                continue;
            }
            out.add(p.substring(m.end()));
            expect++;
        }
        return out;
    }
}
