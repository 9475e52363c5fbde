package org.budgetworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A department's 部门 and 单位 documents of one year and kind are two documents; a table keeps its columns. */
class DocumentScopeStoreTest {
    @TempDir
    Path dir;

    private static Document doc(DocumentScope scope, String total) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("total", new BigDecimal(total));
        v.put("basic", null);
        DisclosureTable t = new DisclosureTable(TableType.BUDGET_GPB_EXPENDITURE, "一般公共预算支出表",
                TableSource.UNKNOWN, List.of(new Row("total", "合计", v)), List.of("total", "basic", "project"));
        return new Document("某区商务委员会", 2025, DocumentKind.BUDGET, scope, "万元", List.of(t), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void theUnitsBudgetDoesNotReplaceTheDepartments() {
        try (Store store = Store.open(dir.resolve("store"))) {
            long dept = store.documents().save(doc(DocumentScope.DEPARTMENT, "10"), "部门.pdf");
            long unit = store.documents().save(doc(DocumentScope.UNIT, "7"), "单位.pdf");
            assertThat(store.documents().list()).extracting(StoredDocument::id).containsExactly(dept, unit);
            assertThat(store.documents().current("某区商务委员会", 2025, DocumentKind.BUDGET)).get()
                    .extracting(StoredDocument::id).isEqualTo(dept);
            assertThat(store.documents().current("某区商务委员会", 2025, DocumentKind.BUDGET, DocumentScope.UNIT)).get()
                    .extracting(StoredDocument::id, StoredDocument::scope).containsExactly(unit, DocumentScope.UNIT);
            assertThat(store.documents().load(unit)).contains(doc(DocumentScope.UNIT, "7"));
            assertThat(store.documents().load(dept)).contains(doc(DocumentScope.DEPARTMENT, "10"));

            long again = store.documents().save(doc(DocumentScope.UNIT, "8"), "单位2.pdf");
            assertThat(store.documents().versions("某区商务委员会", 2025, DocumentKind.BUDGET, DocumentScope.UNIT))
                    .extracting(StoredDocument::version).containsExactly(1, 2);
            assertThat(store.documents().versions("某区商务委员会", 2025, DocumentKind.BUDGET)).hasSize(1);
            assertThat(store.documents().list()).extracting(StoredDocument::id).containsExactly(dept, again);
            assertThatThrownBy(() -> store.documents().replace(dept, doc(DocumentScope.UNIT, "9")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("部门预算");
        }
    }

    @Test
    void theColumnsATablePrintsComeBackAndNoneAreAdded() {
        try (Store store = Store.open(dir.resolve("store"))) {
            long id = store.documents().save(doc(DocumentScope.DEPARTMENT, "10"), "部门.pdf");
            DisclosureTable t = store.documents().load(id).orElseThrow().tables().get(0);
            assertThat(t.columns()).containsExactly("total", "basic", "project");
            assertThat(t.prints("personnel")).isFalse();
        }
    }

    @Test
    void documentsStoredBeforeScopesAreDepartmentsAndTheirCellsTellTheirColumns() throws Exception {
        Path file = dir.resolve("old");
        String url = "jdbc:h2:file:" + file;
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            var st = c.createStatement();
            st.execute("INSERT INTO documents (id, department, fiscal_year, kind, unit, imported_at, version, is_current,"
                    + " status) VALUES (1, '某局', 2024, 'budget', '万元', CURRENT_TIMESTAMP, 1, TRUE, 'imported')");
            st.execute("INSERT INTO disclosure_tables (document_id, table_no, table_type, title) "
                    + "VALUES (1, 0, 'budget.gpb_expenditure', '一般公共预算支出表')");
            st.execute("INSERT INTO table_rows (document_id, table_no, row_no, row_key, name) VALUES (1, 0, 0, 'total', '合计')");
            st.execute("INSERT INTO cells (document_id, table_no, row_no, cell_no, column_id, has_value, amount) "
                    + "VALUES (1, 0, 0, 0, 'total', TRUE, 5), (1, 0, 0, 1, 'project', TRUE, NULL)");
        }
        try (Store store = Store.open(file)) {
            Document d = store.documents().load(1).orElseThrow();
            assertThat(d.scope()).isEqualTo(DocumentScope.DEPARTMENT);
            assertThat(d.tables().get(0).columns()).containsExactly("total", "project");
            assertThat(store.documents().current("某局", 2024, DocumentKind.BUDGET)).isPresent();
        }
    }
}
