package org.budgetworkbench.core.check.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * The document speaks of itself in its own scope (部门/单位口径): a 单位预算 or 单位决算 that says "本部门" or "部门预算"
 * was copied from the department's text, and a department's document that says "本单位…预算" the reverse. One note
 * per sentence; the glossary, which speaks in general, is left alone.
 */
public final class ScopeWording implements Rule {
    private static final Pattern DEPARTMENT_WORDS = Pattern.compile("本部门|(?<!主管)部门(?:预算|决算)(?!主管)");
    private static final Pattern UNIT_WORDS = Pattern.compile("本单位(?=\\d{4}年|本年度|无|没有|预算|决算)|单位(?:预算|决算)(?:编制说明|表)");

    @Override
    public String id() {
        return "text.scope";
    }

    @Override
    public List<Finding> check(Document doc) {
        boolean unit = doc.scope() == DocumentScope.UNIT;
        Pattern other = unit ? DEPARTMENT_WORDS : UNIT_WORDS;
        String own = unit ? "单位" : "部门";
        Set<String> seen = new HashSet<>();
        return NarrativeText.each(doc, other, (s, m) -> {
            if (s.heading().contains("名词解释") || !seen.add(s.heading() + s.sentence(m.start()))) {
                return null;
            }
            return new Finding(id(), FindingKind.OTHER, Severity.INFO, FindingPlace.text(s.heading(),
                    s.sentence(m.start())), m.group(), m.group().replace(unit ? "部门" : "单位", own),
                    "本文档为" + doc.scope().chinese() + doc.kind().chinese() + "，说明却写“" + m.group() + "”");
        });
    }
}
