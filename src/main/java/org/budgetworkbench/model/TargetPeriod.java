package org.budgetworkbench.model;

/** 长期目标 (3-year rolling) or 年度目标 (annual). */
public enum TargetPeriod {
    LONG_TERM("long_term", "长期"),
    ANNUAL("annual", "年度");

    private final String id;
    private final String chinese;

    TargetPeriod(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }

    public static TargetPeriod fromId(String id) {
        return "long_term".equals(id) ? LONG_TERM : ANNUAL;
    }
}
