package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.row;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corrected workbook prints each table's notes (表注) under it, as the templates do, so that reading it back
 * gives the same notes — and an empty table stays excused by its 本表无数据 note.
 */
class TableNotesExportTest {
    @TempDir
    Path dir;

    private static DisclosureTable table(TableType type, List<String> notes, org.budgetworkbench.model.Row... rows) {
        return new DisclosureTable(type, type.standardTitle(), TableSource.UNKNOWN, List.of(rows), null, notes);
    }

    private static Document read(Document doc, Path out) throws Exception {
        new DisclosureWorkbookWriter().write(doc, out);
        return new DisclosureExtractor().extract(out).document();
    }

    @Test
    void notesUnderACodedAnEmptyAndASummaryTableReadBackTheSame() throws Exception {
        List<String> expenditureNotes = List.of("注：本表反映部门本年度一般公共预算安排的支出情况。",
                "说明：基本支出包括人员经费和公用经费。");
        List<String> emptyNote = List.of("注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。");
        Document doc = new Document("某区商务委员会", 2025, DocumentKind.BUDGET, null, List.of(
                table(TableType.BUDGET_SUMMARY, List.of("注：收支总表按功能分类列示。"),
                        row("income.gpb", "一般公共预算拨款收入", "amount", "100.00"),
                        row("income.grand_total", "收入总计", "amount", "100.00"),
                        row("expenditure.201", "一般公共服务支出", "amount", "100.00"),
                        row("expenditure.grand_total", "支出总计", "amount", "100.00")),
                table(TableType.BUDGET_GPB_EXPENDITURE, expenditureNotes,
                        row("total", "合计", "total", "100.00", "basic", "60.00", "project", "40.00"),
                        row("201", "一般公共服务支出", "total", "100.00", "basic", "60.00", "project", "40.00"),
                        row("20103", "政府办公厅（室）及相关机构事务", "total", "100.00", "basic", "60.00",
                                "project", "40.00"),
                        row("2010301", "行政运行", "total", "100.00", "basic", "60.00", "project", "40.00")),
                new DisclosureTable(TableType.BUDGET_GOV_FUND, TableType.BUDGET_GOV_FUND.standardTitle(),
                        TableSource.UNKNOWN, List.of(row("total", "合计", "total", null, "basic", null,
                        "project", null)), List.of("total", "basic", "project"), emptyNote)),
                List.of(), List.of(), List.of(), List.of());

        Document back = read(doc, dir.resolve("notes.xlsx"));
        assertThat(back.table(TableType.BUDGET_GPB_EXPENDITURE).orElseThrow().notes())
                .containsExactlyElementsOf(expenditureNotes);
        DisclosureTable fund = back.table(TableType.BUDGET_GOV_FUND).orElseThrow();
        assertThat(fund.notes()).containsExactlyElementsOf(emptyNote);
        assertThat(fund.notedAsEmpty()).isTrue();
        assertThat(back.table(TableType.BUDGET_SUMMARY).orElseThrow().notes())
                .containsExactly("注：收支总表按功能分类列示。");
        // the notes are notes, not rows: the figures read back as written
        assertThat(back.table(TableType.BUDGET_GPB_EXPENDITURE).orElseThrow().rows()).hasSize(4);
    }

    @Test
    void aTableWithoutNotesGetsNoLineUnderIt() throws Exception {
        Document doc = new Document("某区商务委员会", 2024, DocumentKind.FINAL, null, List.of(
                table(TableType.FINAL_GPB_EXPENDITURE, List.of(),
                        row("total", "合计", "total", "10.00", "basic", "10.00", "project", null),
                        row("201", "一般公共服务支出", "total", "10.00", "basic", "10.00", "project", null)),
                table(TableType.FINAL_GPB_BASIC, List.of("说明：本表人员经费含离退休费。"),
                        row("301", "工资福利支出", "amount", "8.00"),
                        row("30101", "基本工资", "amount", "8.00"),
                        row("302", "商品和服务支出", "amount", "2.00"),
                        row("30201", "办公费", "amount", "2.00"),
                        row("personnel_total", "人员经费合计", "amount", "8.00"),
                        row("public_total", "公用经费合计", "amount", "2.00"))),
                List.of(), List.of(), List.of(), List.of());
        Document back = read(doc, dir.resolve("final.xlsx"));
        assertThat(back.table(TableType.FINAL_GPB_EXPENDITURE).orElseThrow().notes()).isEmpty();
        assertThat(back.table(TableType.FINAL_GPB_BASIC).orElseThrow().notes())
                .containsExactly("说明：本表人员经费含离退休费。");
    }
}
