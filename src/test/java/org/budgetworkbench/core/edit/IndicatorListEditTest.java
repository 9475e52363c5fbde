package org.budgetworkbench.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.junit.jupiter.api.Test;

/** Adding, removing and reordering a target's indicators are corrections to its indicator list. */
class IndicatorListEditTest {
    private final Document doc = TestDocuments.smallBudget();
    private final Target target = doc.targets().get(0);
    private final Place.Indicators place = new Place.Indicators(target.scope(), target.project(), target.label());

    @Test
    void theListRoundTripsAsTextAndKeepsSourceCells() {
        String text = DocumentEditor.valueAt(doc, place);
        assertThat(IndicatorListText.read(text, target.indicators())).isEqualTo(target.indicators());
        assertThat(Place.parse(place.id())).isEqualTo(place);
    }

    @Test
    void addRemoveReorderAreUndoable() {
        EditSession s = new EditSession(doc);
        List<Indicator> inds = new ArrayList<>(target.indicators());
        inds.add(new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", List.of("85%"), "往年调查"));
        java.util.Collections.reverse(inds);
        s.set(place, IndicatorListText.write(inds));
        List<Indicator> now = s.current().targets().get(0).indicators();
        assertThat(now).hasSize(target.indicators().size() + 1);
        assertThat(now.get(0).level3()).isEqualTo("群众满意度");
        assertThat(now.get(0).history()).containsExactly("85%");
        assertThat(now.get(now.size() - 1)).isEqualTo(target.indicators().get(0));

        s.undo();
        assertThat(s.current()).isEqualTo(doc);
        s.redo();
        assertThat(s.current().targets().get(0).indicators()).isEqualTo(now);
    }

    @Test
    void aListEditMadeAgainstAnotherStateIsRefused() {
        assertThatThrownBy(() -> DocumentEditor.apply(doc, new Edit(place, "[]", "[]")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("不符");
    }
}
