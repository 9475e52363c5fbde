package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.FigureAnchors;
import org.budgetworkbench.core.check.FigureAnchors.Anchor;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.model.Document;

/**
 * The base a share names (占比的基数): in "一般公共预算财政拨款支出 9746.50 万元，占本年支出合计的 99.86%" the words
 * between 占 and 的 name a table figure (本年支出合计, 本年收入, 一般公共预算项目支出总额 …), and that cell, not an
 * amount the prose happens to state nearby, is what the share is of. The name is read in its section (占基本支出的
 * under 一般公共预算… is that fund's), and on its own where the section's fund rules it out (本年支出合计).
 */
record ShareBase(String name, BigDecimal value, String table) {
    /** "，占<base>的" right after the part: nothing else between the part and the percentage. */
    private static final Pattern NAMED = Pattern.compile("^[，,]?(?:并|且)?占(?:全部|全年)?(.{2,24}?)的?(?:比重|比例)?(?:为|达)?$");

    /**
     * The base's name as the anchors read it: 总额 / 总数 dropped; 财政拨款支出 (合计) is the fiscal summary's 本年支出合计
     * and 一般公共预算财政拨款支出合计 the 一般公共预算 table's total, which the filler words would otherwise strip away.
     */
    static String phrase(String named) {
        String raw = named.strip().replaceFirst("(?:总额|总数)$", "");
        if (raw.matches("(?:本年|全年|当年)?财政拨款(?:本年)?支出(?:合计)?")) {
            return "财政拨款本年支出合计";
        }
        if (raw.matches(".*一般公共预算(?:财政)?(?:拨款)?支出合计")) {
            return raw.substring(0, raw.length() - 2);
        }
        return FigureAnchors.phrase(raw);
    }

    static Optional<ShareBase> of(Document doc, Figure share) {
        Matcher m = NAMED.matcher(share.span());
        if (!m.matches() || m.group(1).contains("分别")) {
            return Optional.empty();
        }
        String phrase = phrase(m.group(1));
        if (phrase.isEmpty()) {
            return Optional.empty(); // 占预算的, 占年初预算的: an execution rate, not a share of a table figure
        }
        // the section first (占基本支出的 in a 一般公共预算 section is that fund's 基本支出, as the part is); where the
        // section's fund rules the name out (占本年支出合计的 under 一般公共预算…), the name alone
        Anchor a = FigureAnchors.anchorIn(doc, share, phrase);
        if (a == null) {
            Figure alone = new Figure("", "", share.paragraph(), m.group(1), share.sentence(), m.group(1),
                    m.group(1), share.value(), share.decimals(), share.unit(), share.start());
            a = FigureAnchors.anchorIn(doc, alone, phrase);
        }
        if (a == null || a.table() == null) {
            return Optional.empty();
        }
        Anchor cell = a;
        return cell.value(doc).filter(v -> v.signum() > 0)
                .map(v -> new ShareBase(phrase, v, doc.table(cell.table()).map(t -> t.title()).orElse("")));
    }
}
