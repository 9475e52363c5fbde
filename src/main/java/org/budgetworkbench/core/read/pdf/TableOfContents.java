package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetworkbench.model.NarrativeSection;

/**
 * 目录: the table of contents at the front of a disclosure. Its entries repeat the headings of the body
 * (一、收入支出决算总表 …), so read as prose they would open a second, empty copy of every section. It runs
 * from its 目录 line over the entries that follow (numbered like a heading, or carrying leaders or a page
 * number, or the wrapped tail of one), page after page, until a line set in another size than the entries,
 * a line that is no entry, or the first entry coming again as the body's heading. It becomes one section
 * headed 目录 whose paragraphs are its entries, as printed, so that it is still there to be checked (page
 * numbers, titles).
 */
final class TableOfContents {
    private static final Pattern TITLE = Pattern.compile("^目\\s*录$");
    private static final Pattern LEADERS = Pattern.compile("[…]{2,}|[.·．]{4,}|[-—]{4,}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(\\s|[…．.·])\\d{1,3}$");
    /** A wrapped tail of an entry ("表", "情况说明") is short. */
    private static final int MAX_TAIL_CHARS = 12;

    private final Set<TextLine> lines = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> entries = new ArrayList<>();
    private TextLine title;
    /** The size the entries are set in (0 until the first). */
    private double entrySize;

    private TableOfContents() {
    }

    static TableOfContents find(List<List<TextLine>> proseByPage) {
        TableOfContents toc = new TableOfContents();
        for (int p = 0; p < proseByPage.size() && toc.title == null; p++) {
            List<TextLine> onPage = proseByPage.get(p);
            for (int i = 0; i < onPage.size(); i++) {
                if (TITLE.matcher(onPage.get(i).text().strip()).matches()) {
                    toc.title = onPage.get(i);
                    toc.lines.add(onPage.get(i));
                    List<TextLine> rest = onPage.subList(i + 1, onPage.size());
                    boolean whole = toc.takeEntries(rest) == rest.size();
                    for (int q = p + 1; whole && q < proseByPage.size(); q++) {
                        List<TextLine> next = proseByPage.get(q);
                        whole = !next.isEmpty() && toc.takeEntries(next) == next.size();
                    }
                    break;
                }
            }
        }
        return toc;
    }

    boolean contains(TextLine line) {
        return lines.contains(line);
    }

    /** Whether a line's text is a 目录 title (目录, 目 录). */
    static boolean isContentsTitle(String text) {
        return TITLE.matcher(text.strip()).matches();
    }

    /** Whether the line is the 目录 title the contents begin with. */
    boolean isTitle(TextLine line) {
        return line == title;
    }

    NarrativeSection section() {
        return new NarrativeSection(title.text().replaceAll("\\s+", ""), 1, title.page(), entries);
    }

    /**
     * Takes the entries at the top of the lines; returns how many lines were taken. The body begins where
     * a line is set in another size than the entries, or where the first entry comes again as a heading.
     */
    private int takeEntries(List<TextLine> candidates) {
        int n = 0;
        TextLine previous = null;
        for (TextLine l : candidates) {
            if (entrySize > 0 && Math.abs(l.size() - entrySize) > 0.5
                    || !entries.isEmpty() && squash(l.text()).equals(squash(entries.get(0)))) {
                break;
            }
            if (isEntry(l)) {
                entries.add(l.text().strip());
                entrySize = entrySize > 0 ? entrySize : l.size();
            } else if (previous != null && isTail(previous, l)) {
                int last = entries.size() - 1;
                entries.set(last, ParagraphJoiner.join(entries.get(last), l.text().strip()));
            } else {
                break;
            }
            lines.add(l);
            previous = l;
            n++;
        }
        return n;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    static boolean isEntry(TextLine l) {
        String t = l.text().strip();
        return HeadingRule.level(t) > 0 && !t.endsWith("。") || LEADERS.matcher(t).find()
                || PAGE_NUMBER.matcher(t).find() && t.length() <= 80;
    }

    /** The rest of an entry that wrapped: short, no sentence, under an entry with no leaders or page number. */
    private static boolean isTail(TextLine entry, TextLine l) {
        String t = l.text().replaceAll("\\s+", "");
        String e = entry.text().strip();
        return t.length() <= MAX_TAIL_CHARS && !t.endsWith("。") && HeadingRule.level(t) == 0
                && !LEADERS.matcher(e).find() && !PAGE_NUMBER.matcher(e).find()
                && entry.page() == l.page();
    }
}
