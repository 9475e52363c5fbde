package org.budgetworkbench.core.recognize;

import org.budgetworkbench.model.DocumentKind;

/** 预算/决算 in a title: the fund names (一般公共预算, 政府性基金预算 …) contain 预算 and say nothing of the kind. */
final class TableKindWords {
    private TableKindWords() {
    }

    /** BUDGET or FINAL when the text says so, else null. */
    static DocumentKind of(String text) {
        String t = Texts.fold(text).replace("一般公共预算", "").replace("政府性基金预算", "")
                .replace("国有资本经营预算", "").replace("预算数", "").replace("决算数", "");
        boolean finalWord = t.contains("决算") || t.contains("自评");
        boolean budgetWord = t.contains("预算") || t.contains("绩效目标");
        if (finalWord && !budgetWord) {
            return DocumentKind.FINAL;
        }
        if (budgetWord && !finalWord) {
            return DocumentKind.BUDGET;
        }
        return null;
    }
}
