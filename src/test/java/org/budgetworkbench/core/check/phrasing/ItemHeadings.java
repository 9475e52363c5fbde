package org.budgetworkbench.core.check.phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.SubjectPaths;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.catalog.Classification;

/**
 * An item's 类/款/项 heading (科目表述) rewritten in another of the forms districts print:
 * {@code “A（类）B（款）C（项）”}, {@code A（201类）B（13款）C（01项）} and {@code “A-B-C”科目}. Codes are written only
 * where the document's own tables give them (a 项 row whose name and 款 name are the item's); an item the tables do
 * not know keeps its form, so no code is invented.
 */
final class ItemHeadings {
    enum Form { PLAIN, CODED, DASH }

    private ItemHeadings() {
    }

    static Document rewrite(Document d, Form form) {
        List<NarrativeSection> out = new ArrayList<>();
        for (NarrativeSection s : d.narrative()) {
            out.add(new NarrativeSection(s.heading(), s.level(), s.page(),
                    s.paragraphs().stream().map(p -> rewrite(d, p, form)).toList()));
        }
        return d.withNarrative(out);
    }

    static String rewrite(Document d, String p, Form form) {
        List<SubjectPaths.Path> paths = SubjectPaths.in(p);
        StringBuilder b = new StringBuilder();
        int done = 0;
        for (SubjectPaths.Path path : paths) {
            if (path.start() < done) {
                continue;
            }
            String code = path.code() != null ? path.code() : codeOf(d, path).orElse(null);
            if (code == null) {
                continue;
            }
            int from = nameStart(p, path);
            int to = path.end();
            boolean quoted = false;
            if (isQuote(p, from) && isQuote(p, to - 1)) {
                quoted = true; // a dash path: its match holds its quotes
                if (p.startsWith("科目", to)) {
                    to += 2;
                }
            } else if (from > 0 && isQuote(p, from - 1) && to < p.length() && isQuote(p, to)) {
                quoted = true;
                from--;
                to++;
            }
            b.append(p, done, from).append(print(path, code, form, quoted));
            done = to;
        }
        return b.append(p.substring(done)).toString();
    }

    private static final Pattern CLASS_BRACKET = Pattern.compile("[（(]\\s*\\d{0,3}\\s*类");

    /** Where the class name itself begins: a numbering mark or words the match took in front of it stay as they are. */
    private static int nameStart(String p, SubjectPaths.Path path) {
        if (isQuote(p, path.start())) {
            return path.start();
        }
        Matcher m = CLASS_BRACKET.matcher(p);
        if (!m.find(path.start()) || m.start() > path.end()) {
            return path.start();
        }
        for (int i = m.start() - 1; i >= path.start(); i--) {
            if (Classification.normalise(p.substring(i, m.start())).equals(path.cls())) {
                return i;
            }
        }
        return path.start();
    }

    private static boolean isQuote(String p, int at) {
        return at >= 0 && at < p.length() && "“”\"".indexOf(p.charAt(at)) >= 0;
    }

    private static String print(SubjectPaths.Path path, String code, Form form, boolean quoted) {
        String c = full(path.cls());
        String k = full(path.kuan());
        String x = full(path.xiang());
        String text = switch (form) {
            case PLAIN -> c + "（类）" + k + "（款）" + x + "（项）";
            case CODED -> c + "（" + code.substring(0, 3) + "类）" + k + "（" + code.substring(3, 5) + "款）" + x + "（"
                    + code.substring(5) + "项）";
            case DASH -> "“" + c + "-" + k + "-" + x + "”科目";
        };
        return quoted && form != Form.DASH ? "“" + text + "”" : text;
    }

    private static String full(String name) {
        return name.replace('(', '（').replace(')', '）').replace('"', '“');
    }

    /** The 项 code whose row, and whose 款 row, carry the item's names in any function-coded table of the document. */
    static Optional<String> codeOf(Document d, SubjectPaths.Path path) {
        for (DisclosureTable t : d.tables()) {
            for (Row r : t.rows()) {
                if (RowKeys.level(r.key()) != 3 || !Classification.normalise(r.name()).equals(path.xiang())) {
                    continue;
                }
                String kuan = RowKeys.parent(r.key());
                boolean kuanNamed = t.row(kuan).map(k -> Classification.normalise(k.name()).equals(path.kuan()))
                        .orElse(false);
                if (kuanNamed) {
                    return Optional.of(r.key());
                }
            }
        }
        return Optional.empty();
    }
}
