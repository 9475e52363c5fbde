package org.budgetworkbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budgetworkbench.core.limits.DocumentBounds;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.core.limits.ProcessingDeadline;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.core.read.WorkbookReader;
import org.budgetworkbench.core.read.pdf.PdfContent;
import org.budgetworkbench.core.read.pdf.PdfReader;
import org.budgetworkbench.core.recognize.DocumentAssembler;
import org.budgetworkbench.core.recognize.ReadingDoubts;

/**
 * 公开表提取: the one entry point for reading a disclosure file — a workbook (.xlsx, .xls) or a PDF — into a
 * Document. Dispatches on the file's extension and, where that says nothing, on its first bytes.
 */
public final class DisclosureExtractor {
    private final WorkbookReader workbooks = new WorkbookReader();
    private final PdfReader pdfs = new PdfReader();
    private final DocumentAssembler assembler = new DocumentAssembler();

    /**
     * Reads one file within the {@link ProcessingDeadline}: a file past a limit, the deadline, the memory or the
     * stack is refused with the reason in words, and so is one a library fails on.
     */
    public ExtractResult extract(Path file) throws DisclosureReadException {
        if (!Files.isRegularFile(file)) {
            throw new DisclosureReadException(file, "文件不存在");
        }
        try {
            return ProcessingDeadline.run(() -> {
                ExtractResult r = read(file);
                DocumentBounds.check(r.document());
                return r;
            });
        } catch (LimitExceededException e) {
            throw new DisclosureReadException(file, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DisclosureReadException(file, FileProblems.reason(e, "文件内容有误，无法读取"), e);
        }
    }

    private ExtractResult read(Path file) throws DisclosureReadException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf") || !isWorkbook(name) && startsWithPdf(file);
        if (pdf) {
            PdfContent content = pdfs.read(file);
            ExtractResult r = assembler.assemble(file, content.grids(), content.narrative());
            List<UnreadRegion> doubts = ReadingDoubts.of(r.document().tables(), content.alignedPages());
            if (doubts.isEmpty()) {
                return r;
            }
            List<UnreadRegion> all = new ArrayList<>(r.unread());
            all.addAll(doubts);
            List<String> notes = new ArrayList<>(r.skipped());
            doubts.forEach(d -> notes.add(d.message()));
            return new ExtractResult(file, r.document(), notes, all);
        }
        List<String> unread = new ArrayList<>();
        ExtractResult r = assembler.assemble(file, workbooks.read(file, unread), List.of());
        if (unread.isEmpty()) {
            return r;
        }
        List<String> notes = new ArrayList<>(r.skipped());
        notes.addAll(unread);
        return new ExtractResult(r.file(), r.document(), notes, r.unread());
    }

    /** A file the workbook reader takes by its name (.xlsx, .xls), whatever its case. */
    public static boolean isWorkbook(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    private static boolean startsWithPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }
}
