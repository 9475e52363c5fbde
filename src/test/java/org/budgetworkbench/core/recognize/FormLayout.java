package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * One layout a district may print its performance forms in (绩效表版式), for the variation test bed: how forms are
 * titled, how goals are labelled, whether each goal repeats the indicator header, where the indicator's name
 * stands, which generation of level names is used, one sheet per form or all forms on one sheet, .xlsx or .xls.
 */
record FormLayout(Title title, Goal goal, boolean headerEachGoal, boolean nameFirstColumn, boolean olderLevels,
                  boolean oneSheet, boolean xls) {

    enum Title {
        /** 某区2024年项目支出绩效目标申报表 + 项目名称 line. */
        STANDARD,
        /** 2024年部门整体支出（绩效目标）申报表 / 2024年项目支出表（含绩效目标）. */
        BRACKETED,
        /** No form title: a project's sheet titled only by its name, the department's by its 部门（单位）名称 line. */
        NAME_ONLY
    }

    enum Goal {
        /** 年度目标1: | goal text, on its own row above the indicators. */
        OWN_ROW,
        /** 年度目标1（20分）：goal text, weight and text in the label's cell. */
        WEIGHTED_CELL,
        /** The label in a 目标名称 column on the goal's first indicator line. */
        NAME_COLUMN
    }

    /** Every combination; the file format alternates so that both formats meet every other feature. */
    static List<FormLayout> all() {
        List<FormLayout> out = new ArrayList<>();
        int n = 0;
        for (Title t : Title.values()) {
            for (Goal g : Goal.values()) {
                for (boolean header : new boolean[] {true, false}) {
                    for (boolean nameFirst : new boolean[] {false, true}) {
                        for (boolean older : new boolean[] {false, true}) {
                            for (boolean oneSheet : new boolean[] {false, true}) {
                                out.add(new FormLayout(t, g, header, nameFirst, older, oneSheet, n++ % 2 == 1));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    String suffix() {
        return xls ? ".xls" : ".xlsx";
    }

    @Override
    public String toString() {
        return title + "/" + goal + (headerEachGoal ? "/header-each" : "/header-once")
                + (nameFirstColumn ? "/name-first" : "/name-in-level3") + (olderLevels ? "/older-levels" : "")
                + (oneSheet ? "/one-sheet" : "/sheet-per-form") + suffix();
    }
}
