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
 * from its 目录 line to the end of that page, and over the following pages as long as every line there is
 * an entry (numbered like a heading, or carrying leaders or a page number) or the wrapped tail of one. It
 * becomes one section headed 目录 whose paragraphs are its entries, as printed, so that it is still there to
 * be checked (page numbers, titles).
 */
final class TableOfContents {
    private static final Pattern TITLE = Pattern.compile("^目\\s*录$");
    private static final Pattern LEADERS = Pattern.compile("[…]{2,}|[.·．]{4,}|[-—]{4,}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(\\s|[…．.·])\\d{1,3}$");
    /** A wrapped tail of an entry ("表", "情况说明") is short. */
    private static final int MAX_TAIL_CHARS = 12;

    private final Set<TextLine> lines = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> entries = new ArrayList<>();
    private int page = -1;
    private TextLine title;

    private TableOfContents() {
    }

    static TableOfContents find(List<List<TextLine>> proseByPage) {
        TableOfContents toc = new TableOfContents();
        for (int p = 0; p < proseByPage.size() && toc.page < 0; p++) {
            List<TextLine> onPage = proseByPage.get(p);
            for (int i = 0; i < onPage.size(); i++) {
                if (TITLE.matcher(onPage.get(i).text().strip()).matches()) {
                    toc.page = p;
                    toc.title = onPage.get(i);
                    toc.lines.add(onPage.get(i));
                    List<TextLine> rest = onPage.subList(i + 1, onPage.size());
                    int taken = toc.takeEntries(rest);
                    if (taken == rest.size()) {
                        for (int q = p + 1; q < proseByPage.size(); q++) {
                            List<TextLine> next = proseByPage.get(q);
                            if (next.isEmpty() || !toc.allEntries(next)) {
                                break;
                            }
                            toc.takeEntries(next);
                        }
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

    /** Whether the table of contents begins on this page (0-based); never when there is none. */
    boolean startsOnPage(int pageIndex) {
        return pageIndex == page;
    }

    NarrativeSection section() {
        return new NarrativeSection(title.text().replaceAll("\\s+", ""), 1, title.page(), entries);
    }

    /** Takes the entries at the top of the lines; returns how many lines were taken. */
    private int takeEntries(List<TextLine> candidates) {
        int n = 0;
        TextLine previous = null;
        for (TextLine l : candidates) {
            if (isEntry(l)) {
                entries.add(l.text().strip());
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

    private boolean allEntries(List<TextLine> page) {
        TextLine previous = null;
        for (TextLine l : page) {
            if (!isEntry(l) && (previous == null || !isTail(previous, l))) {
                return false;
            }
            previous = l;
        }
        return true;
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
