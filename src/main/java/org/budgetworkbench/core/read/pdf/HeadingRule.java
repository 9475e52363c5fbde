package org.budgetworkbench.core.read.pdf;

import java.util.regex.Pattern;

/**
 * The numbering that marks a heading of the narrative (标题层级): 第一部分 → 1, 一、 → 2, （一）/(一) → 3,
 * 1. / 1、 / （1） / 1) / ① → 4; anything else → 0 (not numbered like a heading).
 */
final class HeadingRule {
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十百零〇]+部分");
    private static final Pattern CHAPTER = Pattern.compile("^[一二三四五六七八九十廿百]+\\s*[、．.]");
    private static final Pattern SECTION = Pattern.compile("^[（(]\\s*[一二三四五六七八九十廿]+\\s*[)）]");
    private static final Pattern ITEM = Pattern.compile(
            "^(\\d{1,2}\\s*[、．]|\\d{1,2}\\.(?!\\d)|[（(]\\s*\\d{1,2}\\s*[)）]|\\d{1,2}\\s*[)）]|[①-⑳])");

    private HeadingRule() {
    }

    static int level(String text) {
        String t = text.strip();
        if (PART.matcher(t).find()) {
            return 1;
        }
        if (CHAPTER.matcher(t).find()) {
            return 2;
        }
        if (SECTION.matcher(t).find()) {
            return 3;
        }
        if (ITEM.matcher(t).find()) {
            return 4;
        }
        return 0;
    }
}
