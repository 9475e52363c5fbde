package org.budgetworkbench.core.review;

import java.util.List;

/**
 * One row of the review sheet (审核检查表的一行): the item reviewed (及时性, 封面, 一般公共预算支出表 …), what it
 * asks, whether it meets the requirement ({@code null}: could not be judged, said in {@code problems}), the
 * problems in plain sentences, and where they are (pages, tables).
 */
public record ReviewRow(String group, String item, String requirement, Boolean meets, List<String> problems,
                        String where) {
    public ReviewRow {
        problems = List.copyOf(problems);
    }

    /** 是 / 否 / 无法判断, as the sheet prints it. */
    public String verdict() {
        return meets == null ? "无法判断" : meets ? "是" : "否";
    }
}
