package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeFigures;
import org.budgetworkbench.core.check.NarrativeParagraphs;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.SubjectPaths;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;

/**
 * 总数及其后逐项说明: a paragraph stating a total by measure (年初预算 / 全年预算 / 支出决算 / 预算数) and the numbered
 * 类/款/项 items that follow it, each with its figures by the same measures — in the total's section, or in the
 * subsections under it ("1、一般公共服务支出具体包括："). A total or a lead-in that admits a partial list (主要项目如下,
 * 重点, 部分) makes no block.
 */
final class StatedItems {
    /** A total, by measure, and its items, each a map measure → figure. */
    record Block(Map<String, Figure> totals, List<Map<String, Figure>> items) {
    }

    private static final Pattern MEASURE = Pattern.compile(
            ".*?(年初预算|(?:全年|调整后|调整)预算|预算数|决算)(?:数|金额|支出)?(?:为|是|共计|合计|达)?$");
    private static final Pattern PARTIAL = Pattern.compile("主要[^，。；：:]{0,6}?(?:如下|有|包括)|重点|部分|列举|举例|择要");
    /** A path stands at the head of its item, after its numbering and a word or two (功能分类科目“…) at most. */
    private static final int HEAD = 16;

    private StatedItems() {
    }

    /** The measure a figure's label names: 年初预算, 全年预算, 预算数, 决算; empty for any other figure. */
    static Optional<String> measure(String label) {
        if (label.contains("比") || label.contains("较") || label.contains("上年")) {
            return Optional.empty(); // a comparison, not the figure by this measure
        }
        Matcher m = MEASURE.matcher(label);
        if (!m.matches()) {
            return Optional.empty();
        }
        String w = m.group(1);
        return Optional.of(w.equals("调整后预算") || w.equals("调整预算") ? "全年预算" : w);
    }

    private record Para(int section, int level, String heading, String text, List<Figure> figures) {
    }

    static List<Block> of(Document doc) {
        List<Para> paras = paragraphs(doc);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (isItem(p)) {
                continue;
            }
            Map<String, Figure> totals = totals(p);
            if (totals.isEmpty()) {
                continue;
            }
            List<Map<String, Figure>> items = new ArrayList<>();
            // the words that lead into the list: what follows the total's last 。, and the headings of the
            // subsections the items stand in (1、一般公共服务支出具体包括：)
            StringBuilder leadIn = new StringBuilder(p.text().substring(p.text().lastIndexOf('。') + 1));
            int j = i + 1;
            while (j < paras.size() && isItem(paras.get(j))
                    && (paras.get(j).section() == p.section() || paras.get(j).level() > p.level())) {
                if (paras.get(j).section() != paras.get(j - 1).section()) {
                    leadIn.append('|').append(paras.get(j).heading());
                }
                items.add(figures(paras.get(j)));
                j++;
            }
            if (items.size() >= 2 && !PARTIAL.matcher(leadIn).find()) {
                out.add(new Block(totals, List.copyOf(items)));
            }
        }
        return out;
    }

    /**
     * The narrative's paragraphs as the writer made them ({@link NarrativeParagraphs}), each with its figures: the
     * paragraphs {@link NarrativeFigures} numbers, in its order.
     */
    private static List<Para> paragraphs(Document doc) {
        Map<Integer, List<Figure>> byParagraph = new HashMap<>();
        for (Figure f : NarrativeFigures.of(doc)) {
            byParagraph.computeIfAbsent(f.paragraph(), k -> new ArrayList<>()).add(f);
        }
        List<Para> out = new ArrayList<>();
        int section = 0;
        int id = 0;
        for (NarrativeSection s : doc.narrative()) {
            section++;
            String heading = s.heading() == null ? "" : s.heading();
            for (String text : NarrativeParagraphs.of(s)) {
                id++;
                out.add(new Para(section, s.level(), heading, text, byParagraph.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    /** The first sentence of a paragraph that states figures by measure: each measure's first figure there. */
    private static Map<String, Figure> totals(Para p) {
        Map<String, Figure> out = new LinkedHashMap<>();
        String sentence = null;
        for (Figure f : p.figures()) {
            if (!f.isAmount()) {
                continue;
            }
            Optional<String> m = measure(f.label());
            if (m.isEmpty() || sentence != null && !sentence.equals(f.sentence())) {
                continue;
            }
            if (PARTIAL.matcher(f.sentence()).find()) {
                return Map.of();
            }
            sentence = f.sentence();
            out.putIfAbsent(m.get(), f);
        }
        return out;
    }

    private static Map<String, Figure> figures(Para p) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (Figure f : p.figures()) {
            if (f.isAmount()) {
                measure(f.label()).ifPresent(m -> out.putIfAbsent(m, f));
            }
        }
        return out;
    }

    private static boolean isItem(Para p) {
        List<SubjectPaths.Path> paths = SubjectPaths.in(p.text());
        return !paths.isEmpty() && paths.get(0).start() <= HEAD
                && p.figures().stream().noneMatch(f -> f.start() < paths.get(0).start());
    }

    /** As many items as the 一般公共预算 table has 项 lines: the list is the table's, line for line. */
    static boolean coversTable(Document doc, Block b) {
        TableType t = doc.kind() == DocumentKind.FINAL ? TableType.FINAL_GPB_EXPENDITURE
                : TableType.BUDGET_GPB_EXPENDITURE;
        return doc.table(t).map(x -> x.rows().stream().filter(r -> RowKeys.level(r.key()) == 3).count()
                == b.items().size()).orElse(false);
    }
}
