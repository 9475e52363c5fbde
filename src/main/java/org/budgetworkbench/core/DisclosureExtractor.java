package org.budgetworkbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.core.read.WorkbookReader;
import org.budgetworkbench.core.read.pdf.PdfContent;
import org.budgetworkbench.core.read.pdf.PdfReader;
import org.budgetworkbench.core.recognize.DocumentAssembler;

/**
 * 公开表提取: the one entry point for reading a disclosure file — a workbook (.xlsx, .xls) or a PDF — into a
 * Document. Dispatches on the file's extension and, where that says nothing, on its first bytes.
 */
public final class DisclosureExtractor {
    private final WorkbookReader workbooks = new WorkbookReader();
    private final PdfReader pdfs = new PdfReader();
    private final DocumentAssembler assembler = new DocumentAssembler();

    public ExtractResult extract(Path file) throws DisclosureReadException {
        if (!Files.isRegularFile(file)) {
            throw new DisclosureReadException(file, "文件不存在");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf") || !isWorkbook(name) && startsWithPdf(file);
        if (pdf) {
            PdfContent content = pdfs.read(file);
            return assembler.assemble(file, content.grids(), content.narrative());
        }
        return assembler.assemble(file, workbooks.read(file), List.of());
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
