package org.budgetworkbench.core.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 及时性: a disclosure is published within the days the rules allow after its approval (批复后 N 日内公开). The
 * deadline is the user's (districts set it: 20 days after the budget's approval is common); dates not known are
 * said, never guessed.
 */
public final class Timeliness {
    private Timeliness() {
    }

    public static ReviewRow row(LocalDate approved, Integer days, LocalDate published) {
        String requirement = days == null ? "按规定时限公开" : "批复后 " + days + " 日内公开";
        if (approved == null || days == null) {
            return new ReviewRow("及时性", "公开时间", requirement, null,
                    List.of("未设定批复日期或公开时限，无法判断是否按时公开。"), "");
        }
        LocalDate deadline = approved.plusDays(days);
        requirement += "（批复 " + approved + "，截止 " + deadline + "）";
        if (published == null) {
            return new ReviewRow("及时性", "公开时间", requirement, null,
                    List.of("未记录公开日期，无法判断是否在 " + deadline + " 前公开。"), "");
        }
        long late = ChronoUnit.DAYS.between(deadline, published);
        if (late > 0) {
            return new ReviewRow("及时性", "公开时间", requirement, false,
                    List.of("于 " + published + " 公开，晚于截止日期 " + late + " 天。"), "");
        }
        return new ReviewRow("及时性", "公开时间", requirement, true, List.of(), "公开于 " + published);
    }
}
