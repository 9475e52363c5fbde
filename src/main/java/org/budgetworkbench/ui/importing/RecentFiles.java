package org.budgetworkbench.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The files imported last (最近打开的文件), newest first, at most ten, remembered through java.util.prefs. */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/budgetworkbench/ui/recent"));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = node.get(KEY + i, null);
            if (p != null && !p.isBlank()) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts the files first, in the order given, dropping their earlier places and the oldest beyond ten. */
    public void add(List<Path> files) {
        List<Path> now = new ArrayList<>();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            if (!now.contains(abs)) {
                now.add(abs);
            }
        }
        for (Path p : list()) {
            if (!now.contains(p)) {
                now.add(p);
            }
        }
        write(now.subList(0, Math.min(MAX, now.size())));
    }

    public void clear() {
        write(List.of());
    }

    private void write(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // not fatal: the list holds for this run and is written when the JVM exits
        }
    }
}
