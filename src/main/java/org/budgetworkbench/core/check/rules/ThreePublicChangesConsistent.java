package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.NarrativeParagraphs;
import org.budgetworkbench.core.check.Patterns;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * The year-on-year changes the narrative gives for “三公”经费 fit together (“三公”经费增减变化自洽). This year's
 * figures (from the “三公”经费 table) less the stated changes give last year's; last year's parts
 * (因公出国(境)费, 公务用车购置及运行费, 公务接待费) cannot add to more than last year's total. So when the total and
 * 公务用车 both rose by 3.31 to 29.57, last year's 因公出国(境)费 was at most 0, and a sentence that says it fell
 * (“较上年减少”) to 0 cannot be right; likewise a part cannot have risen to 0. Where every part gives a change in
 * 万元, the parts' changes add to the total's.
 */
public final class ThreePublicChangesConsistent implements Rule {
    private static final String[] PARTS = {"overseas", "vehicle", "reception"};
    private static final Pattern ITEM = Pattern.compile(
            "(?<overseas>因公出国\\s*[（(]境[)）]\\s*(?:经)?费(?:用)?)"
                    + "|(?<vehicle>公务用车购置及运行(?:维护)?费)"
                    + "|(?<reception>公务接待费)"
                    + "|(?<total>[“\"「]?三公[”\"」]?\\s*经费)");
    private static final String LAST_YEAR =
            "(?:较|比|与)\\s*(?:上年|上一年|去年|上年度|20\\d\\d\\s*年度?)\\s*(?:预算|决算)?数?(?:相比)?[，,]?\\s*";
    private static final Pattern AMOUNT_CHANGE = Pattern.compile(
            LAST_YEAR + "(增加|增长|上升|减少|下降|降低)了?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*" + Patterns.WAN_YUAN);
    private static final Pattern NO_CHANGE = Pattern.compile(LAST_YEAR + "(?:持平|无变化|没有变化|不变|一致)");
    private static final Pattern DIRECTION = Pattern.compile(LAST_YEAR + "(增加|增长|上升|减少|下降|降低)(?!了?\\s*\\d)");

    /** What the narrative says of one item: a change in 万元, or only its direction, and where. */
    private record Said(BigDecimal change, int direction, String section, String sentence) {
    }

    @Override
    public String id() {
        return "text.three_public_change";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        boolean fin = doc.kind() == DocumentKind.FINAL;
        Optional<Row> table = doc.table(fin ? TableType.FINAL_THREE_PUBLIC : TableType.BUDGET_THREE_PUBLIC)
                .flatMap(t -> t.row("total").or(() -> t.rows().stream().findFirst()));
        if (table.isEmpty()) {
            return out;
        }
        String prefix = fin ? "final_" : "";
        Map<String, BigDecimal> now = new LinkedHashMap<>();
        for (String item : List.of("total", "overseas", "vehicle", "reception")) {
            now.put(item, Amounts.nz(table.get().amount(prefix + item)));
        }
        Map<String, Said> amounts = new LinkedHashMap<>();
        Map<String, Said> directions = new LinkedHashMap<>();
        read(doc, amounts, directions);
        Said total = amounts.get("total");
        if (total == null) {
            return out;
        }
        BigDecimal room = now.get("total").subtract(total.change());
        List<String> unknown = new ArrayList<>();
        BigDecimal partChanges = BigDecimal.ZERO;
        for (String p : PARTS) {
            Said s = amounts.get(p);
            if (s == null) {
                unknown.add(p);
            } else {
                room = room.subtract(now.get(p).subtract(s.change()));
                partChanges = partChanges.add(s.change());
            }
        }
        if (unknown.isEmpty()) {
            if (partChanges.subtract(total.change()).abs().compareTo(Amounts.ROUNDING_LIMIT) > 0) {
                out.add(new Finding(id(), FindingKind.TEXT_ARITHMETIC, Severity.WARNING,
                        FindingPlace.text(total.section(), total.sentence()), total.change(), partChanges,
                        "说明中“三公”经费较上年变动 " + Amounts.show(total.change()) + " 万元，而因公出国(境)费、公务用车购置及运行费、"
                                + "公务接待费的变动合计 " + Amounts.show(partChanges) + " 万元"));
            }
            return out;
        }
        for (String q : unknown) {
            Said s = directions.get(q);
            if (s == null) {
                continue;
            }
            // last year's figure of q lies between 0 (or the whole room when q is the only part left) and the room
            BigDecimal upper = room;
            BigDecimal lower = unknown.size() == 1 ? room : BigDecimal.ZERO;
            BigDecimal current = now.get(q);
            boolean contradiction = s.direction() < 0
                    ? upper.subtract(current).compareTo(Amounts.ROUNDING_LIMIT) < 0
                    : current.subtract(lower).compareTo(Amounts.ROUNDING_LIMIT) < 0;
            if (!contradiction) {
                continue;
            }
            String name = name(q);
            String why = s.direction() < 0
                    ? "由“三公”经费及其他分项的上年数推得上年" + name + "至多 " + Amounts.show(upper) + " 万元，不高于本年的 "
                            + Amounts.show(current) + " 万元，不可能较上年减少"
                    : "由上年数推得上年" + name + "至少 " + Amounts.show(lower) + " 万元，不低于本年的 "
                            + Amounts.show(current) + " 万元，不可能较上年增加";
            out.add(new Finding(id(), FindingKind.TEXT_ARITHMETIC, Severity.WARNING,
                    FindingPlace.text(s.section(), s.sentence()), Amounts.money(s.direction() < 0 ? upper : lower),
                    (s.direction() < 0 ? "> " : "< ") + Amounts.show(current),
                    "说明称" + name + "较上年" + (s.direction() < 0 ? "减少" : "增加") + "，但" + why));
        }
        return out;
    }

    /** The changes the “三公” sections state, item by item: each statement belongs to the item named last before it. */
    private static void read(Document doc, Map<String, Said> amounts, Map<String, Said> directions) {
        String top = "";
        for (NarrativeSection s : doc.narrative()) {
            if (s.level() <= 2) {
                top = s.heading();
            }
            if (!(s.heading() + top).contains("三公")) {
                continue;
            }
            for (String p : NarrativeParagraphs.of(s)) {
                Matcher m = ITEM.matcher(p);
                List<int[]> mentions = new ArrayList<>();
                List<String> items = new ArrayList<>();
                while (m.find()) {
                    for (String item : List.of("overseas", "vehicle", "reception", "total")) {
                        if (m.group(item) != null) {
                            mentions.add(new int[] {m.start(), m.end()});
                            items.add(item);
                        }
                    }
                }
                for (int i = 0; i < mentions.size(); i++) {
                    int from = mentions.get(i)[1];
                    int to = i + 1 < mentions.size() ? mentions.get(i + 1)[0] : p.length();
                    String segment = p.substring(from, to);
                    String item = items.get(i);
                    Matcher a = AMOUNT_CHANGE.matcher(segment);
                    Matcher z = NO_CHANGE.matcher(segment);
                    Matcher d = DIRECTION.matcher(segment);
                    int aAt = a.find() ? a.start() : Integer.MAX_VALUE;
                    int zAt = z.find() ? z.start() : Integer.MAX_VALUE;
                    if (aAt < zAt) {
                        BigDecimal v = new BigDecimal(a.group(2).replace(",", ""));
                        BigDecimal change = falls(a.group(1)) ? v.negate() : v;
                        amounts.putIfAbsent(item, new Said(change, change.signum(), s.heading(),
                                sentence(p, from + aAt)));
                    } else if (zAt < Integer.MAX_VALUE) {
                        amounts.putIfAbsent(item, new Said(BigDecimal.ZERO, 0, s.heading(), sentence(p, from + zAt)));
                    } else if (d.find()) {
                        directions.putIfAbsent(item, new Said(null, falls(d.group(1)) ? -1 : 1, s.heading(),
                                sentence(p, from + d.start())));
                    }
                }
            }
        }
    }

    private static String name(String item) {
        return switch (item) {
            case "overseas" -> "因公出国(境)费";
            case "vehicle" -> "公务用车购置及运行费";
            case "reception" -> "公务接待费";
            default -> "“三公”经费";
        };
    }

    /** The sentence (to 。 or ；) around a position. */
    private static String sentence(String p, int at) {
        int from = Math.max(p.lastIndexOf('。', Math.max(0, at - 1)), p.lastIndexOf('；', Math.max(0, at - 1))) + 1;
        int end = p.indexOf('。', at);
        return p.substring(from, end < 0 ? p.length() : end + 1).strip();
    }

    private static boolean falls(String word) {
        return word.equals("减少") || word.equals("下降") || word.equals("降低");
    }
}
