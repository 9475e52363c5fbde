package org.budgetworkbench.store;

import java.util.List;

/** The states a stored document goes through (文档状态): 已导入, 已审核, 已修改, 已导出. */
public final class DocumentStatus {
    public static final String IMPORTED = "imported";
    public static final String CHECKED = "checked";
    public static final String EDITED = "edited";
    public static final String EXPORTED = "exported";
    public static final List<String> ALL = List.of(IMPORTED, CHECKED, EDITED, EXPORTED);

    private DocumentStatus() {
    }

    /** 已导入 … for a status id, the id itself for one this version does not know. */
    public static String chinese(String status) {
        return switch (status) {
            case IMPORTED -> "已导入";
            case CHECKED -> "已审核";
            case EDITED -> "已修改";
            case EXPORTED -> "已导出";
            default -> status;
        };
    }

    static void require(String status) {
        if (!ALL.contains(status)) {
            throw new IllegalArgumentException("未知的文档状态：" + status + "（可用：" + String.join("、", ALL) + "）");
        }
    }
}
