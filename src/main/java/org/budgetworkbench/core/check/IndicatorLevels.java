package org.budgetworkbench.core.check;

import java.util.List;

/**
 * The indicator hierarchy of performance targets (绩效指标体系): the 一级 levels 产出/效益/满意度/成本 and the
 * 二级 levels that belong under each. Names are compared without whitespace; "指标" may be left off.
 */
public final class IndicatorLevels {
    public static final String OUTPUT = "产出指标";
    public static final String BENEFIT = "效益指标";
    public static final String SATISFACTION = "满意度指标";
    public static final String COST = "成本指标";
    public static final List<String> LEVEL1 = List.of(OUTPUT, BENEFIT, SATISFACTION, COST);
    /** The three a goal must have (产出, 效益, 满意度). */
    public static final List<String> REQUIRED = List.of(OUTPUT, BENEFIT, SATISFACTION);

    private IndicatorLevels() {
    }

    public static String norm(String s) {
        return s == null ? "" : Patterns.replaceAll(s, "[\\s　]+", "");
    }

    public static boolean blank(String s) {
        return norm(s).isEmpty() || Patterns.matches(norm(s), "[…。.\\-—/]+");
    }

    /** The 一级 a printed 一级 name stands for, or null when it is none of them. */
    public static String level1(String printed) {
        String n = Patterns.replaceFirst(norm(printed), "指标$", "");
        return switch (n) {
            case "产出" -> OUTPUT;
            case "效益" -> BENEFIT;
            case "满意度" -> SATISFACTION;
            case "成本" -> COST;
            default -> null;
        };
    }

    /** The 一级 a 二级 name belongs under, or null when the name is no known 二级. 成本指标 as a 二级 is 产出's. */
    public static String parentOf(String level2) {
        String n = Patterns.replaceFirst(norm(level2), "指标$", "");
        if (n.isEmpty()) {
            return null;
        }
        if (n.equals("数量") || n.equals("质量") || n.equals("时效") || n.equals("成本")) {
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

    public static boolean isSatisfaction(String level2) {
        return SATISFACTION.equals(parentOf(level2));
    }

    /** True for 成本指标 printed as a 二级 (the older template's place for it). */
    public static boolean isBareCost(String level2) {
        return Patterns.replaceFirst(norm(level2), "指标$", "").equals("成本");
    }
}
