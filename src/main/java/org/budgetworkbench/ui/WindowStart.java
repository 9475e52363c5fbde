package org.budgetworkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the window needs before it opens (窗口启动): which store (the usual one, or {@code --db PATH}, which must
 * exist — a mistyped path must not open a new empty store), and, when the window cannot open or would show boxes,
 * the sentence that says why instead of a stack trace. No JavaFX types here, so it is tested without a screen.
 */
public final class WindowStart {
    private static final List<String> CJK_FAMILY_WORDS = List.of("cjk", "hei", "song", "yahei", "pingfang",
            "han sans", "han serif", "wenquanyi", "kai", "ming", "fangsong", "droid sans fallback");

    private WindowStart() {
    }

    /** True for the arguments that open the window: none, or only {@code --db PATH} / {@code --db=PATH}. */
    public static boolean opensWindow(String[] args) {
        return args.length == 0 || storeArgument(args).isPresent();
    }

    /** The store named by {@code --db PATH} or {@code --db=PATH} when those are the only arguments. */
    public static Optional<Path> storeArgument(String[] args) {
        if (args.length == 2 && args[0].equals("--db") && !args[1].isBlank()) {
            return Optional.of(Path.of(args[1]));
        }
        if (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > 5) {
            return Optional.of(Path.of(args[0].substring(5)));
        }
        return Optional.empty();
    }

    /** The database file of a store path given with or without {@code .mv.db}. */
    public static Path databaseFile(Path store) {
        String name = store.getFileName().toString();
        return name.endsWith(".mv.db") ? store : store.resolveSibling(name + ".mv.db");
    }

    /** Why a store named by the analyst cannot be opened, or empty when it exists. */
    public static Optional<String> missingStore(Path store) {
        Path file = databaseFile(store.toAbsolutePath());
        if (Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of("数据库 " + file + " 不存在。--db 须指向已有的数据库（可用 import --db 创建）；"
                + "不带 --db 则打开默认数据库。");
    }

    /** The sentence for a window that could not start: what the machine lacks, and that the command line still works. */
    public static String cannotStart(Throwable failure) {
        String text = String.valueOf(failure).toLowerCase(Locale.ROOT);
        String need = text.contains("display") || text.contains("gtk") || text.contains("glass")
                || text.contains("graphics device") || text.contains("prism")
                ? "需要图形桌面（DISPLAY）和 GTK 3（Debian/Ubuntu：apt-get install libgtk-3-0）"
                : "原因：" + failure.getMessage();
        return "无法打开工作台窗口：" + need + "。命令行不需要窗口，例如 java -jar budget-workbench.jar validate 文件.xlsx。";
    }

    /** The sentence for a machine without a Chinese font, or empty when one of {@code families} has the glyphs. */
    public static Optional<String> missingChineseFont(Collection<String> families) {
        for (String f : families) {
            String lower = f.toLowerCase(Locale.ROOT);
            if (CJK_FAMILY_WORDS.stream().anyMatch(lower::contains)) {
                return Optional.empty();
            }
        }
        return Optional.of("未找到中文字体，中文会显示为方框：请安装 Noto CJK 字体（Debian/Ubuntu：apt-get install fonts-noto-cjk）后重新启动。");
    }
}
