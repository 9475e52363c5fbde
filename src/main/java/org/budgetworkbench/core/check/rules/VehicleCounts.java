package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.NarrativeText.Section;
import org.budgetworkbench.core.check.Patterns;
import org.budgetworkbench.model.Document;

/**
 * 说明中的车辆数: the vehicle counts a narrative states — the fleet (共有车辆 8 辆, 现有公务车辆…), the 公务用车保有量 and
 * the vehicles bought (购置（更新）公务用车 0 辆, 安排购置车辆 0 辆) — each with the parts its 其中 list gives by kind
 * (一般公务用车 a 辆、执法执勤用车 b 辆 …) and the date its sentence names (截至 2024 年 12 月 31 日), read from the
 * running text so that "8 辆。其中：…" and a count broken over printed lines read alike.
 */
final class VehicleCounts {
    /** What a count counts. */
    enum Measure {
        FLEET("车辆总数"), HOLDING("公务用车保有量"), PURCHASE("购置车辆数");

        final String chinese;

        Measure(String chinese) {
            this.chinese = chinese;
        }
    }

    /**
     * One stated count, its parts (empty when no 其中 list follows; {@code closed} when the list ends in a catch-all
     * kind, 其他用车, so that it names every vehicle), the date its sentence names ("" if none) and the scope it
     * counts (本级, 所属 units, or "" for the department as a whole).
     */
    record Count(Measure measure, int value, List<Integer> parts, boolean closed, String date, String scope,
                 Section section, int at) {
        String sentence() {
            return section.sentence(at);
        }
    }

    /** Vehicles are counted in 辆, in some districts in 台 — never the 台（套） of equipment. */
    private static final String UNIT = "(?:辆|台(?![（(]套))";
    private static final String N = "\\s*(\\d+)\\s*" + UNIT;
    private static final Pattern FLEET = Pattern.compile(
            "(?:共有|现有|实有|拥有|共计有)(?:各类)?(?:公务车辆|公务用车|车辆)(?:总数)?(?:共|合计)?(?:为|是)?" + N
                    + "|车辆(?:总数|总计)(?:共|合计)?(?:为|是)?" + N);
    private static final Pattern HOLDING = Pattern.compile("(?:公务用车|公务车辆|公务车|车辆)保有量(?:共|合计)?(?:为|是|达)?" + N);
    private static final Pattern PURCHASE = Pattern.compile(
            "(?:购置|购买|更新|新购)(?:[（(]?更新[)）]?)?(?:公务用车|公务车辆|车辆)(?:共|合计)?(?:为|是)?" + N
                    + "|(?:公务用车|车辆)购置(?:更新)?数(?:量)?(?:为|是)?" + N);
    private static final Pattern LIST = Pattern.compile("^\\s*[，,；;。]?\\s*(?:其中|包括|分别为)\\s*[：:，,]?");
    /** A list that compares (较上年减少 1 辆) is not a list of kinds. */
    private static final Pattern COMPARING = Pattern.compile("比|较|增加|减少|上年|同比|持平");
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*" + UNIT);
    private static final Pattern DATE = Pattern.compile("(20\\d\\d)\\s*年(?:度)?(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");

    private VehicleCounts() {
    }

    static List<Count> of(Document doc) {
        List<Count> out = new ArrayList<>();
        for (Section s : NarrativeText.of(doc)) {
            String t = s.text();
            if (t.indexOf('辆') < 0 && t.indexOf('台') < 0) {
                continue;
            }
            find(out, s, FLEET, Measure.FLEET);
            find(out, s, HOLDING, Measure.HOLDING);
            find(out, s, PURCHASE, Measure.PURCHASE);
        }
        out.sort(java.util.Comparator.comparingInt((Count c) -> NarrativeText.of(doc).indexOf(c.section()))
                .thenComparingInt(Count::at));
        return out;
    }

    private static void find(List<Count> out, Section s, Pattern p, Measure measure) {
        Matcher m = p.matcher(s.text());
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            String sentence = s.sentence(m.start());
            String list = listSpan(s.text(), m.end());
            out.add(new Count(measure, Integer.parseInt(n), parts(list), list.contains("其他"), date(sentence),
                    scope(sentence), s, m.start()));
        }
    }

    /**
     * The counts of a 其中 list right after a count, to the end of its sentence; none where the list holds a list of
     * its own (其中 twice, a bracketed count) — which parts belong to which count is then not told.
     */
    private static List<Integer> parts(String span) {
        if (span.isEmpty() || span.contains("其中") || COMPARING.matcher(span).find()
                || Patterns.matches(span, ".*[（(][^）)]*\\d+\\s*" + UNIT + ".*")) {
            return List.of();
        }
        List<Integer> parts = new ArrayList<>();
        Matcher m = PART.matcher(span);
        while (m.find()) {
            parts.add(Integer.parseInt(m.group(1)));
        }
        return parts.size() >= 2 ? List.copyOf(parts) : List.of();
    }

    /** The 其中 list right after a count, to the end of its sentence; "" when none follows. */
    private static String listSpan(String t, int from) {
        Matcher lead = LIST.matcher(t.substring(from, Math.min(t.length(), from + 8)));
        if (!lead.find()) {
            return "";
        }
        int start = from + lead.end();
        int end = t.indexOf('。', start);
        return t.substring(start, end < 0 ? t.length() : end);
    }

    /** 本级 (the department's own office), 所属 (its units) or "" (the department as a whole). */
    private static String scope(String sentence) {
        return sentence.contains("本级") ? "本级"
                : Patterns.matches(sentence, ".*(所属|下属|各预算单位|各单位).*") ? "所属" : "";
    }

    /** The first date of a sentence, as "2024-12-31", "2024-8", "2024", or "" when it names none. */
    private static String date(String sentence) {
        Matcher m = DATE.matcher(sentence);
        if (!m.find()) {
            return "";
        }
        return m.group(1) + (m.group(2) == null ? "" : "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3)));
    }
}
