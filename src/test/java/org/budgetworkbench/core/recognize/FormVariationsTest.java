package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.rules.ActualValueCopiesTarget;
import org.budgetworkbench.core.check.rules.EvaluationTotalIsSumOfScores;
import org.budgetworkbench.core.check.rules.ExecutionScoreMatchesWeight;
import org.budgetworkbench.core.check.rules.GoalHasAllCoreLevels;
import org.budgetworkbench.core.check.rules.IndicatorUnderOwnLevel;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.core.read.WorkbookReader;
import org.budgetworkbench.core.read.pdf.PdfReader;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;
import org.budgetworkbench.variation.PdfLayout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The variation test bed for performance forms (绩效表版式变体): the forms of the dev truths and of a fixture of
 * our own (several projects, older level names, a goal without text) are written in every {@link FormLayout}
 * (titles plain, bracketed or only the project's name; goal labels on their own row, with a weight in one cell,
 * or in a 目标名称 column; the header repeated per goal or printed once; the indicator's name in the 三级 column or
 * in a 指标名称 first column with 三级 empty; standard or older level names; a sheet per form or all on one sheet;
 * .xlsx and .xls) and must read back to the same forms. See docs/variations-forms.md.
 */
class FormVariationsTest {
    private static final Path TRUTH = Path.of("src/test/resources/corpus");

    @TempDir
    Path dir;

    record Forms(String name, List<Target> targets, List<Evaluation> evaluations) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> variants() throws IOException {
        List<Forms> docs = new ArrayList<>();
        docs.add(fixture());
        for (String id : List.of("000_2efbff76b0545c5f", "002_7253a26da12f1913")) {
            Path file = TRUTH.resolve(id + ".truth.json");
            if (Files.exists(file)) {
                docs.add(fromTruth(id, file));
            }
        }
        List<Arguments> out = new ArrayList<>();
        List<FormLayout> layouts = FormLayout.all();
        for (Forms d : docs) {
            // every layout for our fixture; for the (larger) truths every third, so each feature still meets each
            for (int i = 0; i < layouts.size(); i += d.name().equals("fixture") ? 1 : 3) {
                out.add(Arguments.of(d, layouts.get(i)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void everyLayoutReadsBackToTheSameForms(Forms doc, FormLayout layout) throws IOException, DisclosureReadException {
        Path file = dir.resolve("forms" + layout.suffix());
        FormRenderer.write(layout, doc.targets(), doc.evaluations(), file);
        List<GridRegion> regions = new WorkbookReader().read(file).stream().map(GridRegion::whole).toList();
        assertSameForms(doc, layout, new PerformanceFormReader().read(regions));
    }

    /**
     * The forms printed to PDF as a publishing office prints them (each form ruled as one grid under its title, on
     * pages of the PDF layouts with rules): every title, goal and indicator layout for our fixture, every fourth for
     * the truths. The workbook format of a {@link FormLayout} is no variation of a PDF, so only the .xlsx half.
     */
    static Stream<Arguments> pdfVariants() throws IOException {
        List<PdfLayout> pdfs = PdfLayout.singleVariations().stream()
                .filter(p -> p.rules() == PdfLayout.Rules.RULED).toList();
        List<FormLayout> layouts = FormLayout.all().stream().filter(l -> !l.xls()).toList();
        List<Arguments> out = new ArrayList<>();
        for (Arguments a : variants().map(a -> a).toList()) {
            Forms d = (Forms) a.get()[0];
            FormLayout l = (FormLayout) a.get()[1];
            int i = layouts.indexOf(l);
            if (i >= 0 && (d.name().equals("fixture") || i % 4 == 0)) {
                out.add(Arguments.of(d, l, pdfs.get(out.size() % pdfs.size())));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pdfVariants")
    void everyLayoutPrintedToPdfReadsBackToTheSameForms(Forms doc, FormLayout layout, PdfLayout pdf)
            throws IOException, DisclosureReadException {
        Path file = dir.resolve("forms.pdf");
        FormRenderer.writePdf(layout, doc.targets(), doc.evaluations(), pdf, file);
        List<GridRegion> regions = new PdfReader().read(file).grids().stream().map(GridRegion::whole).toList();
        assertSameForms(doc, layout, new PerformanceFormReader().read(regions));
    }

    /**
     * 行高不足: the same forms printed with every body row one line high, so that each goal, indicator or long value
     * wrapped at its cell's width spills over the rows above and below, onto their text.
     */
    static Stream<Arguments> shortRowVariants() throws IOException {
        List<FormLayout> layouts = FormLayout.all().stream().filter(l -> !l.xls()).toList();
        return variants().filter(a -> layouts.contains((FormLayout) a.get()[1]))
                .map(a -> Arguments.of(a.get()[0], a.get()[1], PdfLayout.standard().withShortRows()));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("shortRowVariants")
    void everyLayoutPrintedWithShortRowsReadsBackToTheSameForms(Forms doc, FormLayout layout, PdfLayout pdf)
            throws IOException, DisclosureReadException {
        everyLayoutPrintedToPdfReadsBackToTheSameForms(doc, layout, pdf);
    }

    private static void assertSameForms(Forms doc, FormLayout layout, PerformanceForms read) {
        boolean goalTextPrinted = layout.goal() != FormLayout.Goal.NAME_COLUMN;
        assertThat(read.targets().stream().map(t -> key(t, goalTextPrinted)).toList()).as("%s %s", doc, layout)
                .containsExactlyElementsOf(doc.targets().stream().map(t -> key(t, goalTextPrinted)).toList());
        assertThat(read.evaluations().stream().map(FormVariationsTest::key).toList()).as("%s %s", doc, layout)
                .containsExactlyElementsOf(doc.evaluations().stream().map(FormVariationsTest::key).toList());
    }

    static Stream<Arguments> defectLayouts() {
        List<FormLayout> layouts = FormLayout.all();
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < layouts.size(); i += 7) {
            out.add(Arguments.of(layouts.get(i)));
        }
        return out.stream();
    }

    /**
     * The target and self-evaluation rules find the same faults, at the same places, on forms read from any layout
     * as on the forms themselves: 满意度 under 效益, a goal without 效益, a copied 实际完成值, a wrong 预算执行 score
     * and 总分.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("defectLayouts")
    void theRulesOnFormsHoldInEveryLayout(FormLayout layout) throws IOException, DisclosureReadException {
        Indicator count = new Indicator("产出指标", "数量指标", "保洁面积", "≥30万平方米", List.of(), null);
        Indicator happyUnderBenefit = new Indicator("效益指标", "满意度指标", "群众满意度", "≥90%", List.of(), null);
        Indicator happy = new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", List.of(), null);
        List<Target> targets = List.of(
                new Target(TargetScope.DEPARTMENT, null, null, TargetPeriod.ANNUAL, "年度目标1", "保洁覆盖全区",
                        List.of(count, happyUnderBenefit)),
                new Target(TargetScope.PROJECT, "道路保洁经费", null, TargetPeriod.ANNUAL, "年度绩效目标1", "道路干净",
                        List.of(count, happy)));
        EvaluationIndicator plain = new EvaluationIndicator("产出指标", "数量指标", "调研报告", "≥8份", "8份",
                new BigDecimal("40"), 1);
        EvaluationIndicator copied = new EvaluationIndicator("产出指标", "数量指标", "调研报告", "≥8份", "≥8份",
                new BigDecimal("40"), null);
        List<Evaluation> evaluations = List.of(
                new Evaluation(TargetScope.DEPARTMENT, null, null, new BigDecimal("100"), new BigDecimal("100"),
                        BigDecimal.ONE, new BigDecimal("20"), new BigDecimal("60"), 20, List.of("调研"), List.of(plain)),
                new Evaluation(TargetScope.PROJECT, "调研经费", null, new BigDecimal("10"), new BigDecimal("10"),
                        BigDecimal.ONE, new BigDecimal("20"), new BigDecimal("70"), 30, List.of(), List.of(copied)));
        Path file = dir.resolve("defects" + layout.suffix());
        FormRenderer.write(layout, targets, evaluations, file);
        PerformanceForms read = new PerformanceFormReader().read(
                new WorkbookReader().read(file).stream().map(GridRegion::whole).toList());

        List<String> expected = findings(targets, evaluations);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        assertThat(findings(read.targets(), read.evaluations())).as("%s", layout)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> findings(List<Target> targets, List<Evaluation> evaluations) {
        Document doc = new Document("测试部门", 2024, DocumentKind.FINAL, null, List.of(), targets, evaluations,
                List.of(), List.of());
        List<String> out = new ArrayList<>();
        for (Rule rule : List.of(new GoalHasAllCoreLevels(), new IndicatorUnderOwnLevel(), new ActualValueCopiesTarget(),
                new ExecutionScoreMatchesWeight(), new EvaluationTotalIsSumOfScores())) {
            for (Finding f : rule.check(doc)) {
                FindingPlace w = f.where();
                out.add(f.rule() + " " + w.table() + " " + w.project() + " " + w.goal() + " " + w.indicator() + " "
                        + w.field() + " " + w.column());
            }
        }
        return out;
    }

    private static String key(Target t, boolean withGoalText) {
        StringBuilder b = new StringBuilder(t.scope() + "|" + t.project() + "|" + t.period() + "|"
                + t.label());
        if (withGoalText) {
            b.append("|").append(squeeze(t.goal()));
        }
        for (Indicator i : t.indicators()) {
            b.append("\n  ").append(squeeze(i.level3())).append(" = ").append(squeeze(i.value()));
        }
        return b.toString();
    }

    private static String key(Evaluation e) {
        StringBuilder b = new StringBuilder(e.scope() + "|" + e.project() + "|" + num(e.budget()) + "|"
                + num(e.executed()) + "|" + num(e.executionScore()) + "|" + num(e.totalScore()) + "|"
                + e.executionWeight());
        for (EvaluationIndicator i : e.indicators()) {
            b.append("\n  ").append(i.goalIndex()).append(" ").append(squeeze(i.level3())).append(" = ")
                    .append(squeeze(i.target())).append(" / ").append(squeeze(i.actual())).append(" / ")
                    .append(num(i.score()));
        }
        return b.toString();
    }

    private static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u3000]+", "");
    }

    private static String num(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    /** Our own forms: a department and two projects, older names, a goal whose text is short. */
    static Forms fixture() {
        Indicator count = new Indicator("产出指标", "数量指标", "保洁面积", "≥30万平方米", List.of(), "往年面积");
        Indicator quality = new Indicator("产出指标", "质量指标", "保洁合格率", "≥98%", List.of(), "考核办法");
        Indicator social = new Indicator("效益指标", "社会效益指标", "市容改善", "明显改善", List.of(), null);
        Indicator happy = new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", List.of(), null);
        Indicator cost = new Indicator("成本指标", "经济成本指标", "经费控制", "≤120万元", List.of(), "预算");
        List<Target> targets = List.of(
                new Target(TargetScope.DEPARTMENT, null, null, TargetPeriod.LONG_TERM, "长期目标1", "城市干净整洁",
                        List.of(count, social, happy)),
                new Target(TargetScope.DEPARTMENT, null, null, TargetPeriod.ANNUAL, "年度目标1", "保洁覆盖全区",
                        List.of(quality, social, happy)),
                new Target(TargetScope.DEPARTMENT, null, null, TargetPeriod.ANNUAL, "年度目标2", "垃圾日产日清",
                        List.of(count, happy)),
                new Target(TargetScope.PROJECT, "道路保洁经费", null, TargetPeriod.LONG_TERM, "长期绩效目标1", "道路干净",
                        List.of(cost, count, social, happy)),
                new Target(TargetScope.PROJECT, "道路保洁经费", null, TargetPeriod.ANNUAL, "年度绩效目标1", "道路无积尘",
                        List.of(count, quality, happy)),
                new Target(TargetScope.PROJECT, "垃圾清运经费", null, TargetPeriod.ANNUAL, "年度绩效目标1", "清运及时",
                        List.of(quality, social, happy)));
        EvaluationIndicator e1 = new EvaluationIndicator("产出指标", "数量指标", "清运次数", "≥365次", "365次",
                new BigDecimal("20"), 1);
        EvaluationIndicator e2 = new EvaluationIndicator("效益指标", "社会效益指标", "市容改善", "改善", "改善",
                new BigDecimal("30"), 1);
        EvaluationIndicator e3 = new EvaluationIndicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%",
                new BigDecimal("10"), 2);
        List<Evaluation> evaluations = List.of(
                new Evaluation(TargetScope.DEPARTMENT, null, null, new BigDecimal("800"), new BigDecimal("760"),
                        new BigDecimal("0.95"), new BigDecimal("19"), new BigDecimal("79"), 20,
                        List.of("保洁覆盖全区", "群众满意"), List.of(e1, e2, e3)),
                new Evaluation(TargetScope.PROJECT, "道路保洁经费", null, new BigDecimal("120"), new BigDecimal("120"),
                        BigDecimal.ONE, new BigDecimal("30"), new BigDecimal("90"), 30, List.of(),
                        List.of(noGoal(e1), noGoal(e2), noGoal(e3))),
                new Evaluation(TargetScope.PROJECT, "垃圾清运经费", null, new BigDecimal("60"), new BigDecimal("54"),
                        new BigDecimal("0.9"), new BigDecimal("18"), new BigDecimal("68"), 20, List.of(),
                        List.of(noGoal(e1), noGoal(e2))));
        return new Forms("fixture", targets, evaluations);
    }

    private static EvaluationIndicator noGoal(EvaluationIndicator i) {
        return new EvaluationIndicator(i.level1(), i.level2(), i.level3(), i.target(), i.actual(), i.score(), null);
    }

    static Forms fromTruth(String id, Path file) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(file.toFile()).path("extract").path("documents").get(0);
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : doc.path("targets")) {
            List<Indicator> inds = new ArrayList<>();
            for (JsonNode i : t.path("indicators")) {
                inds.add(new Indicator(text(i, "level1"), text(i, "level2"), text(i, "level3"), text(i, "value"),
                        List.of(), text(i, "basis")));
            }
            targets.add(new Target(TargetScope.fromId(t.path("scope").asText()), text(t, "project"), null,
                    TargetPeriod.fromId(t.path("period").asText()), text(t, "label"), text(t, "goal"), inds));
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (JsonNode e : doc.path("evaluations")) {
            List<EvaluationIndicator> inds = new ArrayList<>();
            for (JsonNode i : e.path("indicators")) {
                inds.add(new EvaluationIndicator(text(i, "level1"), text(i, "level2"), text(i, "level3"),
                        text(i, "target"), text(i, "actual"), number(i, "score"),
                        i.hasNonNull("goal_index") ? i.path("goal_index").asInt() : null));
            }
            List<String> goals = new ArrayList<>();
            e.path("goals").forEach(g -> goals.add(g.asText()));
            evaluations.add(new Evaluation(TargetScope.fromId(e.path("scope").asText()), text(e, "project"), null,
                    number(e, "budget"), number(e, "executed"), number(e, "rate"), number(e, "execution_score"),
                    number(e, "total_score"), e.hasNonNull("execution_weight") ? e.path("execution_weight").asInt()
                    : null, goals, inds));
        }
        return new Forms(id, targets, evaluations);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.path(field).asText() : null;
    }

    private static BigDecimal number(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.path(field).decimalValue() : null;
    }
}
