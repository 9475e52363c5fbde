package org.budgetworkbench.ui.importing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sample disclosures (示例) shipped in a {@code samples/} folder: looked for next to the jar, one level
 * up (the jar sits in {@code target/} during development) and in the working directory. A folder says which of
 * its files to open in {@code samples.list} (one name a line, # for comments); one without it offers its
 * workbooks (.xlsx).
 */
public final class Samples {
    private static final String LIST = "samples.list";

    private final List<Path> folders;

    public Samples(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    public static Samples standard() {
        Set<Path> candidates = new LinkedHashSet<>();
        try {
            Path code = Path.of(Samples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            if (dir != null) {
                candidates.add(dir.resolve("samples"));
                if (dir.getParent() != null) {
                    candidates.add(dir.getParent().resolve("samples"));
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: the working directory still serves
        }
        candidates.add(Path.of("").toAbsolutePath().resolve("samples"));
        return new Samples(new ArrayList<>(candidates));
    }

    /** The files to open of the first folder that has any: those its list names, else its workbooks by name. */
    public List<Path> files() {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                List<Path> found = Files.isRegularFile(folder.resolve(LIST)) ? listed(folder) : workbooks(folder);
                if (!found.isEmpty()) {
                    return found;
                }
            } catch (IOException e) {
                // an unreadable folder is as good as none; try the next
            }
        }
        return List.of();
    }

    private static List<Path> listed(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve(LIST)).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(folder::resolve).filter(Files::isRegularFile)
                .toList();
    }

    private static List<Path> workbooks(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }
}
