package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.withText;

import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.junit.jupiter.api.Test;

/** 增加/减少/持平 against last year's and this year's figures stated in the same sentence, in two phrasings. */
class ChangeDirectionMatchesFiguresTest {
    private static final ChangeDirectionMatchesFigures RULE = new ChangeDirectionMatchesFigures();

    private static List<Finding> run(String... paragraphs) {
        return RULE.check(withText(budget(), "一、收支预算总体情况", paragraphs));
    }

    @Test
    void aFallStatedWhereTheFigureRoseIsAWarning() {
        // last year's figure first, this year's after it (Docs' documents are of 2024)
        assertThat(run("2023年执行数800.00万元，2024年安排1,000.00万元，比上年减少25.00%，主要原因是人员增加。"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.kind()).isEqualTo(FindingKind.TEXT_ARITHMETIC);
                    assertThat(f.found()).isEqualTo("减少");
                    assertThat(f.expected()).isEqualTo("增加");
                });
        // this year's first, last year's inside the comparison
        assertThat(run("2024年收入预算1000.00万元，比上年预算数800.00万元下降200.00万元。")).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("增加"));
        assertThat(run("2024年收入预算1000.00万元，比上年预算数800.00万元增长200.00万元。")).isEmpty();
        assertThat(run("2023年执行数800.00万元，2024年安排1,000.00万元，比上年增长25.00%。")).isEmpty();
    }

    @Test
    void levelIsForEqualFiguresOnly() {
        assertThat(run("“三公”经费预算36.00万元，上年预算30.00万元，与上年持平。")).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("增加"));
        assertThat(run("“三公”经费预算36.00万元，上年预算36.00万元，与上年持平。")).isEmpty();
        assertThat(run("“三公”经费预算36.00万，上年预算36.00万，较上年持平。")).isEmpty();
    }

    @Test
    void aChangeWithoutLastYearsFigureOrWithCarriedOverMoneyIsNotJudged() {
        assertThat(run("2024年收入预算1000.00万元，比上年减少200.00万元。")).isEmpty();
        assertThat(run("2024年收入总计1000.00万元，其中上年结转100.00万元，比上年增加50.00万元。")).isEmpty();
        // one pair per clause: the second comparison in the sentence has pairs of its own
        assertThat(run("收入1000.00万元，比上年800.00万元增加200.00万元；支出900.00万元，比上年950.00万元增加50.00万元。"))
                .singleElement().satisfies(f -> assertThat(f.found()).isEqualTo("增加"));
    }
}
