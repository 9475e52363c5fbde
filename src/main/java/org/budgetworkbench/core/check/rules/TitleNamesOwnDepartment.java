package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.recognize.DisclosureNames;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Severity;

/**
 * 标题中的单位名称与封面不符: a title of this very disclosure — a part title ("第二部分 X 2024 年度部门决算表"), a
 * table's caption or title, a heading of the 情况说明 ("第三部分 X2024年度部门决算情况说明") — that names another
 * body than the document's department, as when the district is dropped ("上海市规划和自然资源局" for
 * 上海市普陀区规划和自然资源局, the municipal bureau) or a title is left from another department's document.
 * This rule owns titles wherever they stand, also a title printed as a line of the running text (a near copy of
 * the name followed by 2024 年度部门决算表), so that one misprinted title is one finding: the same title read as a
 * caption and as a line of the text is reported once. Body text may name a superior department; only titles
 * count here (the body's near copies are {@link DepartmentNameVariant}'s). A shortening that keeps the end of the
 * name (普陀区规划和自然资源局, 规划和自然资源局) and 本级 are the same body.
 */
public final class TitleNamesOwnDepartment implements Rule {
    @Override
    public String id() {
        return "text.title_department";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        String own = core(doc.department());
        if (own.length() < 4) {
            return out; // no name to hold the titles to (never guessed here)
        }
        Set<String> seen = new LinkedHashSet<>();
        for (DisclosureTable t : doc.tables()) {
            List<String> lines = new ArrayList<>(t.head().captions());
            if (t.title() != null) {
                lines.add(t.title());
            }
            for (String line : lines) {
                String other = otherName(line, own);
                if (other != null && seen.add(DisclosureNames.fold(line))) {
                    out.add(finding(t.title() == null ? t.type().standardTitle() : t.title(), line, other, doc));
                }
            }
        }
        for (NarrativeSection s : doc.narrative()) {
            String heading = s.heading() == null ? "" : s.heading();
            String other = otherName(heading, own);
            if (other != null && seen.add(DisclosureNames.fold(heading))) {
                out.add(finding(heading, heading, other, doc));
            }
        }
        for (DepartmentNameVariant.Occurrence o : DepartmentNameVariant.occurrences(doc)) {
            if (o.title() && !alreadyJudged(seen, o.variant()) && seen.add(DisclosureNames.fold(o.sentence()))) {
                out.add(finding(o.heading(), o.sentence(), o.variant(), doc));
            }
        }
        return out;
    }

    /** Whether a title already reported names {@code variant}: the same title read once more from the text. */
    private static boolean alreadyJudged(Set<String> judged, String variant) {
        String v = DisclosureNames.fold(variant);
        return judged.stream().anyMatch(line -> line.contains(v));
    }

    private Finding finding(String section, String line, String other, Document doc) {
        return new Finding(id(), FindingKind.OTHER, Severity.WARNING, FindingPlace.text(section, line.strip()),
                other, doc.department().strip(), "标题“" + line.strip() + "”中的单位名称“" + other + "”与本文档的“"
                        + doc.department().strip() + "”不一致");
    }

    /** The name a title line gives when it is another body's, else null (no title, no name, or this body). */
    static String otherName(String line, String own) {
        DisclosureNames.Named n = DisclosureNames.partTitle(line);
        if (n == null) {
            n = DisclosureNames.title(line);
        }
        if (n == null || n.name() == null) {
            return null;
        }
        String name = core(n.name());
        return name.isEmpty() || own.endsWith(name) || name.endsWith(own) ? null : n.name();
    }

    /** A name folded, without 本级 and its brackets: 上海市普陀区水务局（本级） is 上海市普陀区水务局. */
    private static String core(String name) {
        return DisclosureNames.fold(name == null ? "" : name).replaceAll("\\(?本级\\)?$", "");
    }
}
