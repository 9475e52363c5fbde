package org.budgetworkbench.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.NarrativeSection;

/**
 * The figures the narrative states (情况说明中的数字): every amount, percentage and count, with the words in
 * front of it (its label), the sentence it stands in (the quote of a finding), its section and the top
 * section (一、二、… level) that groups related paragraphs. Years (2024 年) are text, not figures.
 */
public final class NarrativeFigures {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(" + Patterns.WAN_YUAN + "|亿元|元|%|％|个|人|辆|家|项|次|条|份|年|月|日|分)?");
    private static final Pattern LABEL_CUT = Pattern.compile(".*[，,；;：:。]");
    private static final Pattern ENUMERATION = Pattern.compile(
            "^(?:[（(]\\s*[0-9一二三四五六七八九十]+\\s*[)）]|[0-9]+\\s*[.、．]|[一二三四五六七八九十]+、|[①②③④⑤⑥⑦⑧⑨⑩])\\s*");

    /** One stated figure. {@code label} is the words since the last figure or comma; {@code span} since the last figure. */
    public record Figure(String section, String topSection, int paragraph, String paragraphText, String sentence,
                         String label, String span, BigDecimal value, int decimals, String unit, int start) {
        public boolean isAmount() {
            return "万元".equals(unit) || "亿元".equals(unit);
        }

        public boolean isPercent() {
            return "%".equals(unit);
        }

        /** The amount in 万元 (亿元 converted). */
        public BigDecimal wan() {
            return "亿元".equals(unit) ? value.multiply(new BigDecimal("10000")) : value;
        }
    }

    private NarrativeFigures() {
    }

    private static final PerDocument<List<Figure>> FIGURES = new PerDocument<>(NarrativeFigures::read);

    /** The document's figures in reading order (read once per document; the list cannot be changed). */
    public static List<Figure> of(Document doc) {
        return FIGURES.get(doc);
    }

    private static List<Figure> read(Document doc) {
        List<Figure> out = new ArrayList<>();
        String top = "";
        int paragraphId = 0;
        for (NarrativeSection s : doc.narrative()) {
            if (s.level() <= 2) {
                top = s.heading();
            }
            for (String p : NarrativeParagraphs.of(s)) {
                paragraphId++;
                out.addAll(of(s.heading(), top, paragraphId, p));
            }
        }
        return List.copyOf(out);
    }

    static List<Figure> of(String section, String top, int paragraphId, String p) {
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(p);
        int prevEnd = 0;
        while (m.find()) {
            String unit = m.group(2) == null ? "" : m.group(2).replace('％', '%');
            if (unit.startsWith("万")) {
                unit = "万元"; // "1720.00万": 万元 with its 元 left off (which text.unit notes), an amount all the same
            }
            if (unit.equals("年") || unit.equals("月") || unit.equals("日")) {
                continue;
            }
            if (isEnumeration(p, m) || isSubjectCode(p, m)) {
                continue;
            }
            String raw = m.group(1).replace(",", "");
            BigDecimal v = new BigDecimal(raw);
            int decimals = raw.contains(".") ? raw.length() - raw.indexOf('.') - 1 : 0;
            String span = p.substring(Math.min(prevEnd, m.start()), m.start());
            String label = LABEL_CUT.matcher(span).replaceFirst("");
            label = Patterns.replaceAll(ENUMERATION.matcher(label.strip()).replaceFirst(""), "\\s+", "");
            out.add(new Figure(section, top, paragraphId, p, sentence(p, m.start()), label,
                    Patterns.replaceAll(span, "\\s+", ""), v, decimals, unit, m.start()));
            prevEnd = m.end();
        }
        return out;
    }

    /** "1." "（2）" "3、" in front of a clause are numbering, not figures. */
    private static boolean isEnumeration(String p, Matcher m) {
        String unit = m.group(2);
        if (unit != null) {
            return false;
        }
        int end = m.end();
        int start = m.start();
        boolean openBracket = start > 0 && (p.charAt(start - 1) == '（' || p.charAt(start - 1) == '(');
        char next = end < p.length() ? p.charAt(end) : ' ';
        return openBracket || next == '、' || next == '）' || next == ')'
                || (next == '.' && !m.group(1).contains(".")) || next == '．';
    }

    /** "（01项）" "（03款）": the code of an item's path, printed in its bracket, is no count of 项. */
    private static boolean isSubjectCode(String p, Matcher m) {
        int start = m.start();
        return start > 0 && (p.charAt(start - 1) == '（' || p.charAt(start - 1) == '(')
                && Patterns.matches(p.substring(m.end(1), Math.min(p.length(), m.end(1) + 3)), "\\s*[类款项]\\s*[)）].*");
    }

    /** The sentence (up to and including 。) around a position. */
    static String sentence(String p, int at) {
        int from = p.lastIndexOf('。', Math.max(0, at - 1)) + 1;
        if (at == 0) {
            from = 0;
        }
        int to = p.indexOf('。', at);
        return p.substring(from, to < 0 ? p.length() : to + 1).strip();
    }
}
