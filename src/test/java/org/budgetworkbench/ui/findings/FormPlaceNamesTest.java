package org.budgetworkbench.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.ui.Language;
import org.junit.jupiter.api.Test;

/**
 * A finding on a performance form names the form in the 位置 column in words (项目绩效自评表, Project
 * self-evaluation), never by its id (evaluation.project), in both languages and for every form.
 */
class FormPlaceNamesTest {
    @Test
    void everyFormIsNamedInWordsInBothLanguages() {
        for (Language l : Language.values()) {
            ResourceBundle b = l.bundle();
            for (PerformanceForm form : PerformanceForm.values()) {
                String place = FindingTexts.place(b, new FindingPlace(form.id(), null, "score", null, null, null,
                        null), null);
                assertThat(place).as(l + " " + form).doesNotContain(form.id()).isNotBlank();
                if (l == Language.CHINESE) {
                    assertThat(place).as(form.id()).startsWith(form.chinese());
                }
            }
        }
    }
}
