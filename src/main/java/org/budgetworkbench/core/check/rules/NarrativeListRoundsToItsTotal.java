package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.NarrativeFigures;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * 其中所列分项与总数差 0.01 (尾差): a sentence that states a total and then lists its parts after 其中 / 包括
 * ("政府采购金额为 2319.21 万元，其中：货物 122.43 万元、工程 1387.72 万元、服务 809.07 万元") whose parts add to the
 * total ± 0.01 — the figures were rounded one by one from 元, a note for the reader. A larger gap is not judged
 * here: a 其中 list may name only some parts; the parts the tables fix are {@link NarrativePartsAddUp}'s.
 */
public final class NarrativeListRoundsToItsTotal implements Rule {
    private static final Pattern LIST_WORD = Pattern.compile("其中|包括");
    /** A part that is a change or a comparison is not a part of the total. */
    private static final Pattern NOT_A_PART = Pattern.compile(".*(增加|减少|增长|下降|比|较|持平|上年|年初|预算数).*");

    @Override
    public String id() {
        return "text.list_sum";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        List<Figure> figures = NarrativeFigures.of(doc);
        int i = 0;
        while (i < figures.size()) {
            int j = i;
            while (j < figures.size() && figures.get(j).paragraph() == figures.get(i).paragraph()
                    && figures.get(j).sentence().equals(figures.get(i).sentence())) {
                j++;
            }
            Finding f = sentence(figures.subList(i, j));
            if (f != null) {
                out.add(f);
            }
            i = j;
        }
        return out;
    }

    private Finding sentence(List<Figure> figures) {
        if (figures.size() < 3) {
            return null;
        }
        Figure first = figures.get(0);
        String p = first.paragraphText();
        int from = Math.max(0, p.indexOf(first.sentence()));
        var m = LIST_WORD.matcher(p);
        if (!m.find(from) || m.start() > from + first.sentence().length()) {
            return null;
        }
        int listAt = m.start();
        if (m.find() && m.start() < from + first.sentence().length()) {
            return null; // a list within a list: which parts belong to which total is not told
        }
        Figure last = null;
        List<Figure> parts = new ArrayList<>();
        for (Figure f : figures) {
            if (!f.isAmount()) {
                continue;
            }
            if (f.start() < listAt) {
                last = f;
            } else {
                parts.add(f);
            }
        }
        Figure whole = last; // the amount the list follows
        if (whole == null || parts.size() < 2 || parts.stream().anyMatch(x -> NOT_A_PART.matcher(x.label()).matches()
                || x.decimals() != whole.decimals() || x.wan().compareTo(whole.wan()) >= 0)) {
            return null;
        }
        BigDecimal sum = Amounts.sum(parts.stream().map(Figure::wan).toList());
        if (Amounts.compare(whole.wan(), sum) != Amounts.Difference.ROUNDING || whole.decimals() < 2) {
            return null;
        }
        return new Finding(id(), FindingKind.ROUNDING, Severity.INFO, NarrativeFinding.place(whole), whole.value(),
                sum, "说明中的 " + whole.value().toPlainString() + " 万元与其中所列分项之和 " + Amounts.show(sum)
                        + " 万元差 0.01（尾差）");
    }
}
