package org.budgetworkbench.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Which dropped or chosen files the workbench can import (可导入的文件): Excel workbooks and PDFs. */
public final class DroppedFiles {
    public static final List<String> EXTENSIONS = List.of(".xlsx", ".xls", ".pdf");

    private DroppedFiles() {
    }

    public static boolean importable(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !Files.isDirectory(p);
    }

    /** The importable ones, in the order given. */
    public static List<Path> importable(List<Path> files) {
        return files.stream().filter(DroppedFiles::importable).toList();
    }
}
