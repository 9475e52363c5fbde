package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeParagraphs;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Severity;

/**
 * A blank where a figure belongs (应填数字处空白): "安排“三公”经费预算 万元", "增长 %" — a unit straight after a
 * verb or an amount word, with no number. "单位：万元" and "（万元）" are headings, not blanks.
 */
public final class NarrativeBlankFigure implements Rule {
    private static final Pattern BLANK = Pattern.compile(
            "(为|预算|决算|安排|支出|经费|合计|共计|总额|金额|收入|增加|减少|增长|下降|占比|占)[\\s　]*(万元|%|％)");

    @Override
    public String id() {
        return "text.blank";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (NarrativeSection s : doc.narrative()) {
            for (String p : NarrativeParagraphs.of(s)) {
                Matcher m = BLANK.matcher(p);
                while (m.find()) {
                    String quote = sentence(p, m.start());
                    out.add(new Finding(id(), FindingKind.BLANK_VALUE, Severity.ERROR, FindingPlace.text(s.heading(),
                            quote), null, "数字", "说明“" + p.substring(Math.max(0, m.start() - 10), m.end())
                            + "”处缺少数字"));
                }
            }
        }
        return out;
    }

    private static String sentence(String p, int at) {
        int from = p.lastIndexOf('。', at) + 1;
        int to = p.indexOf('。', at);
        return p.substring(from, to < 0 ? p.length() : to + 1).strip();
    }
}
