package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the performance forms of every dev-corpus workbook (one sheet per table, the stacked sheet, .xls) and
 * compares the indicators with the truth: (三级, 指标值) of targets and (三级, 年初目标值, 实际完成值) of evaluations.
 * Every sheet is handed to the reader whole, standard tables included, so it must pass over what is no form.
 */
class PerformanceFormCorpusTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path TRUTH = Path.of("src/test/resources/corpus");

    static Stream<Arguments> workbooks() {
        List<Arguments> out = new ArrayList<>();
        for (String id : List.of("000_2efbff76b0545c5f", "002_7253a26da12f1913")) {
            for (String variant : List.of(".xlsx", "-stacked.xlsx", ".xls")) {
                out.add(Arguments.of(id, id + variant));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("workbooks")
    void indicatorsMatchTheTruth(String id, String file) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(TRUTH.resolve(id + ".truth.json").toFile())
                .path("extract").path("documents").get(0);
        List<GridRegion> regions = SheetGridFixture.read(SAMPLES.resolve(file)).stream()
                .map(GridRegion::whole).toList();
        PerformanceForms forms = new PerformanceFormReader().read(regions);

        List<String> expected = new ArrayList<>();
        for (JsonNode t : doc.path("targets")) {
            for (JsonNode i : t.path("indicators")) {
                expected.add("T|" + i.path("level3").asText() + "|" + i.path("value").asText());
            }
        }
        for (JsonNode e : doc.path("evaluations")) {
            for (JsonNode i : e.path("indicators")) {
                expected.add("E|" + i.path("level3").asText() + "|" + i.path("target").asText() + "|"
                        + i.path("actual").asText());
            }
        }
        List<String> found = new ArrayList<>();
        for (Target t : forms.targets()) {
            for (Indicator i : t.indicators()) {
                found.add("T|" + i.level3() + "|" + i.value());
            }
        }
        for (Evaluation e : forms.evaluations()) {
            for (EvaluationIndicator i : e.indicators()) {
                found.add("E|" + i.level3() + "|" + i.target() + "|" + i.actual());
            }
        }
        List<String> unmatched = new ArrayList<>(found);
        int matched = 0;
        List<String> missing = new ArrayList<>();
        for (String x : expected) {
            if (unmatched.remove(x)) {
                matched++;
            } else {
                missing.add(x);
            }
        }
        double share = expected.isEmpty() ? 1.0 : (double) matched / expected.size();
        System.out.printf("[performance-forms] %s: %d/%d indicators matched (%.1f%%), %d extra%n", file, matched,
                expected.size(), share * 100, unmatched.size());
        missing.forEach(m -> System.out.println("  missing " + m));
        unmatched.forEach(m -> System.out.println("  extra   " + m));
        assertThat(share).as("share of truth indicators read from %s", file).isGreaterThanOrEqualTo(0.95);
        assertThat(unmatched.size()).as("indicators read that the truth does not have").isLessThanOrEqualTo(
                Math.max(1, expected.size() / 20));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("workbooks")
    void formsMatchTheTruth(String id, String file) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(TRUTH.resolve(id + ".truth.json").toFile())
                .path("extract").path("documents").get(0);
        List<Grid> grids = SheetGridFixture.read(SAMPLES.resolve(file));
        PerformanceForms forms = new PerformanceFormReader().read(grids.stream().map(GridRegion::whole).toList());

        assertThat(forms.targets()).hasSize(doc.path("targets").size());
        for (int k = 0; k < forms.targets().size(); k++) {
            Target t = forms.targets().get(k);
            JsonNode e = doc.path("targets").get(k);
            assertThat(t.scope().id()).isEqualTo(e.path("scope").asText());
            assertThat(t.period().id()).isEqualTo(e.path("period").asText());
            assertThat(t.label()).isEqualTo(e.path("label").asText());
            assertThat(t.project()).isEqualTo(e.path("project").isNull() ? null : e.path("project").asText());
            assertThat(t.projectCode()).isEqualTo(e.path("project_code").isMissingNode() ? null
                    : e.path("project_code").asText());
            assertThat(t.goal()).isEqualTo(e.path("goal").asText());
            for (int n = 0; n < t.indicators().size() && n < e.path("indicators").size(); n++) {
                Indicator i = t.indicators().get(n);
                JsonNode ei = e.path("indicators").get(n);
                assertThat(i.level1()).as("%s #%d level1", t.label(), n).isEqualTo(ei.path("level1").asText());
                assertThat(i.level2()).as("%s #%d level2", t.label(), n).isEqualTo(ei.path("level2").asText());
                assertThat(i.basis()).as("%s #%d basis", t.label(), n)
                        .isEqualTo(ei.path("basis").isMissingNode() ? null : ei.path("basis").asText());
                List<String> history = new ArrayList<>();
                ei.path("history").forEach(h -> history.add(h.asText()));
                assertThat(i.history()).as("%s #%d history", t.label(), n).isEqualTo(history);
            }
        }
        assertThat(forms.evaluations()).hasSize(doc.path("evaluations").size());
        for (int k = 0; k < forms.evaluations().size(); k++) {
            Evaluation ev = forms.evaluations().get(k);
            JsonNode e = doc.path("evaluations").get(k);
            assertThat(ev.scope().id()).isEqualTo(e.path("scope").asText());
            assertThat(ev.project()).isEqualTo(e.path("project").isNull() ? null : e.path("project").asText());
            assertThat(ev.unit()).isEqualTo(e.path("unit").isMissingNode() ? null : e.path("unit").asText());
            assertNumber(ev.budget(), e.path("budget"));
            assertNumber(ev.executed(), e.path("executed"));
            assertNumber(ev.rate(), e.path("rate"));
            assertNumber(ev.executionScore(), e.path("execution_score"));
            assertNumber(ev.totalScore(), e.path("total_score"));
            assertThat(ev.executionWeight()).isEqualTo(e.path("execution_weight").asInt());
            List<String> goals = new ArrayList<>();
            e.path("goals").forEach(x -> goals.add(x.asText()));
            assertThat(ev.goals()).isEqualTo(goals);
            for (int n = 0; n < ev.indicators().size() && n < e.path("indicators").size(); n++) {
                EvaluationIndicator i = ev.indicators().get(n);
                JsonNode ei = e.path("indicators").get(n);
                assertThat(i.level1()).as("#%d level1", n).isEqualTo(ei.path("level1").asText());
                assertThat(i.level2()).as("#%d level2", n)
                        .isEqualTo(ei.path("level2").isNull() ? null : ei.path("level2").asText());
                assertNumber(i.score(), ei.path("score"));
                assertThat(i.goalIndex()).as("#%d goal_index", n)
                        .isEqualTo(ei.path("goal_index").isMissingNode() ? null : ei.path("goal_index").asInt());
            }
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("workbooks")
    void formFieldsAndUnusedRegions(String id, String file) throws IOException {
        List<GridRegion> regions = SheetGridFixture.read(SAMPLES.resolve(file)).stream()
                .map(GridRegion::whole).toList();
        PerformanceForms forms = new PerformanceFormReader().read(regions);
        boolean stacked = file.contains("stacked");
        if (id.startsWith("000")) {
            assertThat(forms.fields()).extracting(FormField::table, FormField::project, FormField::label,
                    FormField::value).contains(
                    tuple("performance.project", "政府综合协调经费", "项目总预算", "501.6"),
                    tuple("performance.project", "政府综合协调经费", "其中：申请当年预算拨款", null),
                    tuple("performance.department", null, "特定目标类项目支出", "501.6"));
            assertThat(forms.fields()).anyMatch(f -> f.label().equals("长期目标(截止 年)"))
                    .anyMatch(f -> f.label().equals("项目前两年预算及当年预算变动情况")
                            && f.value().contains("预算调整为501.6元"));
            // the ten standard tables are no form; every form sheet is used
            assertThat(forms.unused()).hasSize(stacked ? 0 : 10);
        } else {
            assertThat(forms.fields()).extracting(FormField::table, FormField::label, FormField::value).contains(
                    tuple("evaluation.department", "基本支出总额", "1315.89"),
                    tuple("evaluation.department", "项目支出总额", "232.23"));
            // nine standard tables and the 重要事项 list
            assertThat(forms.unused()).hasSize(stacked ? 0 : 10);
        }
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static void assertNumber(BigDecimal actual, JsonNode expected) {
        if (expected.isNull() || expected.isMissingNode()) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isNotNull();
            assertThat(actual.compareTo(expected.decimalValue())).as("%s vs %s", actual, expected).isZero();
        }
    }
}
