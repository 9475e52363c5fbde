package org.budgetworkbench.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.DocumentStatus;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.CorpusDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correcting a figure: edit → undo → redo, balance marks, the history, and the store kept in step. */
class DocumentEditingTest {
    private static final TableType EXP = TableType.BUDGET_EXPENDITURE;
    @TempDir
    Path dir;
    Store store;
    long id;
    Document doc;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        doc = CorpusDocuments.load(CorpusDocuments.BUDGET);
        id = store.documents().save(doc, "budget.xlsx");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void editUndoRedoKeepTheTableTheMarksAndTheStoreInStep() {
        DocumentEditing editing = new DocumentEditing(store, id, doc);
        TableEditing table = new TableEditing(editing, EXP);
        assertThat(table.imbalances()).isEmpty();
        assertThat(editing.canUndoProperty().get()).isFalse();

        assertThat(table.commit("2010301", "total", "1,050.55")).isNull();
        assertThat(table.value("2010301", "total")).isEqualByComparingTo("1050.55");
        // the 项 now outweighs its 款, 类 and the 合计, and its own basic + project
        assertThat(table.expected("20103", "total")).isEqualByComparingTo("1732.24");
        assertThat(table.expected("201", "total")).isEqualByComparingTo("1732.24");
        assertThat(table.expected("total", "total")).isEqualByComparingTo("2265.84");
        assertThat(table.expected("2010301", "total")).isEqualByComparingTo("1040.55");
        assertThat(table.expected("2010302", "total")).isNull();
        assertThat(editing.canUndoProperty().get()).isTrue();
        assertThat(store.documents().get(id).orElseThrow().status()).isEqualTo(DocumentStatus.EDITED);
        assertThat(amount(store.documents().load(id).orElseThrow())).isEqualByComparingTo("1050.55");

        editing.undo();
        assertThat(table.value("2010301", "total")).isEqualByComparingTo("1040.55");
        assertThat(table.imbalances()).isEmpty();
        assertThat(editing.canUndoProperty().get()).isFalse();
        assertThat(editing.canRedoProperty().get()).isTrue();
        assertThat(store.documents().load(id)).contains(doc);
        // undone back to the document as opened: no longer 已修改
        assertThat(store.documents().get(id).orElseThrow().status()).isNotEqualTo(DocumentStatus.EDITED);

        editing.redo();
        assertThat(table.value("2010301", "total")).isEqualByComparingTo("1050.55");
        assertThat(amount(store.documents().load(id).orElseThrow())).isEqualByComparingTo("1050.55");

        HistoryViewModel history = new HistoryViewModel(store.edits(), id, "t", editing, ZoneId.of("Asia/Shanghai"));
        assertThat(history.lines()).extracting(HistoryViewModel.Line::place).containsOnly("支出总表 2010301 合计");
        assertThat(history.lines()).extracting(l -> l.oldValue() + " → " + l.newValue())
                .containsExactly("1040.55 → 1050.55", "1050.55 → 1040.55", "1040.55 → 1050.55");
        editing.undo();
        assertThat(history.lines()).hasSize(4); // follows the session as it goes
        assertThat(history.lines().get(0).when()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void aFigureThatIsNoNumberIsRefusedAndChangesNothing() {
        DocumentEditing editing = new DocumentEditing(store, id, doc);
        TableEditing table = new TableEditing(editing, EXP);
        assertThat(table.commit("2010301", "total", "12O.5")).contains("不是金额");
        assertThat(editing.canUndoProperty().get()).isFalse();
        assertThat(store.edits().list(id)).isEmpty();
        assertThat(table.commit("2010301", "total", "1040.550")).isNull(); // the same figure: no correction
        assertThat(store.edits().list(id)).isEmpty();
    }

    @Test
    void theCorrectionIsStillThereAfterReopeningTheStore() {
        new TableEditing(new DocumentEditing(store, id, doc), EXP).commit("2010301", "total", "999");
        store.close();
        store = Store.open(dir.resolve("store"));
        assertThat(amount(store.documents().load(id).orElseThrow())).isEqualByComparingTo("999");
        assertThat(store.edits().list(id)).hasSize(1);
    }

    @Test
    void undoAndRedoFollowTheDocumentLookedAt() {
        Editing editing = new Editing(store);
        DocumentEditing e = editing.of(id, k -> doc);
        assertThat(editing.of(id, k -> null)).isSameAs(e);
        editing.activeProperty().set(e);
        assertThat(editing.canUndoProperty().get()).isFalse();
        e.set(new org.budgetworkbench.core.edit.Place.Cell(EXP, "2010302", "total"), "210");
        assertThat(editing.canUndoProperty().get()).isTrue();
        editing.undo();
        assertThat(editing.canUndoProperty().get()).isFalse();
        assertThat(editing.canRedoProperty().get()).isTrue();
        assertThat(editing.current(id)).contains(doc);
        editing.activeProperty().set(null);
        assertThat(editing.canRedoProperty().get()).isFalse();
    }

    @Test
    void aChangeInTheHistoryIsRevertedAsANewCorrectionUnlessThePlaceChangedSince() {
        DocumentEditing editing = new DocumentEditing(store, id, doc);
        TableEditing table = new TableEditing(editing, EXP);
        assertThat(table.commit("2010301", "total", "1,050.55")).isNull();
        assertThat(table.commit("2010302", "total", "210.00")).isNull();
        HistoryViewModel history = new HistoryViewModel(store.edits(), id, "t", editing, ZoneId.of("Asia/Shanghai"));
        HistoryViewModel.Line first = history.lines().get(1); // newest first
        assertThat(first.place()).contains("2010301");
        assertThat(history.revert(first)).startsWith("已修改");
        assertThat(table.value("2010301", "total")).isEqualByComparingTo("1040.55");
        assertThat(table.value("2010302", "total")).isEqualByComparingTo("210.00");
        assertThat(history.lines()).hasSize(3);
        // that change is reverted already: its place no longer holds what it wrote
        assertThat(history.revert(first)).startsWith("无法撤回").contains("之后又被修改过");
        assertThat(history.lines()).hasSize(3);
        editing.undo();
        assertThat(table.value("2010301", "total")).isEqualByComparingTo("1050.55");
    }

    private static BigDecimal amount(Document d) {
        return d.table(EXP).orElseThrow().row("2010301").orElseThrow().amount("total");
    }
}
