package org.budgetworkbench.variation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 版式变体试验台（PDF）: the documents of the workbook test bed, in the same workbook layouts ({@link Layout}, the one
 * catalogue), printed to PDF in each {@link PdfLayout} — ruled or not, a table per page or following each other, the
 * header repeated at a page break or not, landscape or portrait, names wrapped over two lines, page numbers, rows too
 * short for their wrapped names ({@link #shortRows()}) — must
 * read back to the same document as the workbook does: the same tables, rows, figures, columns, scope and kind, and
 * no unread region. Tables printed without ruling lines are a known gap, held apart ({@link #unruled()}).
 * Catalogue: docs/variations.md, "PDF renderings".
 */
class PdfVariationTest {
    private static final int COMBINATIONS = 60;
    private static final WorkbookRenderer RENDERER = new WorkbookRenderer();
    private static final DisclosureExtractor EXTRACTOR = new DisclosureExtractor();

    @TempDir
    static Path dir;

    static Stream<Arguments> variants() throws IOException {
        List<Document> docs = VariationTest.documents();
        // tables printed without rules are not read yet: they are the known gap below, not part of the bed
        List<PdfLayout> pdfLayouts = PdfLayout.singleVariations().stream()
                .filter(p -> p.rules() == PdfLayout.Rules.RULED).toList();
        // the workbook's file format is no variation of a PDF: the layouts that differ only by it are one
        Set<Layout> layouts = new LinkedHashSet<>();
        VariationTest.singleVariations().forEach(l -> layouts.add(l.withFormat(Layout.Format.XLSX)));
        List<Arguments> out = new ArrayList<>();
        for (Document d : docs) {
            for (PdfLayout p : pdfLayouts) {
                out.add(Arguments.of(d.kind() + " " + d.tables().size() + "t", d, Layout.standard(), p));
            }
            int i = 0;
            for (Layout l : layouts) {
                // each workbook variation meets each PDF variation, by turns over the documents
                PdfLayout p = pdfLayouts.get((i++ + out.size()) % pdfLayouts.size());
                out.add(Arguments.of(d.kind() + " " + d.tables().size() + "t", d, l, p));
            }
        }
        Random r = new Random(20250);
        for (int i = 0; i < COMBINATIONS; i++) {
            Document d = docs.get(i % docs.size());
            Layout l = Layout.random(r).withProjectList(Layout.ProjectList.values()[i / 3 % 2]);
            PdfLayout p = PdfLayout.random(r).withRules(PdfLayout.Rules.RULED);
            out.add(Arguments.of(d.kind() + " #" + i, d, l.withFormat(Layout.Format.XLSX), p));
        }
        return out.stream();
    }

    /**
     * 行高不足: every document in every workbook layout printed with its body rows one line high, so that each wrapped
     * name spills over the rows above and below it and onto their text. Each cell's run of lines is read back into it.
     */
    static Stream<Arguments> shortRows() throws IOException {
        return shortRowVariants(false);
    }

    /**
     * Known gap (已知缺口) met by short rows: a table whose page ends on a one-line name as wide as its column, the next
     * page going on with a name and no figure. The page break's cut-row test (TableGridAssembler.isSplitRowTail) cannot
     * tell that line from the top of a cell the break cut, and joins the two names. Short rows only move the break.
     */
    private static final Set<String> CUT_ROW_LOOKALIKES = Set.of("budget 10t XLSX stacked no=BIAO/ABOVE title=PLAIN "
            + "cap=COMPILER_UNIT codes=JOINED 栏次 YUAN TEXT_THOUSANDS zero=BLANK projects-by-function-code+subtotals");

    static Stream<Arguments> shortRowsCutRowLookalikes() throws IOException {
        return shortRowVariants(true);
    }

    private static Stream<Arguments> shortRowVariants(boolean lookalikes) throws IOException {
        Set<Layout> layouts = new LinkedHashSet<>();
        VariationTest.singleVariations().forEach(l -> layouts.add(l.withFormat(Layout.Format.XLSX)));
        List<Arguments> out = new ArrayList<>();
        for (Document d : VariationTest.documents()) {
            for (Layout l : layouts) {
                if (CUT_ROW_LOOKALIKES.contains(d.kind().id() + " " + d.tables().size() + "t " + l) == lookalikes) {
                    out.add(Arguments.of(d.kind() + " " + d.tables().size() + "t", d, l,
                            PdfLayout.standard().withShortRows()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("shortRowsCutRowLookalikes")
    void aPageEndingOnAFullWidthNameIsAKnownGap(String name, Document doc, Layout layout, PdfLayout pdf)
            throws Exception {
        Path file = dir.resolve("c" + System.nanoTime() + ".pdf");
        Document expected = print(doc, layout, pdf, file);
        assertThat(DocumentDiff.of(expected, EXTRACTOR.extract(file).document()))
                .as("%s %s now reads: move it into the short-row bed", layout, pdf).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("shortRows")
    void everyLayoutPrintedWithShortRowsReadsToTheSameDocument(String name, Document doc, Layout layout,
                                                               PdfLayout pdf) throws Exception {
        everyPdfVariantReadsToTheSameDocument(name, doc, layout, pdf);
    }

    /**
     * Known gap (已知缺口): tables printed without ruling lines. The reader finds unruled tables from the alignment
     * of their text, which reads simple one-row headers but not the templates' multi-row headers (收入 | 支出 over
     * 项目 | 预算数, a 合计 over 基本支出 | 项目支出) nor the two-sided 收支总表: every unruled rendering misses tables
     * or figures. These variants are held here so the gap stays visible; when one reads, it belongs in the bed.
     */
    static Stream<Arguments> unruled() throws IOException {
        List<Arguments> out = new ArrayList<>();
        Random r = new Random(7);
        for (Document d : VariationTest.documents()) {
            out.add(Arguments.of(d.kind() + " " + d.tables().size() + "t", d, Layout.standard(),
                    PdfLayout.standard().withRules(PdfLayout.Rules.UNRULED)));
            out.add(Arguments.of(d.kind() + " random", d, Layout.random(r).withFormat(Layout.Format.XLSX),
                    PdfLayout.random(r).withRules(PdfLayout.Rules.UNRULED)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("unruled")
    void unruledTablesAreAKnownGap(String name, Document doc, Layout layout, PdfLayout pdf) throws Exception {
        Path file = dir.resolve("u" + System.nanoTime() + ".pdf");
        Document expected = print(doc, layout, pdf, file);
        List<String> misses;
        try {
            ExtractResult result = EXTRACTOR.extract(file);
            misses = new ArrayList<>(DocumentDiff.of(expected, result.document()));
            for (Object u : result.unread()) {
                misses.add(u.toString());
            }
        } catch (DisclosureReadException e) {
            misses = List.of(e.getMessage());
        }
        assertThat(misses).as("%s %s now reads: move it into the test bed and docs/variations.md", layout, pdf)
                .isNotEmpty();
    }

    /**
     * Never silent (不静默): whatever the unruled reading gets wrong is said — the file refused, or the tables whose
     * own arithmetic fails named as read in doubt (读取存疑) — never a document that looks read and is not.
     */
    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("unruled")
    void whatAnUnruledPageMisreadsIsNamed(String name, Document doc, Layout layout, PdfLayout pdf) throws Exception {
        Path file = dir.resolve("n" + System.nanoTime() + ".pdf");
        Document expected = print(doc, layout, pdf, file);
        ExtractResult result;
        try {
            result = EXTRACTOR.extract(file);
        } catch (DisclosureReadException refused) {
            return; // refused with its reason: said
        }
        List<String> wrongTables = DocumentDiff.of(expected, result.document()).stream()
                .map(d -> d.split(" ")[0]).distinct().toList();
        for (String table : wrongTables) {
            boolean present = result.document().tables().stream().anyMatch(t -> t.type().id().equals(table));
            if (present) {
                assertThat(result.unread()).as("%s misread in %s %s but not named", table, layout, pdf)
                        .anyMatch(u -> u.reason().contains("读取结果存疑"));
            }
        }
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("variants")
    void everyPdfVariantReadsToTheSameDocument(String name, Document doc, Layout layout, PdfLayout pdf)
            throws Exception {
        Path file = dir.resolve("v" + System.nanoTime() + ".pdf");
        Document expected = print(doc, layout, pdf, file);
        ExtractResult result = EXTRACTOR.extract(file);
        assertThat(DocumentDiff.of(expected, result.document())).as("%s %s", layout, pdf).isEmpty();
        assertThat(result.unread()).as("unread regions of %s %s", layout, pdf).isEmpty();
        if (layout.title() != Layout.Title.PLAIN || layout.yearRow() || layout.partTitle()) {
            assertThat(result.document().year()).as("year").isEqualTo(doc.year());
        }
    }

    /** Prints {@code doc} in {@code layout} to {@code file} as {@code pdf} says; the document it must read back to. */
    private static Document print(Document doc, Layout layout, PdfLayout pdf, Path file) throws IOException {
        try (WorkbookRenderer.Built built = RENDERER.build(doc, layout)) {
            SheetPdf.write(built.sheets(), pdf, file);
            return built.expected();
        }
    }
}
