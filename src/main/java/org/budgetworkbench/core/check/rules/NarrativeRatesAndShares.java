package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.FigureAnchors;
import org.budgetworkbench.core.check.FigureAnchors.Reading;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * The narrative's own arithmetic of percentages (说明中的增幅、占比、完成率): a rate of change = change ÷ the
 * previous figure (previous = current − change); a share = part ÷ the total the paragraph (or section) opens
 * with; 完成预算的 x% = 决算 ÷ 预算. A figure truncated instead of rounded (14.28 for 14.2857) is a note for
 * rates and a warning for shares; a larger difference a warning, as the base is read from the prose.
 * A share whose base is named ("9746.50 万元，占本年支出合计的 99.86%") takes its base from the table cell the
 * name is ({@link ShareBase}), not from the prose: a figure off by rounding is then a note, as the base is sure.
 */
public final class NarrativeRatesAndShares implements Rule {
    private static final Pattern RATE = Pattern.compile(".*(增长|下降|上升|降低|增幅|降幅|增加|减少)$");
    private static final Pattern EXECUTION = Pattern.compile(".*(完成.*预算的|执行率(?:为)?|执行率达)$");
    private static final Pattern SHARE = Pattern.compile(".*(占比|占|比重)(?:为|达)?$|.*占[^，。；]{0,14}的?$");
    private static final Pattern DOWN = Pattern.compile(".*(减少|下降|降低|压减|降幅).*");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** A share stands right after its part ("，占 5.6%"); a longer span names another base. */
    private static final int SHORT_SPAN = 10;

    @Override
    public String id() {
        return "text.percent";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        List<Reading> readings = FigureAnchors.read(doc);
        Map<String, Reading> sectionLead = new HashMap<>();
        int paragraph = -1;
        Figure paragraphLead = null;
        Figure current = null;
        Figure change = null;
        Figure budgeted = null;
        Figure actual = null;
        String sentence = null;
        boolean rated = false;
        boolean currentBudgeted = false;
        for (Reading r : readings) {
            Figure f = r.figure();
            if (f.paragraph() != paragraph) {
                paragraph = f.paragraph();
                paragraphLead = null;
                change = null;
            }
            if (!f.sentence().equals(sentence)) {
                sentence = f.sentence();
                budgeted = null;
                actual = null;
                rated = false;
            }
            if (f.isAmount()) {
                if (r.change()) {
                    change = f;
                } else {
                    current = f;
                    currentBudgeted = r.budgeted();
                    change = null;
                    if (paragraphLead == null) {
                        paragraphLead = f;
                    }
                    sectionLead.putIfAbsent(f.section(), r);
                    if (r.budgeted()) {
                        budgeted = f;
                        actual = null;
                    } else if (actual == null) {
                        actual = f;
                    } else if (rated) {
                        // the pair before was rated: a new 决算 begins the next item ("其中：因公出国（境）费决算
                        // 为0.00万元，完成预算的0.00%"), whose budget the text has not given
                        actual = f;
                        budgeted = null;
                    }
                    rated = false;
                }
                continue;
            }
            if (!f.isPercent()) {
                continue;
            }
            String label = f.label();
            ShareBase named = SHARE.matcher(label).matches() && current != null
                    && current.sentence().equals(f.sentence()) ? ShareBase.of(doc, f).orElse(null) : null;
            if (named != null && named.value().compareTo(current.wan()) < 0) {
                named = null; // a part larger than the base names another base than the one read
            }
            if (EXECUTION.matcher(label).matches()) {
                rated = true;
                if (budgeted != null && actual != null && budgeted.wan().signum() > 0) {
                    check(out, f, percent(actual.wan(), budgeted.wan()), false,
                            "完成率 = " + actual.value().toPlainString() + " ÷ " + budgeted.value().toPlainString());
                }
            } else if (RATE.matcher(label).matches() && change != null && current != null
                    && current.paragraph() == change.paragraph()) {
                // the figure a change is of stands in its paragraph; a change stated alone ("公务接待费支出决算减少
                // 0.15万元，下降27.78%") has no base the text gives, and an earlier paragraph's amount is another subject
                BigDecimal d = change.wan();
                boolean down = DOWN.matcher(change.label()).matches();
                BigDecimal previous = down ? current.wan().add(d) : current.wan().subtract(d);
                if (previous.signum() > 0) {
                    check(out, f, percent(d, previous), false, "变动率 = " + d.toPlainString() + " ÷ 上年 "
                            + previous.toPlainString());
                }
            } else if (named != null) {
                checkNamed(out, f, current, named);
            } else if (SHARE.matcher(label).matches() && current != null && current.paragraph() == f.paragraph()
                    && f.span().length() <= SHORT_SPAN) {
                Reading lead = sectionLead.get(f.section());
                // a section that opens with its 年初预算 has no base for the shares of its 决算 (and the reverse)
                Figure base = paragraphLead != null && paragraphLead != current
                        && paragraphLead.wan().compareTo(current.wan()) >= 0 ? paragraphLead
                        : lead != null && lead.budgeted() == currentBudgeted ? lead.figure() : null;
                if (base != null && base != current && base.wan().signum() > 0
                        && base.wan().compareTo(current.wan()) >= 0) {
                    check(out, f, percent(current.wan(), base.wan()), true, "占比 = "
                            + current.value().toPlainString() + " ÷ " + base.value().toPlainString());
                }
            }
        }
        return out;
    }

    /** A share of a named base: within one unit of the last digit a rounding note, beyond it a warning. */
    private void checkNamed(List<Finding> out, Figure f, Figure part, ShareBase base) {
        BigDecimal exact = percent(part.wan(), base.value());
        BigDecimal expected = exact.setScale(f.decimals(), RoundingMode.HALF_UP);
        BigDecimal diff = f.value().subtract(exact).abs();
        if (diff.compareTo(NarrativeFinding.halfUnit(f).add(new BigDecimal("0.0000001"))) <= 0) {
            return;
        }
        boolean rounding = diff.compareTo(BigDecimal.ONE.movePointLeft(f.decimals())) < 0;
        out.add(new Finding(id(), rounding ? FindingKind.ROUNDING : FindingKind.TEXT_ARITHMETIC,
                rounding ? Severity.INFO : Severity.WARNING, NarrativeFinding.place(f), f.value(), expected,
                "说明中的 " + f.value().toPlainString() + "% 与计算不符：" + part.value().toPlainString() + " ÷ "
                        + base.name() + " " + Amounts.show(base.value()) + "（" + base.table() + "）= "
                        + exact.setScale(Math.max(2, f.decimals() + 2), RoundingMode.HALF_UP).toPlainString()
                        + "%，应为 " + expected.toPlainString() + "%"));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
    }

    private void check(List<Finding> out, Figure f, BigDecimal exact, boolean share, String how) {
        BigDecimal expected = exact.setScale(f.decimals(), RoundingMode.HALF_UP);
        BigDecimal diff = f.value().subtract(exact).abs();
        if (diff.compareTo(NarrativeFinding.halfUnit(f).add(new BigDecimal("0.0000001"))) <= 0) {
            return;
        }
        boolean truncated = diff.compareTo(BigDecimal.ONE.movePointLeft(f.decimals())) < 0;
        FindingKind kind = truncated && !share ? FindingKind.ROUNDING : FindingKind.TEXT_ARITHMETIC;
        Severity severity = truncated && !share ? Severity.INFO : Severity.WARNING;
        out.add(new Finding(id(), kind, severity, NarrativeFinding.place(f), f.value(), expected,
                "说明中的 " + f.value().toPlainString() + "% 与计算不符：" + how + " = "
                        + exact.setScale(Math.max(2, f.decimals() + 2), RoundingMode.HALF_UP).toPlainString()
                        + "%，应为 " + expected.toPlainString() + "%"));
    }
}
