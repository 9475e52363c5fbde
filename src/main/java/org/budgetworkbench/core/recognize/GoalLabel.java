package org.budgetworkbench.core.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.model.TargetPeriod;

/**
 * The name of a goal block as the form prints it (长期目标1:, 年度绩效目标2, 年度目标 3：): the label without its
 * colon, the period it names and its number.
 */
record GoalLabel(String label, TargetPeriod period, int number) {

    private static final Pattern LABEL = Pattern.compile("^((长期|年度)(?:绩效)?目标)\\s*([0-9]{1,2})\\s*[:：]?$");

    /** The goal label a cell holds, or null. */
    static GoalLabel parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        TargetPeriod period = "长期".equals(m.group(2)) ? TargetPeriod.LONG_TERM : TargetPeriod.ANNUAL;
        return new GoalLabel(m.group(1) + m.group(3), period, Integer.parseInt(m.group(3)));
    }
}
