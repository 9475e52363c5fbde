package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Severity;

/**
 * A table of contents (目录) whose entries end in dot leaders with no page number: the reader is sent nowhere. One
 * note for the contents, quoting its first such entry. A note.
 */
public final class ContentsPageNumbers implements Rule {
    /** Dot leaders not followed by a page number. */
    private static final Pattern BARE_LEADER = Pattern.compile("[…·.．]{4,}+(?!\\s*\\d)");
    private static final Pattern LEADER = Pattern.compile("[…·.．]{4,}");

    @Override
    public String id() {
        return "text.contents";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        boolean inContents = false;
        for (NarrativeSection s : doc.narrative()) {
            List<String> lines = new ArrayList<>();
            lines.add(s.heading() == null ? "" : s.heading());
            lines.addAll(s.paragraphs());
            for (String line : lines) {
                String bare = line.replaceAll("\\s+", "");
                if (bare.equals("目录")) {
                    inContents = true;
                    continue;
                }
                if (!inContents) {
                    continue;
                }
                if (bare.contains("。")) {
                    return out;
                }
                if (LEADER.matcher(line).find()) {
                    if (BARE_LEADER.matcher(line).find()) {
                        out.add(new Finding(id(), FindingKind.OTHER, Severity.INFO,
                                FindingPlace.text(s.heading() == null || s.heading().isBlank() ? "目录" : s.heading(),
                                        line.strip()), "目录无页码", "页码",
                                "目录各条目只有引导点，没有页码"));
                    }
                    return out; // one note for the contents
                }
            }
        }
        return out;
    }
}
