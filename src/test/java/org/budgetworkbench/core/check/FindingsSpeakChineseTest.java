package org.budgetworkbench.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withEvaluations;
import static org.budgetworkbench.core.check.Docs.withTargets;
import static org.budgetworkbench.core.check.Docs.withText;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Findings speak Chinese (发现说明用中文): the window's English mode keeps finding texts Chinese under "Message (in
 * Chinese)", so a finding's message, found and expected value must never carry English of the program's own —
 * "成本指标 as a 一级 level" read as a half-translated sentence. What a finding quotes from the document (between
 * “ ” or 《 》) is the document's own words, and codes and units (PDF, Excel, %) are not English prose: left out.
 */
class FindingsSpeakChineseTest {
    /** An ASCII word of three letters or more. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    /** The document's own words a finding quotes. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|《[^》]*》|\"[^\"]*\"|‘[^’]*’|「[^」]*」");
    /** Names of file kinds and units that are written in Latin letters in Chinese too. */
    private static final Set<String> ALLOWED = Set.of("PDF", "Excel", "WPS", "xlsx", "xls", "pdf", "PPP", "GDP");

    @Test
    void theSampleDisclosuresFindingsAreInChinese() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            files = s.filter(p -> p.toString().matches(".*\\.(xlsx|xls|pdf)")).sorted().toList();
        }
        Assumptions.assumeTrue(!files.isEmpty(), "samples/ holds no disclosure");
        List<String> english = new ArrayList<>();
        Validator validator = new Validator();
        for (Path f : files) {
            Document d = new DisclosureExtractor().extract(f).document();
            english.addAll(english(f.getFileName().toString(), validator.validate(d)));
        }
        assertThat(english).isEmpty();
    }

    @Test
    void theRealDisclosuresFindingsAreInChinese() throws IOException, Exception {
        Path real = Path.of("../shared/corpus/real");
        Assumptions.assumeTrue(Files.isDirectory(real), "the shared corpus is not here");
        List<Path> files;
        try (Stream<Path> s = Files.list(real)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(3).toList();
        }
        List<String> english = new ArrayList<>();
        for (Path f : files) {
            english.addAll(english(f.getFileName().toString(),
                    new Validator().validate(new DisclosureExtractor().extract(f).document())));
        }
        assertThat(english).isEmpty();
    }

    @Test
    void ownDocumentsWithFaultsOfEveryKindGetChineseFindings() {
        Indicator costUnderOutput = new Indicator("产出指标", "成本指标", "政府采购", "≤10万元", List.of(), null);
        Indicator costAsLevel1 = new Indicator("成本指标", "经济成本指标", "经费使用限额", "≤10万元", List.of(), null);
        Indicator satisfactionUnderBenefit = new Indicator("效益指标", "满意度指标", "群众满意度", "90%", List.of(),
                null);
        Indicator level2AsLevel1 = new Indicator("数量指标", null, "培训次数", "2000%", List.of(), null);
        Indicator blankLevel1 = new Indicator("", "", "办公效率", "", List.of(), null);
        Document targets = withTargets(budget(
                table(TableType.BUDGET_EXPENDITURE, row("total", "合计", "total", "100.00", "basic", "60.00",
                        "project", "30.00"), row("201", "一般公共服务支出", "total", "90.00"))),
                new Target(TargetScope.DEPARTMENT, null, null, TargetPeriod.ANNUAL, "年度目标1", "目标",
                        List.of(costUnderOutput, costAsLevel1, satisfactionUnderBenefit, level2AsLevel1, blankLevel1)));
        Document text = withText(targets, "一、收支总体情况", "2024年收入总计120万元，比上年增加20万元，增长 25%。",
                "支出总计 100 万，比2022年持平。主要原因是。");
        Document evaluations = withEvaluations(fin(), new Evaluation(TargetScope.DEPARTMENT, null, null, null, null,
                null, null, null, null, List.of(), List.of(new EvaluationIndicator("满意度", null, "服务对象满意度",
                "≥90%", "≥90%", BigDecimal.TEN, 1))));
        List<String> english = new ArrayList<>();
        for (Document d : List.of(targets, text, evaluations, budget(), fin())) {
            List<Finding> found = new Validator().validate(d);
            assertThat(found).isNotEmpty();
            english.addAll(english("fixture", found));
        }
        for (var twin : org.budgetworkbench.core.check.rules.CountsFixtures.all()) {
            english.addAll(english(twin.rule(), new Validator().validate(twin.planted())));
        }
        assertThat(english).isEmpty();
    }

    @Test
    void theTestSeesEnglishWhereThereIsSome() {
        Finding leaky = new Finding("x", org.budgetworkbench.model.FindingKind.INDICATOR_LEVEL,
                org.budgetworkbench.model.Severity.WARNING, org.budgetworkbench.model.FindingPlace.text("一", null),
                "成本指标", "成本指标 as a 一级 level", "“Cost indicator”应为一级指标（PDF 第3页）");
        assertThat(english("fixture", List.of(leaky))).singleElement().asString().contains("level");
        Finding printedList = new Finding("x", org.budgetworkbench.model.FindingKind.TEXT_TABLE_MISMATCH,
                org.budgetworkbench.model.Severity.WARNING, org.budgetworkbench.model.FindingPlace.text("一", null),
                "30215 会议费", List.of().toString(), "说明所列科目在表中没有金额");
        assertThat(english("fixture", List.of(printedList))).singleElement().asString().endsWith("[]");
    }

    /** "file: rule: text" for each finding text with an English word of the program's own. */
    private static List<String> english(String file, List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            for (Object v : List.of(f.message() == null ? "" : f.message(), text(f.found()), text(f.expected()))) {
                String shown = String.valueOf(v);
                // a Java collection or null printed as text ("应为 []") is the program's, not a figure
                if (shown.strip().matches("\\[.*]|\\{.*}|null")) {
                    out.add(file + ": " + f.rule() + ": " + shown);
                    continue;
                }
                Matcher m = WORD.matcher(QUOTED.matcher(shown).replaceAll(""));
                while (m.find()) {
                    // XXX, ×××: the blank template's placeholders, quoted from the document
                    if (!ALLOWED.contains(m.group()) && !m.group().matches("(?i)(x)\\1*")) {
                        out.add(file + ": " + f.rule() + ": " + shown);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static String text(Object v) {
        if (v instanceof Collection<?> c) {
            return String.join("、", c.stream().map(String::valueOf).toList());
        }
        return v == null || v instanceof BigDecimal ? "" : v.toString();
    }
}
