package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.check.rules.EmptyTableHasNote;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes printed under a table (表注) are kept by the store (V8) and come back in order, so a document opened
 * from the store is checked as its fresh read is: an empty table excused by its own note stays excused.
 */
class TableNotesStoreTest {
    private static final String EMPTY_NOTE = "注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。";

    @TempDir
    Path dir;

    /** A budget whose 政府性基金 table is empty; {@code notes} are printed under it. The text says nothing of it. */
    private static Document doc(List<String> notes) {
        Map<String, BigDecimal> zero = new LinkedHashMap<>();
        zero.put("total", null);
        zero.put("basic", null);
        zero.put("project", null);
        DisclosureTable fund = new DisclosureTable(TableType.BUDGET_GOV_FUND, "政府性基金预算支出表", new TableSource(14, null),
                List.of(new Row("total", "合计", zero)), List.of("total", "basic", "project"), notes);
        DisclosureTable summary = new DisclosureTable(TableType.BUDGET_SUMMARY, "收支总表", new TableSource(9, null),
                List.of(new Row("income.gpb", "一般公共预算拨款收入", Map.of("amount", BigDecimal.TEN))));
        NarrativeSection text = new NarrativeSection("一、收支预算总体情况", 2, 3,
                List.of("2025年收入预算10万元。"));
        return new Document("某区商务委员会", 2025, DocumentKind.BUDGET, DocumentScope.DEPARTMENT, "万元",
                List.of(summary, fund), List.of(), List.of(), List.of(text), List.of());
    }

    @Test
    void notesComeBackFromTheStoreInOrder() {
        List<String> notes = List.of(EMPTY_NOTE, "说明：本表按功能分类列示。");
        try (Store store = Store.open(dir.resolve("store"))) {
            long id = store.documents().save(doc(notes), "预算.pdf");
            Document loaded = store.documents().load(id).orElseThrow();
            assertThat(loaded.table(TableType.BUDGET_GOV_FUND).orElseThrow().notes()).containsExactlyElementsOf(notes);
            assertThat(loaded.table(TableType.BUDGET_SUMMARY).orElseThrow().notes()).isEmpty();
            assertThat(loaded).isEqualTo(doc(notes));
        }
    }

    @Test
    void anEmptyTableExcusedByItsNoteStaysExcusedWhenOpenedFromTheStore() {
        Document fresh = doc(List.of(EMPTY_NOTE));
        assertThat(new EmptyTableHasNote().check(fresh)).isEmpty();
        try (Store store = Store.open(dir.resolve("store"))) {
            long id = store.documents().save(fresh, "预算.pdf");
            Document loaded = store.documents().load(id).orElseThrow();
            assertThat(new EmptyTableHasNote().check(loaded)).isEmpty();
        }
    }

    @Test
    void anEmptyTableWithoutItsNoteIsFoundOnTheFreshAndTheStoredDocumentAlike() {
        Document fresh = doc(List.of());
        List<Finding> found = new EmptyTableHasNote().check(fresh);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.where().table()).isEqualTo("budget.gov_fund"));
        try (Store store = Store.open(dir.resolve("store"))) {
            long id = store.documents().save(fresh, "预算.pdf");
            assertThat(new EmptyTableHasNote().check(store.documents().load(id).orElseThrow())).isEqualTo(found);
        }
    }

    @Test
    void replacingADocumentReplacesItsNotes() {
        try (Store store = Store.open(dir.resolve("store"))) {
            long id = store.documents().save(doc(List.of(EMPTY_NOTE)), "预算.pdf");
            store.documents().replace(id, doc(List.of("注：本表无数据。")));
            assertThat(store.documents().load(id).orElseThrow().table(TableType.BUDGET_GOV_FUND).orElseThrow().notes())
                    .containsExactly("注：本表无数据。");
        }
    }

    /** The 单位 收支总表's split (basic / personnel / public / project beside amount) is kept as printed, blanks too. */
    @Test
    void aUnitSummarysSplitColumnsComeBack() {
        Map<String, BigDecimal> line = new LinkedHashMap<>();
        line.put("amount", new BigDecimal("80"));
        line.put("personnel", new BigDecimal("30"));
        line.put("public", null);
        line.put("project", new BigDecimal("50"));
        DisclosureTable summary = new DisclosureTable(TableType.BUDGET_SUMMARY, "财务收支预算总表", TableSource.UNKNOWN,
                List.of(new Row("income.gpb", "一般公共预算资金", Map.of("amount", new BigDecimal("80"))),
                        new Row("expenditure.201", "一般公共服务支出", line)),
                List.of("amount", "personnel", "public", "project"));
        Document doc = new Document("某区商务委员会", 2025, DocumentKind.BUDGET, DocumentScope.UNIT, "万元",
                List.of(summary), List.of(), List.of(), List.of(), List.of());
        try (Store store = Store.open(dir.resolve("store"))) {
            Document loaded = store.documents().load(store.documents().save(doc, "单位预算.pdf")).orElseThrow();
            DisclosureTable back = loaded.table(TableType.BUDGET_SUMMARY).orElseThrow();
            assertThat(back.columns()).containsExactly("amount", "personnel", "public", "project");
            assertThat(back.row("expenditure.201").orElseThrow().values()).isEqualTo(line);
            assertThat(back.prints("basic")).isFalse();
        }
    }
}
