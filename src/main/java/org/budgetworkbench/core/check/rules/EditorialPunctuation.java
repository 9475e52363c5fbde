package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * Punctuation a proof-reader marks (标点符号错误): doubled sentence marks ("。。", "，。"), a space before a mark
 * ("支出 。"), brackets opened full-width and closed half-width ("（款)") or never closed, unbalanced quotes, and
 * a full stop that cuts a sentence from its comparison ("1.00万元。与2024年预算持平"). Notes only.
 */
public final class EditorialPunctuation implements Rule {
    private static final Pattern DOUBLED = Pattern.compile("[。，；：、！？][。，；：、！？]");
    private static final Pattern SPACE_BEFORE = Pattern.compile("(?<=[\\p{IsHan}A-Za-z0-9）)”])[ \\t\\u3000]+[。，；：、！？]");
    /** A sentence that begins with the comparison of the clause before it. */
    private static final Pattern CUT = Pattern.compile("[。](?=(?:与|同)(?:\\d{4}年|上年|上一年|去年)[^。，；]{0,12}(?:持平|增加|减少|增长|下降))");

    @Override
    public String id() {
        return "text.punctuation";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        out.addAll(NarrativeText.each(doc, DOUBLED, (s, m) -> note(s.heading(), s.sentence(m.start()), m.group(),
                m.group().substring(0, 1), "标点“" + m.group() + "”重复")));
        out.addAll(NarrativeText.each(doc, SPACE_BEFORE, (s, m) -> {
            String before = s.text().substring(Math.max(0, m.start() - 2), m.start());
            return note(s.heading(), s.sentence(m.start()), before + m.group(), before + m.group().strip(),
                    "标点前多出空格：“" + before + m.group() + "”");
        }));
        out.addAll(NarrativeText.each(doc, CUT, (s, m) -> {
            String both = s.sentence(m.start()) + s.sentence(m.end());
            int from = Math.max(0, m.start() - 6);
            // the quote starts at the figure the full stop cuts off ("1.00万元。与…", "1.00万。与…"), not six characters back
            while (from < m.start() && !Character.isDigit(s.text().charAt(from))
                    && s.text().substring(from, m.start()).chars().anyMatch(Character::isDigit)) {
                from++;
            }
            String around = s.text().substring(from, Math.min(s.text().length(), m.end() + 10));
            return note(s.heading(), both, around, around.replace("。", "，"),
                    "句号把比较从所说的数字处断开：“" + around + "”，应为逗号");
        }));
        for (NarrativeText.Section s : NarrativeText.of(doc)) {
            for (int[] sentence : NarrativeText.sentences(s.text())) {
                String text = s.text().substring(sentence[0], sentence[1]);
                String fault = brackets(text);
                if (fault != null) {
                    out.add(note(s.heading(), text.strip(), fault, "成对的括号或引号", "括号或引号不成对：" + fault));
                }
            }
        }
        return out;
    }

    /** The first bracket or quote fault of a sentence, or null: a mixed pair, a close without open, an open never closed. */
    static String brackets(String text) {
        Deque<Character> open = new ArrayDeque<>();
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(' || c == '〔' || c == '【' || c == '《') {
                open.push(c);
            } else if (c == '）' || c == ')' || c == '〕' || c == '】' || c == '》') {
                if (open.isEmpty()) {
                    if (i > 0 && String.valueOf(text.charAt(i - 1)).matches("[0-9A-Za-z一二三四五六七八九十①-⑩]")) {
                        continue; // "1）" "a)": a numbering mark, not a bracket
                    }
                    return "“" + c + "”没有对应的开括号";
                }
                char o = open.pop();
                if (pair(o) != c) {
                    return "“" + o + "”以“" + c + "”闭合（" + text.substring(Math.max(0, i - 6), i + 1) + "）";
                }
            } else if (c == '“') {
                quotes++;
            } else if (c == '”') {
                quotes--;
            }
        }
        if (!open.isEmpty()) {
            return "“" + open.peek() + "”没有闭合";
        }
        return quotes != 0 ? "引号“”不成对" : null;
    }

    private static char pair(char open) {
        return switch (open) {
            case '（' -> '）';
            case '(' -> ')';
            case '〔' -> '〕';
            case '【' -> '】';
            default -> '》';
        };
    }

    private Finding note(String section, String quote, String found, String expected, String message) {
        return new Finding(id(), FindingKind.OTHER, Severity.INFO,
                org.budgetworkbench.model.FindingPlace.text(section, quote), found, expected, message);
    }
}
