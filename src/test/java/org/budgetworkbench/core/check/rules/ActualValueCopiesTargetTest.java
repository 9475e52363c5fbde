package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.withEvaluations;

import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TargetScope;
import org.junit.jupiter.api.Test;

/** A 实际完成值 that copies the target while another self-evaluation reports the achieved figure. */
class ActualValueCopiesTargetTest {
    private static Evaluation department(String actual) {
        return new Evaluation(TargetScope.DEPARTMENT, null, null, null, null, null, null, null, null, List.of(),
                List.of(new EvaluationIndicator("产出指标", "数量指标", "形成调研报告", "≥8份", actual, null, 1),
                        new EvaluationIndicator("产出指标", "质量指标", "实际金额占预算金额比率", "≤100%", "≤100%", null, 1)));
    }

    private static Evaluation project(String actual) {
        return new Evaluation(TargetScope.PROJECT, "调研经费", null, null, null, null, null, null, null, List.of(),
                List.of(new EvaluationIndicator("产出指标", "数量指标", "形成调研报告", "≥8份", actual, null, null),
                        new EvaluationIndicator("产出指标", "质量指标", "实际金额占预算金额比率", "≤100%", "≤100%", null, null)));
    }

    @Test
    void aCopiedTargetIsNotedWhenTheSameIndicatorIsReportedAchievedElsewhere() {
        Document d = withEvaluations(fin(), department("8份"), project("≥8份"));
        assertThat(new ActualValueCopiesTarget().check(d)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.INDICATOR_VALUE);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.where().table()).isEqualTo("evaluation.project");
            assertThat(f.where().project()).isEqualTo("调研经费");
            assertThat(f.where().indicator()).isEqualTo("形成调研报告");
            assertThat(f.where().column()).isEqualTo("actual");
            assertThat(f.found()).isEqualTo("≥8份");
            assertThat(f.expected()).isEqualTo("8份");
        });
    }

    @Test
    void achievedFiguresOrAConsistentTemplateCustomAreSilent() {
        assertThat(new ActualValueCopiesTarget().check(withEvaluations(fin(), department("8份"), project("9份"))))
                .isEmpty();
        assertThat(new ActualValueCopiesTarget().check(withEvaluations(fin(), department("≥8份"), project("≥8份"))))
                .isEmpty();
    }
}
