package org.budgetworkbench.model;

/**
 * 公开范围: a 部门预算/决算 covers the department with all its units, a 单位预算/决算 one budget unit. The two
 * documents of one department, year and kind are different documents (often the same figures, other titles).
 */
public enum DocumentScope {
    DEPARTMENT("department", "部门"),
    UNIT("unit", "单位");

    private final String id;
    private final String chinese;

    DocumentScope(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    /** The id used in extract@1 and the store ({@code department} / {@code unit}). */
    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }

    /** The scope of an id; an unknown or missing id is a department's document, as before scopes existed. */
    public static DocumentScope fromId(String id) {
        return "unit".equals(id) ? UNIT : DEPARTMENT;
    }
}
