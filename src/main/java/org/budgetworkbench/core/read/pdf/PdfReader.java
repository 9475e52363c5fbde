package org.budgetworkbench.core.read.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.limits.InputLimits;
import org.budgetworkbench.core.limits.ProcessingDeadline;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.NarrativeSection;

/**
 * Reads a published disclosure PDF (公开文件 PDF): its tables into one Grid that the table recogniser reads
 * as it reads a sheet, and its prose into narrative sections. Tables are found from their ruling lines;
 * everything outside them that is not a running head, foot or page number is narrative.
 */
public final class PdfReader {

    public PdfContent read(Path pdf) throws DisclosureReadException {
        if (!Files.isRegularFile(pdf)) {
            throw new DisclosureReadException(pdf, "文件不存在或不是普通文件");
        }
        checkSize(pdf);
        // PDFBox keeps decoded streams in memory up to a bound, the rest in a scratch file
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), memory.streamCache)) {
            return read(pdf, doc);
        } catch (InvalidPasswordException e) {
            throw new DisclosureReadException(pdf, "文件已加密，需要密码才能打开；请提供未加密的 PDF", e);
        } catch (IOException e) {
            throw new DisclosureReadException(pdf, FileProblems.reason(e, "不是有效的 PDF 文件或文件已损坏"), e);
        } catch (RuntimeException e) {
            throw new DisclosureReadException(pdf, FileProblems.reason(e, "PDF 文件结构有误，无法读取"), e);
        }
    }

    /** Decoded PDF streams kept in memory before PDFBox moves to its scratch file. */
    static final long MAIN_MEMORY_BYTES = 64L * 1024 * 1024;

    private static void checkSize(Path pdf) throws DisclosureReadException {
        try {
            if (Files.size(pdf) > InputLimits.MAX_PDF_BYTES) {
                throw new DisclosureReadException(pdf, "PDF 文件超过 " + InputLimits.MAX_PDF_BYTES / (1024 * 1024)
                        + " MB，远超公开文件所需，已拒绝读取");
            }
        } catch (IOException e) {
            throw new DisclosureReadException(pdf, "无法读取文件", e);
        }
    }

    private PdfContent read(Path pdf, PDDocument doc) throws IOException, DisclosureReadException {
        int pageCount = doc.getNumberOfPages();
        if (pageCount == 0) {
            throw new DisclosureReadException(pdf, "PDF 没有页面");
        }
        if (pageCount > InputLimits.MAX_PDF_PAGES) {
            throw new DisclosureReadException(pdf, "PDF 有 " + InputLimits.count(pageCount) + " 页，超过可读取的 "
                    + InputLimits.count(InputLimits.MAX_PDF_PAGES) + " 页，不是一份部门公开文件，已拒绝读取");
        }
        GlyphCollector collector = new GlyphCollector();
        List<List<Glyph>> glyphs = collector.collect(doc);
        if (glyphs.stream().flatMap(List::stream).noneMatch(g -> !g.isBlank())) {
            throw new DisclosureReadException(pdf, "没有文字层（可能是扫描件），无法读取其中的文字和数字；"
                    + "请使用原始电子版 PDF 或 Excel 文件");
        }
        List<PageLayout> pages = new ArrayList<>();
        int i = 0;
        for (PDPage page : doc.getPages()) {
            ProcessingDeadline.check();
            List<Glyph> onPage = i < glyphs.size() ? glyphs.get(i) : List.of();
            List<Glyph> hidden = i < collector.hidden().size() ? collector.hidden().get(i) : List.of();
            pages.add(layout(i + 1, page, onPage, hidden));
            i++;
        }
        Set<TextLine> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Grid> grids = TableGridAssembler.assemble(pdf.getFileName().toString(), pages, consumed);
        PageFurniture furniture = new PageFurniture(pages);
        List<List<TextLine>> prose = new ArrayList<>();
        for (PageLayout p : pages) {
            prose.add(p.lines().stream()
                    .filter(l -> !consumed.contains(l) && !furniture.isFurniture(l, p))
                    .toList());
        }
        List<NarrativeSection> narrative = NarrativeBuilder.build(pages, prose);
        Set<Integer> aligned = new java.util.TreeSet<>();
        for (PageLayout p : pages) {
            if (p.tables().stream().anyMatch(t -> !t.ruled())) {
                aligned.add(p.page());
            }
        }
        return new PdfContent(grids, narrative, pageCount, aligned);
    }

    private static PageLayout layout(int number, PDPage page, List<Glyph> glyphs, List<Glyph> hidden)
            throws IOException {
        PDRectangle box = page.getCropBox();
        // Text set beyond the page edge (a table wider than the paper) is not printed: it is not content.
        java.util.function.Predicate<Glyph> onPaper = g -> g.centerX() >= 0 && g.centerX() <= box.getWidth()
                && g.centerY() >= 0 && g.centerY() <= box.getHeight();
        glyphs = glyphs.stream().filter(onPaper).toList();
        List<Ruling> rulings = RulingCollector.collect(page);
        Set<Glyph> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PageTable> tables = RuledTableFinder.find(number, rulings, glyphs, hidden.stream().filter(onPaper)
                .toList(), claimed);
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean inTable = claimed.contains(g);
            for (PageTable t : tables) {
                if (t.contains(g.centerX(), g.centerY())) {
                    inTable = true;
                    break;
                }
            }
            if (!inTable) {
                outside.add(g);
            }
        }
        List<TextLine> lines = TextLine.of(outside, number);
        Set<TextLine> aligned = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PageTable> all = new ArrayList<>(tables);
        all.addAll(UnruledTableFinder.find(number, lines, aligned));
        all.sort(java.util.Comparator.comparingDouble(PageTable::top));
        List<TextLine> rest = lines.stream().filter(l -> !aligned.contains(l)).toList();
        return new PageLayout(number, box.getWidth(), box.getHeight(), all, rest);
    }
}
