package org.budgetworkbench.core.check.phrasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.Rules;
import org.budgetworkbench.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The checks' phrasing bed on its own documents (自建改写测试床): every planted defect of {@link PlantedDefects} in
 * every phrasing of {@link Phrasings} must be found by its rule with the same figures as in the original wording, and
 * every clean twin must stay silent — except for the rules whose business a phrasing is ({@link Phrasing#flaggedBy}).
 */
class PhrasingBedTest {
    private static final Map<String, Rule> RULES = Rules.all().stream()
            .collect(Collectors.toMap(Rule::id, Function.identity()));

    @Test
    void everyPlantedDefectIsFoundInEveryPhrasingAndEveryCleanTwinStaysSilent() {
        List<String> failures = new ArrayList<>();
        int runs = 0;
        for (PlantedDefects.Planted p : PlantedDefects.all()) {
            Rule rule = RULES.get(p.rule());
            assertThat(rule).as("rule %s of %s", p.rule(), p.name()).isNotNull();
            List<String> original = FindingKey.of(rule.check(p.defect()), Set.of());
            assertThat(original).as("%s: the defect as written", p.name()).isNotEmpty();
            assertThat(rule.check(p.clean())).as("%s: the clean twin as written", p.name()).isEmpty();
            for (Phrasing phrasing : Phrasings.all()) {
                if (phrasing.flaggedBy().contains(p.rule())) {
                    continue;
                }
                runs++;
                List<String> found = FindingKey.of(rule.check(phrasing.apply(p.defect())), Set.of());
                if (!found.equals(original)) {
                    failures.add(p.name() + " in [" + phrasing.name() + "]:\n" + PhrasingDiff.show(original, found));
                }
                var clean = rule.check(phrasing.apply(p.clean()));
                if (!clean.isEmpty()) {
                    failures.add(p.name() + " clean twin in [" + phrasing.name() + "]: " + clean);
                }
            }
        }
        System.out.println(PlantedDefects.all().size() + " planted defects × " + Phrasings.all().size()
                + " phrasings: " + runs + " runs, each on the defect and its twin");
        assertThat(failures).as("phrasings that changed a rule's verdict").isEmpty();
    }

    @Test
    void everyPhrasingRewritesTheBedsDocuments() {
        Set<String> idle = new HashSet<>();
        for (Phrasing phrasing : Phrasings.all()) {
            boolean changed = false;
            for (PlantedDefects.Planted p : PlantedDefects.all()) {
                Document d = p.defect();
                changed |= !phrasing.apply(d).narrative().equals(d.narrative());
            }
            if (!changed) {
                idle.add(phrasing.name());
            }
        }
        assertThat(idle).as("phrasings that change none of the bed's documents").isEmpty();
    }
}
