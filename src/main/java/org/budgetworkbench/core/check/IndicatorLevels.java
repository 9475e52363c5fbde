package org.budgetworkbench.core.check;

import java.util.List;

/**
 * The indicator hierarchy of performance targets (绩效指标体系): the 一级 levels 产出/效益/满意度/成本 and the
 * 二级 levels that belong under each. Names are compared without whitespace, numbering (一、 1. （一）) and a
 * trailing 指标 / 类指标; older and local names map to the standard ones (项目产出 → 产出, 产出数量 → 数量,
 * 可持续影响 → 可持续性影响, 社会公众或服务对象满意度 → 满意度). The older template's 效果指标 is a 一级 that holds
 * both 效益 and 满意度 二级 lines.
 */
public final class IndicatorLevels {
    public static final String OUTPUT = "产出指标";
    public static final String BENEFIT = "效益指标";
    public static final String SATISFACTION = "满意度指标";
    public static final String COST = "成本指标";
    /** The older template's 一级 for 效益 and 满意度 together. */
    public static final String EFFECT = "效果指标";
    public static final List<String> LEVEL1 = List.of(OUTPUT, BENEFIT, SATISFACTION, COST);
    /** The three a goal must have (产出, 效益, 满意度). */
    public static final List<String> REQUIRED = List.of(OUTPUT, BENEFIT, SATISFACTION);

    private IndicatorLevels() {
    }

    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                return Patterns.replaceAll(s, "[\\s　]+", "");
            }
        }
        return s; // most names have no space: spare the matcher (the form rules ask for thousands of names)
    }

    /** What {@code [\s　]} matches: the ASCII white space and the ideographic space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '　';
    }

    public static boolean blank(String s) {
        return norm(s).isEmpty() || Patterns.matches(norm(s), "[…。.\\-—/]+");
    }

    /** The name without numbering and its trailing 指标 / 类指标 / 类: "一、产出指标" → 产出. */
    static String stem(String printed) {
        String n = Patterns.replaceFirst(norm(printed), "^(?:[（(][0-9一二三四五六七八九十]{1,2}[)）][、.．]?|[0-9一二三四五六七八九十]{1,2}[、.．])", "");
        return Patterns.replaceFirst(n, "(?:类)?(?:指标)?$", "");
    }

    /** The 一级 a printed 一级 name stands for, or null when it is none of them. */
    public static String level1(String printed) {
        String n = stem(printed);
        return switch (n) {
            case "产出", "项目产出" -> OUTPUT;
            case "效益", "项目效益" -> BENEFIT;
            case "满意度", "服务对象满意度", "社会公众或服务对象满意度", "项目满意度" -> SATISFACTION;
            case "成本", "项目成本" -> COST;
            case "效果", "项目效果" -> EFFECT;
            default -> null;
        };
    }

    /**
     * The 一级 a 二级 name belongs under, or null when the name is no known 二级. 成本指标 as a 二级 is 产出's
     * (the older template's place for it).
     */
    public static String parentOf(String level2) {
        String n = stem(level2);
        if (n.isEmpty()) {
            return null;
        }
        if (n.matches("(产出)?(数量|质量|时效|成本)") || n.equals("完成时效") || n.equals("成本控制")) {
            return OUTPUT;
        }
        if (n.endsWith("成本")) {
            return COST;
        }
        if (n.endsWith("效益") || n.startsWith("可持续")) {
            return BENEFIT;
        }
        if (n.endsWith("满意度")) {
            return SATISFACTION;
        }
        return null;
    }

    /**
     * The standard 一级 a line counts for: a 二级 满意度 line is 满意度 wherever printed, a line under 效果指标 is
     * 效益 or 满意度 by its 二级, and a 二级 name in the 一级 column stands for its parent.
     */
    public static String effectiveLevel1(String level1, String level2) {
        if (isSatisfaction(level2)) {
            return SATISFACTION;
        }
        String l1 = level1(level1);
        if (EFFECT.equals(l1)) {
            return BENEFIT;
        }
        if (l1 != null) {
            return l1;
        }
        String p = parentOf(level1);
        return p != null ? p : parentOf(level2);
    }

    /** Whether a 二级 may stand under a printed 一级: its own parent, or 效益/满意度 under 效果指标. */
    public static boolean belongsUnder(String level1Standard, String parent) {
        if (parent.equals(level1Standard)) {
            return true;
        }
        return EFFECT.equals(level1Standard) && (parent.equals(BENEFIT) || parent.equals(SATISFACTION));
    }

    /** Whether a printed name is a level name (一级 or 二级) of any template. */
    public static boolean isLevelName(String printed) {
        return level1(printed) != null || parentOf(printed) != null;
    }

    public static boolean isSatisfaction(String level2) {
        return SATISFACTION.equals(parentOf(level2));
    }

    /** True for 成本指标 printed as a 二级 (the older template's place for it). */
    public static boolean isBareCost(String level2) {
        return stem(level2).matches("(产出)?成本");
    }
}
