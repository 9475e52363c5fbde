package org.budgetworkbench.core.recognize;

import java.util.regex.Pattern;

/** 文本规整: the few text normalisations every recogniser shares (printed labels vary in spacing and brackets). */
final class Texts {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    /** 一、 / （一） / 廿一、 / 1. / 1、 / (1) in front of a label */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(\\([一二三四五六七八九十廿百零〇]+\\)[、.．]?|[一二三四五六七八九十廿百零〇]+[、.．]|\\([0-9]+\\)|[0-9]+[)、.．])");
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|小计)$");

    private Texts() {
    }

    /** Whitespace removed: the form rows are named by in extract@1. */
    static String compact(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll("");
    }

    /** Whitespace removed, brackets and quotes folded to ASCII, for comparing words. */
    static String fold(String s) {
        return compact(s).replace('（', '(').replace('）', ')').replace('“', '"').replace('”', '"')
                .replace('：', ':').replace('，', ',');
    }

    /** {@link #fold} and the leading numbering dropped: "（一）一般公共服务支出" → "一般公共服务支出". */
    static String label(String s) {
        String f = fold(s);
        String stripped = NUMBERING.matcher(f).replaceFirst("");
        return stripped.isEmpty() ? f : stripped;
    }

    /** 合计 / 总计 / 小计, however spaced. */
    static boolean isTotalWord(String s) {
        return TOTAL.matcher(fold(s)).matches();
    }
}
