package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.NarrativeParagraphs;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.IndicatorValue;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TargetScope;

/**
 * The narrative's restatement of self-evaluation results against the forms (自评结果说明与自评表一致): where a
 * sentence names an evaluated project (or 部门整体 with 自评), its score (自评得分 / 总分 / 评分 X 分), its 执行率 and,
 * for a project, its amounts (预算 / 资金 X 万元, 执行 / 支出 X 万元) must be the form's. Only figures the sentence ties
 * to those words are compared; the department's amounts are the narrative-amount rule's. An indicator the text
 * names with a value (实际金额占预算金额比率<100%) must have that value as a line's 年初目标值 or 实际完成值.
 */
public final class EvaluationResultsRestated implements Rule {
    private static final String NUMBER = "([0-9][0-9,]*(?:\\.[0-9]+)?)";
    private static final Pattern SCORE = Pattern.compile("(?:自评得分|自评分|评价得分|得分|总分|评分)(?:为|是|达到|达)?\\s*"
            + NUMBER + "\\s*分");
    private static final Pattern RATE = Pattern.compile("执行率(?:为|是|达到|达)?\\s*" + NUMBER + "\\s*[%％]");
    private static final Pattern BUDGET = Pattern.compile("(?:全年预算数|全年预算|预算数|预算金额|预算|资金)(?:为|是|共|合计)?\\s*"
            + NUMBER + "\\s*万元");
    private static final Pattern EXECUTED = Pattern.compile("(?:执行数|实际执行金额|实际执行|执行金额|实际支出|支出)(?:为|是|共)?\\s*"
            + NUMBER + "\\s*万元");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;！!])");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** A target value right after an indicator's name: <100%, ≥ 130份, 为100%. */
    private static final Pattern STATED_VALUE = Pattern.compile(
            "[：:为]?((?:≥|≤|>=|<=|＞=|＜=|>|<|＞|＜|=|＝)?[0-9]+(?:\\.[0-9]+)?(?:%|％|[\\p{IsHan}]{1,2})?)");

    @Override
    public String id() {
        return "text.evaluation_results";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        if (doc.evaluations().isEmpty()) {
            return out;
        }
        // the forms' names made compact once per document, not once per sentence
        Names names = new Names(doc);
        for (NarrativeSection s : doc.narrative()) {
            for (String paragraph : NarrativeParagraphs.of(s)) {
                for (String sentence : SENTENCE_END.split(paragraph)) {
                    String compact = compact(sentence);
                    Evaluation e = evaluationNamed(doc, names, compact);
                    if (e != null) {
                        compare(out, s, sentence, e);
                    }
                    indicatorTargets(names, out, s, sentence, compact);
                }
            }
        }
        return out;
    }

    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");
    private static final Pattern PROJECT_SUFFIX = Pattern.compile("项目$");

    private static String compact(String s) {
        return SPACE.matcher(s).replaceAll("");
    }

    /** A self-evaluation line with its compact indicator name. */
    private record Line(Evaluation evaluation, EvaluationIndicator indicator, String name) {
    }

    /** A project's evaluation with its compact name, and that name without 项目. */
    private record Project(Evaluation evaluation, String name, String bare) {
    }

    /** The names the sentences are searched for, in the forms' order. */
    private static final class Names {
        final List<Line> lines = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();

        Names(Document doc) {
            for (Evaluation e : doc.evaluations()) {
                if (e.scope() == TargetScope.PROJECT && e.project() != null) {
                    String name = compact(e.project());
                    projects.add(new Project(e, name, PROJECT_SUFFIX.matcher(name).replaceAll("")));
                }
                for (EvaluationIndicator i : e.indicators()) {
                    lines.add(new Line(e, i, i.level3() == null ? null : compact(i.level3())));
                }
            }
        }
    }

    /**
     * An indicator the sentence names with a target (实际金额占预算金额比率<100%) that no self-evaluation line of that
     * name has (they print ≤100%).
     */
    private void indicatorTargets(Names names, List<Finding> out, NarrativeSection s, String sentence,
                                  String compact) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Line line : names.lines) {
            EvaluationIndicator i = line.indicator();
            String name = line.name() == null ? "" : line.name();
            if (name.length() < 4 || i.target() == null || seen.contains(name)) {
                continue;
            }
            int at = compact.indexOf(name);
            if (at < 0) {
                continue;
            }
            seen.add(name);
            Matcher m = STATED_VALUE.matcher(compact.substring(at + name.length()));
            if (!m.lookingAt()) {
                continue;
            }
            IndicatorValue stated = IndicatorValue.parse(m.group(1));
            boolean agrees = names.lines.stream().filter(x -> name.equals(x.name())).map(Line::indicator)
                    .anyMatch(x -> sameValue(stated, IndicatorValue.parse(x.target()))
                            || sameValue(stated, IndicatorValue.parse(x.actual())));
            if (!agrees && stated.isQuantified()) {
                Evaluation e = line.evaluation();
                out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.INFO,
                        FindingPlace.text(s.heading(), sentence.strip()), m.group(1).strip(), i.target(),
                        "说明中“" + i.level3() + "”的目标值“" + m.group(1).strip() + "”与自评表年初目标值“"
                                + i.target() + "”不一致", PerformancePlaces.line(e, i, "target")));
            }
        }
    }

    private static boolean sameValue(IndicatorValue a, IndicatorValue b) {
        return a.isQuantified() && b.isQuantified() && a.number().compareTo(b.number()) == 0
                && java.util.Objects.equals(a.operator(), b.operator())
                && java.util.Objects.equals(a.unit(), b.unit());
    }

    /** The evaluation a sentence speaks of: a project by its name, or 部门整体 with 自评. */
    private static Evaluation evaluationNamed(Document doc, Names names, String compact) {
        Project best = null;
        for (Project p : names.projects) {
            if ((compact.contains(p.name()) || p.bare().length() >= 4 && compact.contains(p.bare()))
                    && (best == null || best.evaluation().project().length() < p.name().length())) {
                best = p;
            }
        }
        if (best != null) {
            return best.evaluation();
        }
        if (compact.contains("部门整体") && compact.contains("自评")) {
            return doc.evaluations().stream().filter(e -> e.scope() == TargetScope.DEPARTMENT).findFirst()
                    .orElse(null);
        }
        return null;
    }

    private void compare(List<Finding> out, NarrativeSection s, String sentence, Evaluation e) {
        FindingPlace where = FindingPlace.text(s.heading(), sentence.strip());
        FindingPlace form = PerformancePlaces.form(e);
        figure(out, where, form.withField("总分").withColumn("total_score"), SCORE, sentence, e.totalScore(),
                e, "自评得分");
        if (e.rate() != null) {
            figure(out, where, form.withField("预算执行情况").withColumn("rate"), RATE, sentence,
                    e.rate().multiply(HUNDRED), e, "预算执行率");
        }
        if (e.scope() == TargetScope.PROJECT) {
            figure(out, where, form.withField("预算执行情况").withColumn("budget"), BUDGET, sentence, e.budget(), e,
                    "预算数");
            figure(out, where, form.withField("预算执行情况").withColumn("executed"), EXECUTED, sentence,
                    e.executed(), e, "执行数");
        }
    }

    private void figure(List<Finding> out, FindingPlace where, FindingPlace other, Pattern p, String sentence,
                        BigDecimal onForm, Evaluation e, String what) {
        if (onForm == null) {
            return;
        }
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            BigDecimal stated = new BigDecimal(m.group(1).replace(",", ""));
            if (Amounts.compare(stated, onForm).any() && stated.compareTo(onForm.setScale(0,
                    java.math.RoundingMode.HALF_UP)) != 0) {
                out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING, where, stated, onForm,
                        "说明中" + PerformancePlaces.who(e) + "的" + what + " " + stated.toPlainString() + " 与自评表 "
                                + onForm.stripTrailingZeros().toPlainString() + " 不一致", other));
                return;
            }
        }
    }
}
