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
 * A sentence left without its full stop (句末缺少标点): an item of a numbered list that runs straight into the next
 * item's number ("…实行跟踪监督8.负责…"), and a section whose running text stops without one ("…按程序落实专项资金
 * 拨付" before the next heading). Only prose counts — a clause with a comma in it; headings, names, dates and
 * references ("详见…绩效目标表", "2025.1.1-2025.12.31") end without a mark by right. Notes only.
 */
public final class SentenceEndMissing implements Rule {
    /** An item number at the start of an item: "8." "8．" "8、" followed by words. */
    private static final Pattern ITEM = Pattern.compile(
            "(?<![0-9.．])(?:(\\d{1,2})\\s*[.．、]|[（(]\\s*(\\d{1,2})\\s*[)）])(?=\\s*[\\p{IsHan}“《（(])");
    private static final String ENDS = "。；;：:！？!?…”）)】》";

    @Override
    public String id() {
        return "text.sentence_end";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (NarrativeText.Section s : NarrativeText.of(doc)) {
            String t = s.text();
            Matcher m = ITEM.matcher(t);
            int last = 0;
            int lastStart = -1;
            while (m.find()) {
                int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (n == last + 1 && last > 0 && lastStart >= 0 && m.start() > 0 && endsOpen(t.substring(lastStart, m.start()))) {
                    String item = t.substring(lastStart, m.start()).strip();
                    out.add(finding(s.heading(), NarrativeText.sentence(item, item.length() - 1)));
                }
                if (n == 1 || n == last + 1 || s.starts().contains(m.start())) {
                    last = n;
                    lastStart = m.start();
                }
            }
            String tail = lastParagraph(s);
            if (tail != null && endsOpen(tail) && hasComma(tail) && tail.length() >= 15) {
                out.add(finding(s.heading(), NarrativeText.sentence(tail, tail.length() - 1)));
            }
        }
        return out;
    }

    private static String lastParagraph(NarrativeText.Section s) {
        if (s.paragraphs().isEmpty()) {
            return null;
        }
        return s.paragraphs().get(s.paragraphs().size() - 1).strip();
    }

    /** Does the clause end in a character of running text rather than a mark? */
    private static boolean endsOpen(String clause) {
        String c = clause.strip();
        if (c.isEmpty()) {
            return false;
        }
        char last = c.charAt(c.length() - 1);
        return ENDS.indexOf(last) < 0 && Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN
                && hasComma(c);
    }

    /** A clause of running text: it holds a comma, full-width or half-width. */
    private static boolean hasComma(String s) {
        return s.indexOf('，') >= 0 || s.indexOf(',') >= 0;
    }

    private Finding finding(String section, String quote) {
        return new Finding(id(), FindingKind.OTHER, Severity.INFO, FindingPlace.text(section, quote),
                quote.length() > 12 ? "…" + quote.substring(quote.length() - 12) : quote, "句末应有句号",
                "“…" + (quote.length() > 12 ? quote.substring(quote.length() - 12) : quote) + "”句末缺少句号");
    }
}
