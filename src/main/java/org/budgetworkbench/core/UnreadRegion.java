package org.budgetworkbench.core;

/**
 * 未读取区域: a part of a sheet or page that holds something (figures, a title) but was read as no table and no
 * performance form — named so the analyst knows what the import left out, never dropped in silence.
 *
 * @param place  where it stands: 工作表“表3”第5-27行, 工作表“封面”, 第7页
 * @param title  the title printed over it ("" when it has none)
 * @param reason why it was not read, in the analyst's words
 */
public record UnreadRegion(String place, String title, String reason) {
    public UnreadRegion {
        title = title == null ? "" : title;
    }

    /** 工作表“封面”未识别为公开表，已跳过 / 工作表“表9”第1-20行（“项目明细表”）标题未识别为公开表，已跳过 */
    public String message() {
        return place + (title.isEmpty() ? "" : "（“" + title + "”）") + reason;
    }
}
