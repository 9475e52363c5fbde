package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * The parts of a project note (项目经费情况说明 / 项目概述) filled as the template means: 年度预算安排 states the
 * year's amount (a note with no figure cannot be tied to the project spending of the tables), and 实施主体 names
 * who carries the project out, not the task ("主要完成…印制工作"). Read whether the part is a heading of its own
 * ("六、年度预算安排") or a label in the running text ("六、年度预算安排：…"). Warnings.
 */
public final class ProjectNoteFieldsFilled implements Rule {
    private static final Pattern BUDGET_PART = Pattern.compile("(年度预算安排|预算安排情况|资金安排)$");
    private static final Pattern BODY_PART = Pattern.compile("(实施主体|实施单位)$");
    private static final Pattern INLINE = Pattern.compile(
            "(?:^|(?<=[。；]))\\s*(?:[一二三四五六七八九十]+、|\\d+[.、．])?\\s*(年度预算安排|实施主体|实施单位)\\s*[：:]?\\s*([^。]*。?)");
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?\\s*(?:万元|亿元|元|万)");
    private static final Pattern BODY_SUFFIX = Pattern.compile(
            ".*(局|委员会|委|办公室|办|中心|部|部门|单位|院|所|站|队|馆|处|科|公司|政府|街道|镇|乡|会|社|校|厅|署)$");
    private static final Pattern TASK = Pattern.compile("完成|推进|开展|印制|确保|组织|落实|使全|提升|保障");

    @Override
    public String id() {
        return "text.project_note";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (NarrativeText.Section s : NarrativeText.of(doc)) {
            String part = s.heading().replaceAll("^\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|\\d+[.、．])\\s*", "").strip();
            if (BUDGET_PART.matcher(part).find() && !s.text().isBlank()) {
                checkBudget(out, s.heading(), s.text());
            } else if (BODY_PART.matcher(part).find() && !s.text().isBlank()) {
                checkBody(out, s.heading(), s.text());
            }
            Matcher m = INLINE.matcher(s.text());
            while (m.find()) {
                if (m.group(1).contains("预算安排")) {
                    checkBudget(out, s.heading(), m.group(2));
                } else {
                    checkBody(out, s.heading(), m.group(2));
                }
            }
        }
        return out;
    }

    private void checkBudget(List<Finding> out, String section, String text) {
        if (!AMOUNT.matcher(text).find()) {
            out.add(new Finding(id(), FindingKind.BLANK_VALUE, Severity.WARNING,
                    FindingPlace.text(section, NarrativeText.sentence(text, 0)), text.strip(), "当年预算金额及构成",
                    "年度预算安排未写明金额：“" + shorten(text) + "”"));
        }
    }

    private void checkBody(List<Finding> out, String section, String text) {
        String first = text.strip().split("[，,。；;、和及]")[0].replaceFirst("^由", "")
                .replaceFirst("(负责实施|具体实施|组织实施|实施)$", "").strip();
        if (first.isEmpty() || BODY_SUFFIX.matcher(first).matches() && !TASK.matcher(first).find()) {
            return;
        }
        out.add(new Finding(id(), FindingKind.OTHER, Severity.WARNING,
                FindingPlace.text(section, NarrativeText.sentence(text, 0)), text.strip(), "实施单位名称",
                "实施主体应写明实施单位，而非工作内容：“" + shorten(text) + "”"));
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }
}
