package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Severity;

/**
 * Template text left in the published narrative (模板文字未替换): the alternatives a filled document must choose
 * between ("增加（减少）", "下降（增长）", "大于（小于）", "部门（单位）"), placeholders ("XX局", "XXX万元"),
 * filling instructions ("（如持平作持平表述）", "（不涉及的不列）", "（列示至基层预算单位）") and a reason left
 * empty ("主要原因是。"). The list starts from the placeholders of the blank Shanghai and Wuhan templates.
 */
public final class TemplateTextLeftIn implements Rule {
    /** Pairs a template offers as "A（B）": the writer keeps one word and drops the bracket. */
    private static final Set<String> ALTERNATIVES = Set.of("增加减少", "减少增加", "增长下降", "下降增长", "上升下降",
            "下降上升", "大于小于", "小于大于", "高于低于", "低于高于", "部门单位", "单位部门", "增加下降", "减少增长");
    private static final Pattern ALTERNATIVE = Pattern.compile(
            "(增加|减少|增长|下降|上升|大于|小于|高于|低于|部门|单位)\\s*[（(]\\s*(增加|减少|增长|下降|上升|大于|小于|高于|低于|部门|单位)\\s*[）)]");
    /** Runs of X or × that stand for a name or a figure. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![A-Za-z])(?:[XＸ]{2,}|[×＊*]{2,})(?![A-Za-z])");
    /** Bracketed instructions to the writer. */
    private static final Pattern INSTRUCTION = Pattern.compile("[（(]\\s*(如持平作持平表述|不涉及的?不列|不涉及的?可不列"
            + "|列示至[^（）()]{0,8}单位|制度名称|据实填[写列]|请填写[^（）()]{0,12}|[^（）()]{0,12}(?:的单位|的部门)保留[^（）()]{0,20}"
            + "|可根据实际[^（）()]{0,12}|[^（）()]{0,6}仍保留该表格?式[^（）()]{0,20})\\s*[）)]"
            + "|仍保留该表格?式，?并在本表下方作下述说明");
    /** "主要原因是。" "主要原因：；" — a reason the template asks for, not given. */
    private static final Pattern EMPTY_REASON = Pattern.compile(
            "(主要原因)(?:是|为)?\\s*[：:]?\\s*[。；;]|(原因)(?:是|为)\\s*[：:]?\\s*[。；;]");

    @Override
    public String id() {
        return "text.template";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        out.addAll(NarrativeText.each(doc, ALTERNATIVE, (s, m) -> {
            if (!ALTERNATIVES.contains(m.group(1) + m.group(2)) || s.heading().contains("名词解释")) {
                return null; // a glossary may speak of 部门（单位） in general
            }
            Finding f = finding(s, m.start(), m.group(), "模板中的“" + m.group() + "”未按实际情况取舍，应只保留“"
                    + m.group(1) + "”或“" + m.group(2) + "”");
            // 部门（单位） leaves the meaning whole and some templates print it as their own wording: a note
            boolean scope = m.group(1).equals("部门") || m.group(1).equals("单位");
            return scope ? new Finding(f.rule(), f.kind(), Severity.INFO, f.where(), f.found(), f.expected(),
                    f.message()) : f;
        }));
        out.addAll(NarrativeText.each(doc, PLACEHOLDER, (s, m) -> finding(s, m.start(), m.group(),
                "说明中留有模板占位符“" + m.group() + "”，应填写实际内容")));
        // a title is template text too: "上海市XX局2024年度部门决算", "2、公务用车购置及运行维护费支出XX万元"
        for (NarrativeSection section : doc.narrative()) {
            String heading = section.heading() == null ? "" : section.heading();
            Matcher m = PLACEHOLDER.matcher(heading);
            if (m.find()) {
                out.add(new Finding(id(), FindingKind.OTHER, Severity.WARNING, FindingPlace.text(heading, heading),
                        m.group(), "", "标题中留有模板占位符“" + m.group() + "”，应填写实际内容"));
            }
        }
        out.addAll(NarrativeText.each(doc, INSTRUCTION, (s, m) -> finding(s, m.start(), m.group(),
                "说明中留有模板的填写提示“" + m.group() + "”，应删去")));
        out.addAll(NarrativeText.each(doc, EMPTY_REASON, (s, m) -> finding(s, m.start(), m.group(),
                "说明写了“" + (m.group(1) != null ? m.group(1) : m.group(2)) + "”却未写明原因")));
        return out;
    }

    private Finding finding(NarrativeText.Section s, int at, String found, String message) {
        return new Finding(id(), FindingKind.OTHER, Severity.WARNING, s.place(at), found, "", message);
    }
}
