package org.budgetworkbench.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;

/**
 * The narrative as a reviewer reads it (情况说明全文): each section's paragraphs joined into one running text, so
 * that wording rules see a phrase whole even where the PDF's text layer breaks it over printed lines
 * ("下降（增" / "长）"), and the sentence around a position, which is what a finding quotes.
 */
public final class NarrativeText {
    /** One section: its heading and its running text; {@code starts} are the offsets where its paragraphs begin. */
    public record Section(String heading, String text, List<Integer> starts, List<String> paragraphs) {
        /** The sentence around a position (to and including its 。！？), the quote of a finding there. */
        public String sentence(int at) {
            return NarrativeText.sentence(text, at);
        }

        /** Does {@code [from, to)} run over the start of a paragraph (a join the page made, not the writer)? */
        public boolean crossesParagraph(int from, int to) {
            return starts.stream().anyMatch(p -> p > from && p < to);
        }

        public FindingPlace place(int at) {
            return FindingPlace.text(heading, sentence(at));
        }
    }

    private static final PerDocument<List<Section>> SECTIONS = new PerDocument<>(NarrativeText::read);

    private NarrativeText() {
    }

    /** The document's sections in reading order (read once per document). */
    public static List<Section> of(Document doc) {
        return SECTIONS.get(doc);
    }

    private static List<Section> read(Document doc) {
        List<Section> out = new ArrayList<>();
        for (NarrativeSection s : doc.narrative()) {
            StringBuilder b = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            List<String> paragraphs = NarrativeParagraphs.of(s);
            for (String p : paragraphs) {
                starts.add(b.length());
                b.append(p);
            }
            out.add(new Section(s.heading() == null ? "" : s.heading(), b.toString(), List.copyOf(starts), paragraphs));
        }
        return List.copyOf(out);
    }

    /**
     * Every match of {@code pattern} in the running text of every section, turned into a finding by {@code make}
     * (which may return null to let a match pass); the same fault found twice in one sentence is reported once.
     */
    public static List<Finding> each(Document doc, Pattern pattern, BiFunction<Section, Matcher, Finding> make) {
        List<Finding> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Section s : of(doc)) {
            Matcher m = pattern.matcher(s.text());
            while (m.find()) {
                Finding f = make.apply(s, m);
                // one finding per fault and sentence: "比…持平" twice in a sentence is one thing to correct
                if (f != null && seen.add(f.where().section() + "\u0001" + f.where().quote() + "\u0001" + f.found())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The sentence of {@code text} around {@code at}: from after the previous 。！？ to and including the next. */
    public static String sentence(String text, int at) {
        int from = 0;
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (isStop(text.charAt(i))) {
                from = i + 1;
                while (from < at && CLOSERS.indexOf(text.charAt(from)) >= 0) {
                    from++;
                }
                break;
            }
        }
        int to = text.length();
        for (int i = Math.max(at, from); i < text.length(); i++) {
            if (isStop(text.charAt(i))) {
                to = i + 1;
                while (to < text.length() && CLOSERS.indexOf(text.charAt(to)) >= 0) {
                    to++; // 。” and 。） close the sentence they end
                }
                break;
            }
        }
        return text.substring(from, to).strip();
    }

    private static final String CLOSERS = "”’）)";

    /** Where each sentence of {@code text} starts (the first is 0), for rules that walk sentence by sentence. */
    public static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isStop(text.charAt(i))) {
                int to = i + 1;
                while (to < text.length() && CLOSERS.indexOf(text.charAt(to)) >= 0) {
                    to++;
                }
                out.add(new int[] {from, to});
                from = to;
                i = to - 1;
            }
        }
        if (from < text.length()) {
            out.add(new int[] {from, text.length()});
        }
        return out;
    }

    private static boolean isStop(char c) {
        return c == '。' || c == '！' || c == '？';
    }
}
