package org.budgetworkbench.ui.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard indicator hierarchy (绩效指标体系) the editor offers: the 一级 and, under each, the 二级 that may be
 * chosen there — a 二级 only under its own 一级.
 */
public final class IndicatorLevelChoices {
    private static final Map<String, List<String>> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        LEVELS.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        LEVELS.put("满意度指标", List.of("服务对象满意度指标"));
        LEVELS.put("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
    }

    private IndicatorLevelChoices() {
    }

    public static List<String> level1() {
        return List.copyOf(LEVELS.keySet());
    }

    /** The 二级 that may be chosen under a 一级; none under a name that is no 一级. */
    public static List<String> level2(String level1) {
        return level1 == null ? List.of() : LEVELS.getOrDefault(level1.strip(), List.of());
    }

    /** Whether a 二级 may stand under a 一级. */
    public static boolean allowed(String level1, String level2) {
        return level2 != null && level2(level1).contains(level2.strip());
    }
}
