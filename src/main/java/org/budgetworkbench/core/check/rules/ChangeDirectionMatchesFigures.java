package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.FigureAnchors;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * The direction word against the two figures it compares (增减方向与数字一致): where one sentence states last year's
 * figure and this year's ("上年执行数 800.00 万元，今年安排 1000.00 万元", "比上年预算数 30.00 万元…") and then says how it
 * moved, 增加/增长/上升 needs this year's to be the larger, 减少/下降/降低 the smaller, 持平 the two equal. A change
 * stated without last year's figure is the rates rule's and the previous year's document's to check. A warning.
 */
public final class ChangeDirectionMatchesFigures implements Rule {
    private static final Pattern DIRECTION = Pattern.compile("(增加|增长|上升|减少|下降|降低|持平)");
    private static final Pattern UP = Pattern.compile("增加|增长|上升");
    private static final Pattern DOWN = Pattern.compile("减少|下降|降低");

    @Override
    public String id() {
        return "text.change_direction";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        Pattern past = Pattern.compile(".*(上年|上一年度?|去年|" + (doc.year() - 1) + "\\s*年).*");
        Figure previous = null;
        Figure current = null;
        String sentence = null;
        int paragraph = -1;
        for (FigureAnchors.Reading r : FigureAnchors.read(doc)) {
            Figure f = r.figure();
            if (f.paragraph() != paragraph || !f.sentence().equals(sentence)) {
                judge(out, previous, current, Integer.MAX_VALUE); // the pair's sentence ends: its words to the 。
                paragraph = f.paragraph();
                sentence = f.sentence();
                previous = null;
                current = null;
            }
            if (previous != null && current != null && judge(out, previous, current, f.start())) {
                previous = null; // the words up to this figure said how the pair moved
                current = null;
            }
            if (!f.isAmount()) {
                continue;
            }
            // "比上年预算数 800.00 万元" is last year's figure, though its 比 makes it read as a change elsewhere
            if (past.matcher(f.label()).matches() && !CARRIED.matcher(f.label()).matches()
                    && !DIRECTION.matcher(f.label()).find()) {
                previous = previous == null ? f : previous;
            } else if (current == null && !r.change()) {
                current = f;
            }
        }
        judge(out, previous, current, Integer.MAX_VALUE);
        return out;
    }

    /** 上年结转 / 年初结转和结余 are this year's money carried over, not last year's figure. */
    private static final Pattern CARRIED = Pattern.compile(".*(结转|结余).*");

    /**
     * Judges the pair on the direction word between the later of the two and {@code to} (within the sentence); true
     * when a direction word was there.
     */
    private boolean judge(List<Finding> out, Figure previous, Figure current, int to) {
        if (previous == null || current == null) {
            return false;
        }
        Figure later = previous.start() > current.start() ? previous : current;
        Matcher m = DIRECTION.matcher(between(later, to));
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        int sign = Amounts.compare(current.wan(), previous.wan()).any() ? current.wan().compareTo(previous.wan()) : 0;
        boolean ok = UP.matcher(word).matches() ? sign > 0 : DOWN.matcher(word).matches() ? sign < 0 : sign == 0;
        if (!ok) {
            String right = sign > 0 ? "增加" : sign < 0 ? "减少" : "持平";
            // found in the words expected is given in: 增长 and 上升 say what 增加 says
            String said = UP.matcher(word).matches() ? "增加" : DOWN.matcher(word).matches() ? "减少" : "持平";
            out.add(new Finding(id(), FindingKind.TEXT_ARITHMETIC, Severity.WARNING, NarrativeFinding.place(later),
                    said, right, "上年 " + NarrativeFinding.show(previous) + " 万元、本年 " + NarrativeFinding.show(current)
                            + " 万元，说明却写“" + word + "”，应为" + right));
        }
        return true;
    }

    private static String between(Figure later, int to) {
        String p = later.paragraphText();
        int from = Math.min(p.length(), later.start());
        while (from < p.length() && "0123456789.,".indexOf(p.charAt(from)) >= 0) {
            from++; // past the figure as printed (1,000.00)
        }
        int end = Math.min(p.length(), Math.max(from, to));
        String text = p.substring(from, end);
        int stop = text.indexOf('。');
        return stop < 0 ? text : text.substring(0, stop);
    }
}
