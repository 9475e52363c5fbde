package org.budgetworkbench.core.recognize;

import org.budgetworkbench.model.catalog.FunctionClassification;

/**
 * 功能科目小计行: in a list keyed by project but printed with a function-code column (科目编码 | 项目名称 | …), a
 * district may print a line per 类, 款 or 项 above its projects (201 一般公共服务支出, 20103 政府办公厅（室）及相关机构事务)
 * holding their sum. Such a line names its level — its name is the catalogue's name for the code, now or in an
 * earlier year's catalogue — where a project line names the project. The subtotal is keyed by its code, not taken
 * for a unit (a 3-digit code) nor for a project.
 */
final class FunctionSubtotals {
    private FunctionSubtotals() {
    }

    /** Whether a 3-digit code is a function class (类) of the catalogue: 201 is, a unit code 003 is not. */
    static boolean isFunctionClass(String code) {
        return code.length() == 3 && FunctionClassification.get().find(code).isPresent();
    }

    /** Whether the line's name is its code's own name (the catalogue's, current or former, or a 类's short form). */
    static boolean namesItsLevel(String code, String name) {
        if (FunctionClassification.get().nameMatches(code, name)) {
            return true;
        }
        return code.length() == 3 && code.equals(ClassNames.functionClass(name));
    }
}
