package org.budgetworkbench.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.function.UnaryOperator;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 原子写入: writes a file through a temporary file in the same directory and moves it into place, so that a
 * failure half-way never leaves a half-written workbook where the analyst expects a good one, and an existing
 * file stays untouched until the new one is complete.
 */
public final class AtomicFile {

    /** What writes the content; may throw, the target is then left as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        checkTarget(absolute);
        removeStaleParts(absolute);
        // Same directory: the move is then a rename on one file system, atomic where the system allows it.
        // Not Files.createTempFile: that makes the file owner-only, and the moved file would keep it.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
                + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Writes a POI workbook atomically. POI reports a failing stream as a runtime exception; it comes out
     * here as the IOException it is, naming the file.
     */
    static void writeWorkbook(Path target, Workbook wb, UnaryOperator<OutputStream> wrapper) throws IOException {
        try {
            write(target, out -> wb.write(wrapper.apply(out)));
        } catch (POIXMLException | OpenXML4JRuntimeException e) {
            throw new IOException("写入 " + target.getFileName() + " 失败：" + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "写入出错（详情见日志文件）" : t.getMessage();
    }

    /**
     * The folder must be there: a mistyped folder is an error, not a new folder the analyst never finds.
     * A folder of the target's name is not overwritten.
     */
    public static void checkTarget(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("输出文件夹 " + dir + " 不存在，请检查路径。");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " 是一个文件夹，不能作为输出文件。");
        }
    }

    /**
     * A write killed half-way (the process ended) leaves its temporary file behind; the next write of the same
     * file removes it, so no hidden {@code .part} files pile up next to the analyst's exports.
     */
    private static void removeStaleParts(Path target) {
        Path dir = target.getParent();
        if (dir == null) {
            return;
        }
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".part"))) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a leftover that cannot be removed does not stop the export
        }
    }

    /** Moves a finished file over the target, atomically where the file system allows. */
    public static void replace(Path finished, Path target) throws IOException {
        move(finished, target.toAbsolutePath());
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares) cannot rename atomically over a file: replace it plainly.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
