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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
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
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return read(pdf, doc);
        } catch (InvalidPasswordException e) {
            throw new DisclosureReadException(pdf, "文件已加密，需要密码才能打开；请提供未加密的 PDF", e);
        } catch (IOException e) {
            throw new DisclosureReadException(pdf, "不是有效的 PDF 文件或文件已损坏（" + e.getMessage() + "）", e);
        } catch (RuntimeException e) {
            throw new DisclosureReadException(pdf, "PDF 文件结构有误，无法读取（" + e + "）", e);
        }
    }

    private PdfContent read(Path pdf, PDDocument doc) throws IOException, DisclosureReadException {
        int pageCount = doc.getNumberOfPages();
        if (pageCount == 0) {
            throw new DisclosureReadException(pdf, "PDF 没有页面");
        }
        List<List<Glyph>> glyphs = new GlyphCollector().collect(doc);
        if (glyphs.stream().flatMap(List::stream).noneMatch(g -> !g.isBlank())) {
            throw new DisclosureReadException(pdf, "没有文字层（可能是扫描件），无法读取其中的文字和数字；"
                    + "请使用原始电子版 PDF 或 Excel 文件");
        }
        List<PageLayout> pages = new ArrayList<>();
        for (int i = 0; i < pageCount; i++) {
            PDPage page = doc.getPage(i);
            List<Glyph> onPage = i < glyphs.size() ? glyphs.get(i) : List.of();
            pages.add(layout(i + 1, page, onPage));
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
        return new PdfContent(grids, narrative, pageCount);
    }

    private static PageLayout layout(int number, PDPage page, List<Glyph> glyphs) throws IOException {
        PDRectangle box = page.getCropBox();
        // Text set beyond the page edge (a table wider than the paper) is not printed: it is not content.
        glyphs = glyphs.stream().filter(g -> g.centerX() >= 0 && g.centerX() <= box.getWidth()
                && g.centerY() >= 0 && g.centerY() <= box.getHeight()).toList();
        List<Ruling> rulings = RulingCollector.collect(page);
        List<PageTable> tables = RuledTableFinder.find(number, rulings, glyphs);
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean inTable = false;
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
