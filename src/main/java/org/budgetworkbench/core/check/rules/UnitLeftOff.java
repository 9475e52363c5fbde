package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
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
 * A figure printed without its full unit (单位缺失或不规范): an amount in "万" where the disclosure writes 万元
 * ("1720.00万，其中…", "0.39 万（含…"), a note; a rate with no % ("增长 13.95。", "占 12.5，"), a warning, since
 * the reader cannot tell a rate from an amount.
 */
public final class UnitLeftOff implements Rule {
    private static final Pattern WAN = Pattern.compile(
            "(?<![0-9.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*万(?=\\s*(?:[，。；、：,;:（()）]|其中|合计|$))");
    private static final Pattern RATE = Pattern.compile(
            "(增长|下降|上升|降低|增幅|降幅|占比|占|完成[^，。；%％]{0,10}?的)\\s*(\\d+\\.\\d+|\\d+)(?!,\\d{3})(?=\\s*(?:[，。；,;]|$))");

    @Override
    public String id() {
        return "text.unit";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        java.util.Set<String> sentences = new java.util.HashSet<>();
        out.addAll(NarrativeText.each(doc, WAN, (s, m) -> {
            String quote = s.sentence(m.start());
            if (!sentences.add(s.heading() + quote)) {
                return null; // one note for a sentence that writes 万 throughout
            }
            return new Finding(id(), FindingKind.UNIT_ERROR, Severity.INFO, FindingPlace.text(s.heading(), quote),
                    m.group().strip(), m.group(1) + "万元", "金额“" + m.group().strip() + "”等的单位应写“万元”");
        }));
        out.addAll(NarrativeText.each(doc, RATE, (s, m) -> new Finding(id(), FindingKind.UNIT_ERROR,
                Severity.WARNING, FindingPlace.text(s.heading(), s.sentence(m.start())), m.group(2),
                m.group(2) + "%", "“" + m.group().strip() + "”缺少百分号")));
        return out;
    }
}
