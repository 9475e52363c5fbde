package org.budgetworkbench.core.across;

import org.budgetworkbench.core.check.Patterns;

/** What a narrative figure is a figure of (数字所指): its label without the year in front and the budget words behind. */
final class Phrases {
    private Phrases() {
    }

    /**
     * "2024年度一般公共预算财政拨款支出年初预算为" → "一般公共预算财政拨款支出"; empty when only budget words are left
     * ("年初预算为"), so the sentence's subject applies.
     */
    static String term(String label) {
        String s = Patterns.replaceAll(label, "[“”\"\\s]", "");
        s = Patterns.replaceFirst(s, "^.*?20\\d\\d年度?", "");
        s = Patterns.replaceFirst(s, "(?:的)?(?:年初)?(?:预算)?(?:数)?(?:为|是|安排|共计|合计)?$", "");
        return Patterns.replaceFirst(s, "(?:的)?(?:年初)?(?:预算)?(?:数)?$", "");
    }
}
