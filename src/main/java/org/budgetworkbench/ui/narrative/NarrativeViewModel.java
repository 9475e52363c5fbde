package org.budgetworkbench.ui.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.ui.Texts;

/**
 * The narrative's view model (情况说明): the sections as an outline by heading level (第一部分 → 一、 → （一）
 * → 1.), the chosen section's paragraphs, and the clause a finding quotes, to highlight.
 */
public final class NarrativeViewModel {
    /** One heading of the outline and the headings under it. */
    public record OutlineNode(NarrativeSection section, int index, List<OutlineNode> children) {
        @Override
        public String toString() {
            return section.heading();
        }
    }

    /** Where the highlighted clause is: paragraph number and [start, end) in it. */
    public record Highlight(int paragraph, int start, int end) {
    }

    private final List<NarrativeSection> sections;
    private final List<OutlineNode> outline;
    private final ResourceBundle bundle;
    private final ObjectProperty<NarrativeSection> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>();
    private String quote;

    public NarrativeViewModel(List<NarrativeSection> sections, ResourceBundle bundle) {
        this.sections = List.copyOf(sections);
        this.bundle = bundle;
        this.outline = outlineOf(this.sections);
        selected.addListener((o, a, b) -> highlight.set(locate(b, quote)));
        if (!this.sections.isEmpty()) {
            selected.set(this.sections.get(0));
        }
    }

    public List<NarrativeSection> sections() {
        return sections;
    }

    public List<OutlineNode> outline() {
        return outline;
    }

    public ObjectProperty<NarrativeSection> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** "第 12 页" or nothing when the reader did not know the page. */
    public String pageText(NarrativeSection s) {
        return s == null || s.page() == null ? "" : Texts.get(bundle, "narrative.page", s.page());
    }

    /**
     * Opens the section a finding names and highlights its quote. The heading is matched ignoring spaces;
     * where several headings match (a contents list repeats them) the one whose section, or a sub-section
     * under it, holds the quote wins; when none holds it, the first section anywhere that does.
     */
    public void focus(String section, String quoted) {
        quote = quoted;
        List<Integer> named = named(section);
        Integer target = null;
        for (int i : named) {
            target = holding(i, quoted);
            if (target != null) {
                break;
            }
        }
        if (target == null && quoted != null) {
            for (int i = 0; i < sections.size() && target == null; i++) {
                target = locate(sections.get(i), quoted) != null ? i : null;
            }
        }
        if (target == null && !named.isEmpty()) {
            target = named.get(0);
        }
        if (target == null) {
            return;
        }
        NarrativeSection s = sections.get(target);
        if (s == selected.get()) {
            highlight.set(locate(s, quoted));
        } else {
            selected.set(s);
        }
    }

    private List<Integer> named(String section) {
        List<Integer> out = new ArrayList<>();
        if (section == null || Quote.squeeze(section).isEmpty()) {
            return out;
        }
        String want = Quote.squeeze(section);
        for (int i = 0; i < sections.size(); i++) {
            if (Quote.squeeze(sections.get(i).heading()).equals(want)) {
                out.add(i);
            }
        }
        if (out.isEmpty()) {
            for (int i = 0; i < sections.size(); i++) {
                if (Quote.squeeze(sections.get(i).heading()).contains(want)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** The section at {@code i} or under it that holds the quote; with no quote, {@code i} itself. */
    private Integer holding(int i, String quoted) {
        if (quoted == null) {
            return i;
        }
        int level = sections.get(i).level();
        for (int j = i; j < sections.size() && (j == i || sections.get(j).level() > level); j++) {
            if (locate(sections.get(j), quoted) != null) {
                return j;
            }
        }
        return null;
    }

    static Highlight locate(NarrativeSection s, String quoted) {
        if (s == null || quoted == null) {
            return null;
        }
        for (int i = 0; i < s.paragraphs().size(); i++) {
            int[] at = Quote.find(s.paragraphs().get(i), quoted);
            if (at != null) {
                return new Highlight(i, at[0], at[1]);
            }
        }
        return null;
    }

    /** Nests each heading under the nearest earlier heading of a higher level (a smaller number). */
    static List<OutlineNode> outlineOf(List<NarrativeSection> sections) {
        List<OutlineNode> roots = new ArrayList<>();
        List<OutlineNode> stack = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            NarrativeSection s = sections.get(i);
            OutlineNode node = new OutlineNode(s, i, new ArrayList<>());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).section().level() >= s.level()) {
                stack.remove(stack.size() - 1);
            }
            (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children()).add(node);
            stack.add(node);
        }
        return roots;
    }
}
