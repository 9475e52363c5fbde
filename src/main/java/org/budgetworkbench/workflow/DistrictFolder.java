package org.budgetworkbench.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A district's folder (区级文件夹): the disclosures under it, nested by department however deep, grouped by the
 * folder they sit in — a department's workbook and its PDF are kept side by side, so a group is what may merge.
 * Office lock files (~$…) and hidden files are not disclosures and are left out.
 */
final class DistrictFolder {
    private static final List<String> EXTENSIONS = List.of(".xlsx", ".xls", ".pdf");

    private DistrictFolder() {
    }

    /** The importable files under {@code folder}, by containing folder, both in name order. */
    static Map<Path, List<Path>> filesByFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " 不是文件夹");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(DistrictFolder::importable).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<Path, List<Path>> groups = new LinkedHashMap<>();
        for (Path f : files) {
            groups.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    static boolean importable(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
