package org.budgetworkbench.core.check.phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.budgetworkbench.model.NarrativeSection;

/**
 * The catalogue of phrasings the checks are tried in (改写目录, documented in docs/variations-narrative.md): each
 * rewrite alone, then a few combined as a district would combine them. Adding a phrasing here adds it to both beds.
 */
public final class Phrasings {
    private Phrasings() {
    }

    /** Rules whose business is the wording itself: a rewrite of wording may change what they say. */
    private static final Set<String> WORDING = Set.of("text.wording", "text.template", "text.punctuation",
            "text.comparison_word");

    /**
     * Direction words: besides the wording rules, {@code text.unit}, which reads a bare figure after 增长/下降 as a rate
     * that lost its % and one after 增加/减少 as an amount: the word is all that says which unit is missing.
     */
    private static final Set<String> DIRECTION = Set.of("text.wording", "text.template", "text.punctuation",
            "text.comparison_word", "text.unit");

    public static List<Phrasing> single() {
        List<Phrasing> out = new ArrayList<>();
        out.add(Phrasing.text("figures spaced (2255.84 万元)", Set.of("text.punctuation"), Rewrites::spacesAdded));
        out.add(Phrasing.text("figures unspaced (2255.84万元)", Set.of("text.punctuation"), Rewrites::spacesRemoved));
        out.add(Phrasing.text("thousands separators (1,202.95)", Set.of(), Rewrites::separatorsAdded));
        out.add(Phrasing.text("no thousands separators (1202.95)", Set.of(), Rewrites::separatorsRemoved));
        out.add(Phrasing.text("万 for 万元", Set.of("text.unit"), Rewrites::wanForWanyuan));
        out.add(Phrasing.text("half-width punctuation", Set.of("text.punctuation"), Rewrites::halfWidth));
        out.add(Phrasing.text("full-width punctuation", Set.of("text.punctuation"), Rewrites::fullWidth));
        out.add(Phrasing.text("straight quotes", Set.of("text.punctuation"), Rewrites::straightQuotes));
        out.add(Phrasing.text("corner quotes 「」", Set.of("text.punctuation"), Rewrites::cornerQuotes));
        // the items' brackets come out full-width: a half-closed "（款)" the punctuation rule notes is gone
        out.add(new Phrasing("items “A（类）B（款）C（项）”", Set.of("text.punctuation"), d -> ItemHeadings.rewrite(d, ItemHeadings.Form.PLAIN)));
        out.add(new Phrasing("items A（201类）B（13款）C（01项）", Set.of("text.punctuation"),
                d -> ItemHeadings.rewrite(d, ItemHeadings.Form.CODED)));
        out.add(new Phrasing("items “A-B-C”科目", Set.of("text.punctuation"), d -> ItemHeadings.rewrite(d, ItemHeadings.Form.DASH)));
        out.add(Phrasing.text("较上年 for 比上年", WORDING, Rewrites::jiaoForBi));
        out.add(Phrasing.text("与上年相比 for 比上年", WORDING, Rewrites::yuXiangbi));
        out.add(Phrasing.text("增加↔增长, 减少↔下降", DIRECTION, Rewrites::directionSwapped));
        out.add(Phrasing.text("上升 for 增加, 降低 for 减少", DIRECTION, Rewrites::directionRiseFall));
        out.add(Phrasing.sections("numbering in the next style (一、→（一）→1.→（1）→1、)", Set.of(), Phrasings::renumbered));
        out.add(Phrasing.sections("sentence broken over two paragraphs", Set.of("text.sentence_end"),
                Rewrites::splitInSentence));
        return out;
    }

    public static List<Phrasing> combined() {
        List<Phrasing> s = single();
        return List.of(
                s.get(0).then(s.get(2)).then(s.get(5)), // Word 决算: spaced, separators, half-width
                s.get(1).then(s.get(3)).then(s.get(4)).then(s.get(12)), // unspaced, plain, 万, 较上年
                s.get(11).then(s.get(2)).then(s.get(14)), // dash items, separators, other direction words
                s.get(10).then(s.get(16)).then(s.get(7)), // coded items, renumbered, straight quotes
                s.get(17).then(s.get(0)).then(s.get(13))); // broken paragraphs, spaced, 与…相比
    }

    public static List<Phrasing> all() {
        List<Phrasing> out = new ArrayList<>(single());
        out.addAll(combined());
        return out;
    }

    private static NarrativeSection renumbered(NarrativeSection s) {
        return new NarrativeSection(Rewrites.nextNumbering(s.heading()), s.level(), s.page(),
                s.paragraphs().stream().map(Rewrites::nextNumbering).toList());
    }
}
