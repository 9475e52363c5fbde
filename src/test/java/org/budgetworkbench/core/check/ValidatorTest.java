package org.budgetworkbench.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.budget;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;

import java.util.HashSet;
import java.util.List;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    @Test
    void rulesHaveDistinctIds() {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void findingsComeErrorsFirstThenByPlace() {
        List<Finding> f = new Validator().validate(budget(table(TableType.BUDGET_EXPENDITURE,
                row("total", "合计", "total", "20.01"), row("221", "住房保障支出", "total", "20"),
                row("22102", "住房改革支出", "total", "15"))));
        assertThat(f).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(f).anySatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aRuleThatFailsOnADocumentIsReportedAndTheOtherRulesStillRun() {
        Rule broken = new Rule() {
            @Override
            public String id() {
                return "broken.rule";
            }

            @Override
            public List<Finding> check(org.budgetworkbench.model.Document doc) {
                throw new IllegalStateException("unexpected template");
            }
        };
        List<Rule> rules = new java.util.ArrayList<>(List.of(broken));
        rules.addAll(Rules.all());
        List<Finding> f = new Validator(rules).validate(budget(table(TableType.BUDGET_EXPENDITURE,
                row("total", "合计", "total", "20.01"), row("221", "住房保障支出", "total", "20"))));
        assertThat(f).anySatisfy(x -> {
            assertThat(x.rule()).isEqualTo("broken.rule");
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            // the analyst reads that the rule could not check the document; the exception goes to the log
            assertThat(x.message()).contains("未能检查").doesNotContain("unexpected template")
                    .doesNotContain("IllegalStateException");
        });
        assertThat(f).anySatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    }
}
