package org.budgetworkbench.variation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * 版式渲染: a document's tables → a workbook in one layout, in memory, with the document the reader should
 * give back (the same tables and figures; only what the layout leaves out — empty lines of a compact template,
 * the rows of an empty table printed as 本表无数据 — is left out of it too).
 */
final class WorkbookRenderer {

    /** The workbook's bytes and the document it holds. */
    record Rendered(String fileName, byte[] bytes, Document expected) {
    }

    Rendered render(Document doc, Layout layout) throws IOException {
        try (Built built = build(doc, layout)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            built.workbook().write(out);
            String name = "variant." + (layout.format() == Layout.Format.XLS ? "xls" : "xlsx");
            return new Rendered(name, out.toByteArray(), built.expected());
        }
    }

    /**
     * The workbook in memory (the caller closes it), the document it holds, and each sheet's tables as boxes (header
     * and body rows): what a PDF producer prints ruled and repeats at a page break ({@link SheetPdf}).
     */
    record Built(Workbook workbook, Document expected, List<SheetPdf.BoxedSheet> sheets) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    Built build(Document doc, Layout layout) throws IOException {
        Workbook wb = layout.format() == Layout.Format.XLS ? new HSSFWorkbook() : new XSSFWorkbook();
        Map<Sheet, List<SheetPdf.Box>> boxes = new LinkedHashMap<>();
        CellStyle amounts = wb.createCellStyle();
        amounts.setDataFormat(wb.createDataFormat().getFormat(
                layout.numbers() == Layout.Numbers.NUMERIC ? "#,##0.00" : "@"));
        List<DisclosureTable> expected = new ArrayList<>();
        List<String> titles = doc.tables().stream().map(DisclosureTable::title).toList();
        SheetPen pen = null;
        if (layout.stacked()) {
            pen = new SheetPen(wb.createSheet(doc.kind().chinese() + "公开表"), layout, amounts, 0);
            boxes.put(pen.sheet(), new ArrayList<>());
            if (layout.contents()) {
                TitlePrinter.contents(pen, layout, titles);
            }
        } else if (layout.contents()) {
            SheetPen toc = new SheetPen(wb.createSheet("目录"), layout, amounts, 0);
            TitlePrinter.contents(toc, layout, titles);
            boxes.put(toc.sheet(), new ArrayList<>());
        }
        for (int i = 0; i < doc.tables().size(); i++) {
            DisclosureTable t = doc.tables().get(i);
            if (!layout.stacked()) {
                pen = new SheetPen(wb.createSheet(sheetName(i, t)), layout, amounts, 0);
                boxes.put(pen.sheet(), new ArrayList<>());
            }
            if (layout.partTitle() && (i == 0 || !layout.stacked())) {
                pen.text(pen.row++, 0, TitlePrinter.partTitle(doc));
            }
            boolean yuan = layout.units() == Layout.Units.YUAN || layout.units() == Layout.Units.YUAN_THREE_PUBLIC_WAN
                    && t.type().rowShape() != TableType.RowShape.TOTAL_ONLY;
            yuan &= layout.caption() != Layout.Caption.NONE; // a table without a unit caption is in 万元
            List<Row> rows;
            List<String> columns;
            int head;
            if (t.type().rowShape() == TableType.RowShape.ITEMS) {
                // a unit's document (编制单位：X) prints the 单位 version: 基本/项目 beside the expenditure 合计
                DisclosureTable split = layout.caption() != Layout.Caption.COMPILER_UNIT ? null
                        : doc.tables().stream().filter(x -> x.type() == TableType.BUDGET_EXPENDITURE).findFirst()
                                .orElse(null);
                SummaryPrinter p = new SummaryPrinter(pen, layout, yuan, split);
                TitlePrinter.print(pen, layout, doc, i + 1, t.type(), t.title(), p.width(t), yuan);
                head = pen.row;
                columns = p.columns(t);
                rows = p.print(t);
            } else {
                TablePrinter p = new TablePrinter(pen, layout, yuan);
                TitlePrinter.print(pen, layout, doc, i + 1, t.type(), t.title(), p.width(t), yuan);
                head = pen.row;
                columns = t.type() == TableType.FINAL_GPB_BASIC ? List.of("amount")
                        : HeaderTree.columns(HeaderTree.values(t.type(), layout.altTemplate()));
                rows = p.print(t, layout.emptyNote());
            }
            boxes.get(pen.sheet()).add(new SheetPdf.Box(head, pen.bodyTop, pen.row));
            // the columns the layout prints: what the reader must report as printed (absent ≠ 0)
            expected.add(new DisclosureTable(t.type(), t.title(), t.source(), rows, columns));
            pen.row += layout.stacked() ? 2 : 0;
        }
        // "编制单位：X" is read as a unit's document (DisclosureNames: the label names a budget unit)
        DocumentScope scope = layout.caption() == Layout.Caption.COMPILER_UNIT ? DocumentScope.UNIT : doc.scope();
        Document read = new Document(doc.department(), doc.year(), doc.kind(), scope, doc.unit(), expected,
                doc.targets(), doc.evaluations(), doc.narrative(), doc.formFields());
        List<SheetPdf.BoxedSheet> sheets = new ArrayList<>();
        boxes.forEach((sheet, b) -> sheets.add(new SheetPdf.BoxedSheet(sheet, b)));
        return new Built(wb, read, sheets);
    }

    private static String sheetName(int i, DisclosureTable t) {
        String name = (i + 1) + " " + t.title().replaceAll("[\\[\\]:*?/\\\\]", "");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
