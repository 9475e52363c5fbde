package org.budgetworkbench.model;

import java.util.Optional;

/**
 * The performance forms a finding can point at (绩效表), beside the disclosure tables of {@link TableType}:
 * 部门整体/项目 绩效目标表 and 绩效自评表. Their ids are what findings@1 carries in {@code where.table}.
 */
public enum PerformanceForm {
    DEPARTMENT_TARGETS("performance.department", "部门整体绩效目标表"),
    PROJECT_TARGETS("performance.project", "项目绩效目标表"),
    DEPARTMENT_EVALUATION("evaluation.department", "部门整体绩效自评表"),
    PROJECT_EVALUATION("evaluation.project", "项目绩效自评表");

    private final String id;
    private final String chinese;

    PerformanceForm(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }

    public static PerformanceForm targets(TargetScope scope) {
        return scope == TargetScope.PROJECT ? PROJECT_TARGETS : DEPARTMENT_TARGETS;
    }

    public static PerformanceForm evaluation(TargetScope scope) {
        return scope == TargetScope.PROJECT ? PROJECT_EVALUATION : DEPARTMENT_EVALUATION;
    }

    public static Optional<PerformanceForm> fromId(String id) {
        for (PerformanceForm f : values()) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
