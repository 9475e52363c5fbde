package org.budgetworkbench.store;

import java.util.List;

/** The analyst's verdict on a finding (处理状态): 待处理, 已采纳, 已忽略. */
public final class FindingStatus {
    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String DISMISSED = "dismissed";
    public static final List<String> ALL = List.of(OPEN, ACCEPTED, DISMISSED);

    private FindingStatus() {
    }

    public static String chinese(String status) {
        return switch (status) {
            case OPEN -> "待处理";
            case ACCEPTED -> "已采纳";
            case DISMISSED -> "已忽略";
            default -> status;
        };
    }

    static void require(String status) {
        if (!ALL.contains(status)) {
            throw new IllegalArgumentException("未知的审核发现状态：" + status + "（可用：" + String.join("、", ALL) + "）");
        }
    }
}
