package org.budgetworkbench.core.recognize;

import org.budgetworkbench.model.TargetScope;

/**
 * The title that opens a performance form (绩效目标申报表 / 绩效目标表 / 绩效自评表): what kind of form follows and
 * whether it is the department's or one project's. Brackets in a title are read through (…支出（绩效目标）申报表,
 * 项目支出表（含绩效目标）). Section titles inside a form (长期绩效目标表, 年度绩效目标表, 项目绩效总目标) open no
 * new form. A title that names neither 部门整体 nor 项目 leaves the scope to the form's fields.
 */
record FormTitle(Kind kind, TargetScope scope) {

    enum Kind {
        /** 绩效目标申报表 (budget). */
        TARGETS,
        /** 绩效自评表 (final accounts). */
        EVALUATION
    }

    /** The title a cell's text announces, or null when the text is no form title. */
    static FormTitle parse(String text) {
        String s = Texts.compact(text).replaceAll("[（）()【】\\[\\]〔〕<>《》]", "");
        if (s.length() < 5 || s.length() > 80) {
            return null;
        }
        if (s.contains("自评表") || s.endsWith("绩效自评") || s.contains("自评情况表") || s.contains("自评结果表")) {
            return new FormTitle(Kind.EVALUATION, scopeOf(s));
        }
        boolean targetForm = s.contains("绩效目标申报表") || s.contains("含绩效目标")
                || (s.contains("绩效目标") && s.endsWith("表") || s.contains("绩效目标表")) && !isSection(s);
        if (targetForm) {
            return new FormTitle(Kind.TARGETS, scopeOf(s));
        }
        return null;
    }

    /** 长期绩效目标表 / 年度绩效目标表 head a part of a project's form, not a new one. */
    private static boolean isSection(String s) {
        return s.startsWith("长期") || s.startsWith("年度");
    }

    private static TargetScope scopeOf(String s) {
        if (s.contains("部门整体") || s.contains("单位整体") || s.contains("整体绩效") || s.contains("整体支出")
                || s.contains("部门单位整体") || s.contains("部门绩效")) {
            return TargetScope.DEPARTMENT;
        }
        return s.contains("项目") ? TargetScope.PROJECT : null;
    }
}
