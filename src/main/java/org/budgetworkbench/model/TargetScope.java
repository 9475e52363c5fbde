package org.budgetworkbench.model;

/** 部门整体支出 (department as a whole) or 项目支出 (one project). */
public enum TargetScope {
    DEPARTMENT("department", "部门整体"),
    PROJECT("project", "项目");

    private final String id;
    private final String chinese;

    TargetScope(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }

    public static TargetScope fromId(String id) {
        return "project".equals(id) ? PROJECT : DEPARTMENT;
    }
}
