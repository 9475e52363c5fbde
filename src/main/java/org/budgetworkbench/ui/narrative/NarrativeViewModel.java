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
     * when no heading matches (or none is given) the section holding the quote is opened.
     */
    public void focus(String section, String quoted) {
        quote = quoted;
        NarrativeSection target = null;
        if (section != null) {
            String want = Quote.squeeze(section);
            target = sections.stream().filter(s -> Quote.squeeze(s.heading()).equals(want)).findFirst()
                    .orElse(sections.stream().filter(s -> !want.isEmpty() && Quote.squeeze(s.heading()).contains(want))
                            .findFirst().orElse(null));
        }
        if (quoted != null && (target == null || locate(target, quoted) == null)) {
            target = sections.stream().filter(s -> locate(s, quoted) != null).findFirst().orElse(target);
        }
        if (target == null) {
            return;
        }
        if (target == selected.get()) {
            highlight.set(locate(target, quoted));
        } else {
            selected.set(target);
        }
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
