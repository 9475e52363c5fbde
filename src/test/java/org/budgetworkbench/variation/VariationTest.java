package org.budgetworkbench.variation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.check.CorpusDocuments;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 版式变体试验台: every document (the two dev truths, a small fixture of our own) rendered in every single
 * variation of the catalogue and in a few hundred seeded combinations of them, as .xlsx and .xls, must read back
 * to the same tables, rows and figures. Catalogue: docs/variations.md.
 */
class VariationTest {
    private static final int COMBINATIONS = 90;
    private static final WorkbookRenderer RENDERER = new WorkbookRenderer();
    private static final DisclosureExtractor EXTRACTOR = new DisclosureExtractor();

    @TempDir
    static Path dir;

    /** The documents of the test bed: the two dev truths and our own fixture. */
    static List<Document> documents() throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String id : CorpusDocuments.IDS) {
            docs.add(ExtractJson.read(CorpusDocuments.truthText(id)).get(0));
        }
        docs.add(fixture());
        return docs;
    }

    static Stream<Arguments> variants() throws IOException {
        List<Document> docs = documents();
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            for (Layout l : singleVariations()) {
                // the format is a variation of its own: each document is read from both, by turns
                Layout.Format f = (i + out.size()) % 3 == 0 ? Layout.Format.XLSX : Layout.Format.XLS;
                out.add(Arguments.of(d.kind() + " " + d.tables().size() + "t", d, l.withFormat(f)));
            }
        }
        Random r = new Random(20240);
        for (int i = 0; i < COMBINATIONS; i++) {
            Document d = docs.get(i % docs.size());
            // the project list's key column by turns, drawn apart from the seed so the earlier combinations stay put
            Layout l = Layout.random(r).withProjectList(Layout.ProjectList.values()[i / 3 % 2]);
            out.add(Arguments.of(d.kind() + " #" + i, d, l));
        }
        return out.stream();
    }

    /** The standard layout and, for each variation, the standard with only that one changed. */
    static List<Layout> singleVariations() {
        Layout s = Layout.standard();
        List<Layout> out = new ArrayList<>();
        out.add(s);
        out.add(s.withFormat(Layout.Format.XLS));
        for (Layout.Numbering n : Layout.Numbering.values()) {
            for (Layout.NumberPlace p : Layout.NumberPlace.values()) {
                out.add(new Layout(s.format(), false, n, p, s.title(), false, false, s.caption(), false, s.codes(),
                        false, s.units(), s.numbers(), s.zero(), false, false));
            }
        }
        for (Layout.Title t : Layout.Title.values()) {
            for (boolean stacked : new boolean[] {false, true}) {
                out.add(new Layout(s.format(), stacked, s.numbering(), s.numberPlace(), t, true, true, s.caption(),
                        true, s.codes(), false, s.units(), s.numbers(), s.zero(), false, false));
            }
        }
        for (Layout.Caption c : Layout.Caption.values()) {
            out.add(new Layout(s.format(), false, s.numbering(), s.numberPlace(), s.title(), false, false, c, false,
                    s.codes(), false, Layout.Units.YUAN, s.numbers(), s.zero(), false, false));
        }
        for (Layout.Codes c : Layout.Codes.values()) {
            for (boolean columnNumbers : new boolean[] {false, true}) {
                out.add(new Layout(s.format(), false, s.numbering(), s.numberPlace(), s.title(), false, false,
                        s.caption(), false, c, columnNumbers, s.units(), s.numbers(), s.zero(), columnNumbers, false));
            }
        }
        for (Layout.Units u : Layout.Units.values()) {
            for (Layout.Numbers n : Layout.Numbers.values()) {
                // every unit with every storage; each zero mark with each storage (pairwise, not the full product)
                Layout.Zero z = Layout.Zero.values()[(u.ordinal() + n.ordinal()) % Layout.Zero.values().length];
                out.add(new Layout(s.format(), false, s.numbering(), s.numberPlace(), s.title(), false, false,
                        s.caption(), false, s.codes(), false, u, n, z, false, false));
            }
        }
        for (Layout.Zero z : Layout.Zero.values()) {
            out.add(new Layout(Layout.Format.XLS, true, s.numbering(), s.numberPlace(), s.title(), false, false,
                    s.caption(), false, s.codes(), false, Layout.Units.YUAN, Layout.Numbers.TEXT, z, false, false));
        }
        out.add(new Layout(s.format(), true, s.numbering(), s.numberPlace(), s.title(), false, false, s.caption(),
                false, s.codes(), false, s.units(), s.numbers(), s.zero(), true, true));
        out.add(new Layout(Layout.Format.XLS, true, Layout.Numbering.GONGKAI_SPACED, Layout.NumberPlace.BELOW,
                Layout.Title.YEAR_SPACED, true, true, Layout.Caption.COMPILER_UNIT, true, Layout.Codes.SPLIT_NEW_PART,
                true, Layout.Units.YUAN_THREE_PUBLIC_WAN, Layout.Numbers.TEXT_THOUSANDS, Layout.Zero.EM_DASH, true,
                true));
        out.add(s.withProjectList(Layout.ProjectList.FUNCTION_CODE));
        out.add(s.withProjectList(Layout.ProjectList.FUNCTION_CODE_SUBTOTALS));
        out.add(new Layout(Layout.Format.XLS, true, s.numbering(), s.numberPlace(), s.title(), false, false,
                Layout.Caption.COMPILER_UNIT, false, s.codes(), true, Layout.Units.YUAN, Layout.Numbers.TEXT_THOUSANDS,
                Layout.Zero.BLANK, false, false, Layout.ProjectList.FUNCTION_CODE_SUBTOTALS));
        out.add(new Layout(Layout.Format.XLS, true, s.numbering(), s.numberPlace(), s.title(), false, false,
                Layout.Caption.UNIT_ASCII_COLON, false, s.codes(), true, Layout.Units.YUAN, Layout.Numbers.TEXT,
                Layout.Zero.DASH, true, false, Layout.ProjectList.FUNCTION_CODE));
        return out;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("variants")
    void everyVariantReadsToTheSameDocument(String name, Document doc, Layout layout) throws Exception {
        WorkbookRenderer.Rendered rendered = RENDERER.render(doc, layout);
        Path file = Files.createTempFile(dir, "v", "-" + rendered.fileName());
        Files.write(file, rendered.bytes());
        ExtractResult result = EXTRACTOR.extract(file);
        assertThat(DocumentDiff.of(rendered.expected(), result.document())).as(layout.toString()).isEmpty();
        assertThat(result.unread()).as("unread regions of %s", layout).isEmpty();
        if (layout.title() != Layout.Title.PLAIN || layout.yearRow() || layout.partTitle()) {
            assertThat(result.document().year()).as("year").isEqualTo(doc.year());
        }
    }

    /**
     * Our own small budget: a 项 code of the 99 family (2059999), a negative figure, a class whose name is long
     * enough to wrap, the 三公 table and a procurement list keyed by name — things the dev samples do not print.
     */
    static Document fixture() {
        List<DisclosureTable> tables = new ArrayList<>();
        // a three-column 收支总表: the expenditure by function class and again by economic class
        tables.add(new DisclosureTable(TableType.BUDGET_SUMMARY, "收支总表", null, List.of(
                row("income.gpb", "一般公共预算拨款收入", "amount", "120"),
                row("income.business", "事业收入", "amount", "10.5"),
                row("income.current", "本年收入合计", "amount", "130.5"),
                row("income.carryover", "上年结转结余", "amount", "0"),
                row("income.grand_total", "收入总计", "amount", "130.5"),
                row("expenditure.205", "教育支出", "amount", "130.5"),
                row("expenditure.213", "农林水支出", "amount", "0"),
                row("expenditure.current", "本年支出合计", "amount", "130.5"),
                row("expenditure.carryforward", "年终结转结余", "amount", "0"),
                row("expenditure.grand_total", "支出总计", "amount", "130.5"),
                row("econ.301", "工资福利支出", "amount", "90"),
                row("econ.302", "商品和服务支出", "amount", "40.5"),
                row("econ.310", "资本性支出", "amount", "0"),
                row("econ.current", "本年支出合计", "amount", "130.5"),
                row("econ.grand_total", "支出总计", "amount", "130.5"))));
        tables.add(new DisclosureTable(TableType.BUDGET_EXPENDITURE, "支出总表", null, List.of(
                row("total", "合计", "total", "130.5", "basic", "100", "project", "30.5"),
                row("205", "教育支出", "total", "130.5", "basic", "100", "project", "30.5"),
                row("20599", "其他教育支出", "total", "130.5", "basic", "100", "project", "30.5"),
                row("2059999", "其他教育支出", "total", "130.5", "basic", "100", "project", "30.5"))));
        tables.add(new DisclosureTable(TableType.BUDGET_GPB_EXPENDITURE, "一般公共预算支出表", null, List.of(
                row("total", "合计", "total", "120", "basic", "100", "personnel", "90", "public", "10", "project", "20"),
                row("213", "农林水支出", "total", "120", "basic", "100", "personnel", "90", "public", "10", "project", "20"),
                row("21301", "农业农村", "total", "120", "basic", "100", "personnel", "90", "public", "10", "project", "20"),
                row("2130199", "其他农业农村支出", "total", "120", "basic", "100", "personnel", "90", "public", "10",
                        "project", "20"))));
        tables.add(new DisclosureTable(TableType.BUDGET_THREE_PUBLIC, "一般公共预算“三公”经费支出表", null, List.of(
                row("total", "合计", "total", "-1.5", "overseas", "0", "vehicle", "-2", "vehicle_purchase", "0",
                        "vehicle_operation", "-2", "reception", "0.5"))));
        // a procurement list without project codes: rows keyed by name, two of them under one function code
        // where the layout prints one (Layout.ProjectList.FUNCTION_CODE)
        tables.add(new DisclosureTable(TableType.BUDGET_PROCUREMENT, "政府采购预算表", null, List.of(
                row("total", "合计", "total", "50", "gpb", "45", "gov_fund", "0", "business", "0", "other", "5",
                        "carryover", "0"),
                row("name:办公设备购置", "办公设备购置", "total", "30", "gpb", "30", "gov_fund", "0", "business", "0",
                        "other", "0", "carryover", "0"),
                row("name:印刷服务", "印刷服务", "total", "20", "gpb", "15", "gov_fund", "0", "business", "0",
                        "other", "5", "carryover", "0"))));
        return new Document("某某区某某局", 2025, DocumentKind.BUDGET, DocumentScope.DEPARTMENT, null, tables, null, null,
                null, null);
    }

    private static Row row(String key, String name, String... values) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            v.put(values[i], new BigDecimal(values[i + 1]));
        }
        return new Row(key, name, v);
    }
}
