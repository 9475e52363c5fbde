package org.budgetworkbench.core.check.phrasing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingPlace;

/**
 * What two validations of the same narrative in two phrasings must agree on (比对口径), one string per finding: the
 * rule, its severity and kind, the section it points at (its heading without numbering, spacing or punctuation
 * widths), the table cells it names (where and other), and the figures found and expected (a number by value,
 * 2255.840 = 2255.84; a text with spacing, widths, quotes and separators folded). The quote is left out: it is the
 * rewritten sentence itself.
 */
final class FindingKey {
    private FindingKey() {
    }

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、])");

    static List<String> of(Collection<Finding> findings, Set<String> leftOut) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!leftOut.contains(f.rule())) {
                out.add(of(f));
            }
        }
        out.sort(null);
        return out;
    }

    static String of(Finding f) {
        return String.join(" | ", f.rule(), f.severity().name(), f.kind().name(), section(f.where()), cell(f.where()),
                cell(f.other()), figure(f.found()), figure(f.expected()));
    }

    static String section(FindingPlace p) {
        if (p == null || p.section() == null) {
            return "";
        }
        String h = fold(p.section());
        return NUMBERING.matcher(h).replaceFirst("");
    }

    private static String cell(FindingPlace p) {
        return p == null ? "" : p.table() + "/" + p.row() + "/" + p.column();
    }

    static String figure(Object o) {
        if (o instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        return o == null ? "" : fold(o.toString());
    }

    /** Spacing, widths, quotes, 万元/万 after a figure and thousands separators folded: what the phrasings vary. */
    static String fold(String s) {
        String t = Pattern.compile("\\s+").matcher(s).replaceAll("");
        t = t.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',').replace('％', '%')
                .replace('“', '"').replace('”', '"').replace('「', '"').replace('」', '"');
        t = Pattern.compile("(?<=\\d)万元").matcher(t).replaceAll("万");
        return Pattern.compile("(?<=\\d),(?=\\d{3})").matcher(t).replaceAll("");
    }
}
