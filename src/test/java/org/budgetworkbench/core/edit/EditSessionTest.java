package org.budgetworkbench.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.TargetScope;
import org.junit.jupiter.api.Test;

class EditSessionTest {
    private final Document doc = TestDocuments.smallBudget();
    private final Place.Cell a = new Place.Cell(TableType.BUDGET_EXPENDITURE, "2010301", "total");
    private final Place.Cell b = new Place.Cell(TableType.BUDGET_EXPENDITURE, "2010302", "total");
    private final Place.IndicatorField c = new Place.IndicatorField(TargetScope.PROJECT, "政府综合协调经费",
            "年度绩效目标1", 1, Place.Field.VALUE);

    private static BigDecimal cell(Document d, String row) {
        return d.table(TableType.BUDGET_EXPENDITURE).orElseThrow().row(row).orElseThrow().amount("total");
    }

    @Test
    void applyUndoRedoAcrossEditsOfDifferentKinds() {
        EditSession s = new EditSession(doc);
        assertThat(s.canUndo()).isFalse();
        s.set(a, "151");
        s.set(b, "49");
        s.set(c, "≥95%");
        assertThat(s.edits()).extracting(Edit::place).containsExactly(a, b, c);

        s.undo();
        assertThat(s.current().targets().get(0).indicators().get(1).value()).isEqualTo("≥90%");
        assertThat(cell(s.current(), "2010302")).isEqualByComparingTo("49");
        s.undo();
        assertThat(cell(s.current(), "2010302")).isEqualByComparingTo("50");
        assertThat(cell(s.current(), "2010301")).isEqualByComparingTo("151");
        assertThat(s.edits()).extracting(Edit::place).containsExactly(a);
        assertThat(s.redoable()).extracting(Edit::place).containsExactly(b, c);

        s.redo();
        assertThat(cell(s.current(), "2010302")).isEqualByComparingTo("49");
        s.redo();
        assertThat(s.current().targets().get(0).indicators().get(1).value()).isEqualTo("≥95%");
        assertThat(s.canRedo()).isFalse();

        s.undo();
        s.undo();
        s.undo();
        assertThat(s.current()).isEqualTo(doc);
        assertThat(s.canUndo()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoTail() {
        EditSession s = new EditSession(doc);
        s.set(a, "151");
        s.set(b, "49");
        s.undo();
        assertThat(s.canRedo()).isTrue();
        s.set(c, "≥95%");
        assertThat(s.canRedo()).isFalse();
        assertThat(s.edits()).extracting(Edit::place).containsExactly(a, c);
        assertThat(cell(s.current(), "2010302")).isEqualByComparingTo("50");
        assertThatThrownBy(s::redo).isInstanceOf(IllegalStateException.class).hasMessageContaining("没有可以重做");
    }

    @Test
    void aRefusedEditChangesNothing() {
        EditSession s = new EditSession(doc);
        s.set(a, "151");
        List<EditSession.Change> heard = new ArrayList<>();
        s.addListener(heard::add);
        assertThatThrownBy(() -> s.set(b, "四十九")).isInstanceOf(EditRejectedException.class);
        assertThat(s.edits()).hasSize(1);
        assertThat(cell(s.current(), "2010302")).isEqualByComparingTo("50");
        assertThat(heard).isEmpty();
        assertThatThrownBy(() -> new EditSession(doc).undo()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listenersHearEveryChangeWithWhatToRecord() {
        EditSession s = new EditSession(doc);
        List<EditSession.Change> heard = new ArrayList<>();
        s.addListener(heard::add);
        s.set(a, "151");
        s.undo();
        s.redo();
        assertThat(heard).extracting(EditSession.Change::kind)
                .containsExactly(EditSession.Kind.APPLIED, EditSession.Kind.UNDONE, EditSession.Kind.REDONE);
        assertThat(heard.get(0).recorded()).isEqualTo(new Edit(a, "150.00", "151"));
        assertThat(heard.get(1).recorded()).isEqualTo(new Edit(a, "151", "150.00"));
        assertThat(heard.get(1).document()).isEqualTo(doc);
        assertThat(heard.get(2).document()).isEqualTo(s.current());
    }
}
