package org.budgetworkbench.core.across;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.FigureAnchors;
import org.budgetworkbench.core.check.FigureAnchors.Reading;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * What the narrative says about the previous year, against the previous year's document (与上年比较的表述):
 * "比上年预算增加 X 万元、增长 P%", "较 2023 年决算数 Y 万元减少 …", "与上年持平". The figure the sentence speaks
 * of is read from its phrase (as the narrative check reads it), its previous-year value from the same table,
 * row and column of last year's document; then the base figure the text states, the change and the rate
 * (where no change amount is given) and 持平 are each compared with what last year's document says.
 */
public final class PreviousYearClaims {
    public static final String RULE = "cross.previous_year";
    /** 比/较/同比/与 + 上年/上一年/去年/2023年 (+ 度) (+ 预算/决算): the comparison and its basis. */
    private static final Pattern COMPARED = Pattern.compile(
            "(?:比|较|同比|与|和|同|相比)\\s*(上年|上一年|去年|(\\d{4})\\s*年)度?\\s*(预算|决算)?");
    private static final Pattern BASE = Pattern.compile(".*(上年|上一年|去年|\\d{4}年)度?(?:预算|决算)?(?:数)?(?:的)?(?:为|是)?$");
    private static final Pattern CHANGE = Pattern.compile(".*(增加|减少|增长|下降|上升|降低|压减|节约|增|减|多|少)了?$");
    private static final Pattern DOWN = Pattern.compile(".*(减少|下降|降低|压减|节约|减|少)了?$");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PreviousYearClaims() {
    }

    /** Findings on {@code doc}, each with its place in {@code previous} as {@code other}. */
    public static List<Finding> check(Document doc, Document previous) {
        if (previous.year() != doc.year() - 1 || previous.kind() != doc.kind()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Reading subject = null;
        FigureAnchors.Anchor subjectAnchor = null;
        String sentence = null;
        boolean changeStated = false;
        for (Reading r : FigureAnchors.read(doc)) {
            Figure f = r.figure();
            if (!f.sentence().equals(sentence)) {
                flat(doc, previous, subject, subjectAnchor, changeStated, out);
                sentence = f.sentence();
                subject = null;
                changeStated = false;
            }
            if (!r.change()) {
                FigureAnchors.Anchor a = f.isAmount() ? anchor(doc, r) : null;
                if (a != null) {
                    flat(doc, previous, subject, subjectAnchor, changeStated, out);
                    subject = r;
                    subjectAnchor = a;
                    changeStated = false;
                }
                continue;
            }
            if (subject == null || !aboutLastYear(doc, f, subject.figure())) {
                continue;
            }
            BigDecimal before = subjectAnchor.value(previous).orElse(null);
            if (before == null) {
                continue; // last year's document has no such figure: nothing to compare with
            }
            BigDecimal now = subject.figure().wan();
            if (f.isAmount() && BASE.matcher(f.label()).matches()) {
                compare(out, doc, previous, subjectAnchor, f, f.wan(), before, "上年数");
            } else if (f.isAmount() && CHANGE.matcher(f.label()).matches()) {
                changeStated = true;
                BigDecimal change = now.subtract(before);
                BigDecimal stated = DOWN.matcher(f.label()).matches() ? f.wan().negate() : f.wan();
                compare(out, doc, previous, subjectAnchor, f, stated, change, "增减额");
            } else if (f.isPercent() && CHANGE.matcher(f.label()).matches() && !changeStated
                    && before.signum() != 0) {
                BigDecimal rate = now.subtract(before).multiply(HUNDRED).divide(before.abs(), 8, RoundingMode.HALF_UP);
                BigDecimal stated = DOWN.matcher(f.label()).matches() ? f.value().negate() : f.value();
                if (stated.subtract(rate).abs().compareTo(NarrativeFinding.halfUnit(f)) > 0) {
                    out.add(new Finding(RULE, FindingKind.TEXT_ARITHMETIC, Severity.WARNING, NarrativeFinding.place(f),
                            f.value(), rate.abs().setScale(f.decimals(), RoundingMode.HALF_UP),
                            subjectAnchor.term() + "的增减幅度说明为 " + NarrativeFinding.show(f) + "%，按"
                                    + Places.name(previous, doc) + "的 " + Places.show(before) + " 万元计算应为 "
                                    + rate.setScale(f.decimals(), RoundingMode.HALF_UP).toPlainString() + "%",
                            Places.cell(subjectAnchor)));
                }
            }
        }
        flat(doc, previous, subject, subjectAnchor, changeStated, out);
        return out;
    }

    /** "与上年持平" after a figure: the previous year's figure must be the same. */
    private static void flat(Document doc, Document previous, Reading subject, FigureAnchors.Anchor subjectAnchor,
                             boolean changeStated, List<Finding> out) {
        if (subject == null || changeStated) {
            return;
        }
        Figure f = subject.figure();
        String after = f.sentence().substring(Math.max(0, f.sentence().indexOf(f.span()) + f.span().length()));
        if (!after.contains("持平") || !aboutLastYear(doc, f, f)) {
            return;
        }
        BigDecimal before = subjectAnchor.value(previous).orElse(null);
        if (before == null) {
            return;
        }
        Amounts.Difference d = Amounts.compare(f.wan(), before);
        if (d.any()) {
            out.add(new Finding(RULE, Amounts.kind(d, FindingKind.TEXT_TABLE_MISMATCH), Amounts.severity(d),
                    NarrativeFinding.place(f), f.value(), Amounts.money(before),
                    subjectAnchor.term() + " " + NarrativeFinding.show(f) + " 万元说明为与上年持平，但"
                            + Places.name(previous, doc) + "为 " + Places.show(before) + " 万元",
                    Places.cell(subjectAnchor)));
        }
    }

    private static void compare(List<Finding> out, Document doc, Document previous, FigureAnchors.Anchor subjectAnchor,
                                Figure f, BigDecimal stated, BigDecimal expected, String what) {
        Amounts.Difference d = Amounts.compare(stated, expected);
        if (!d.any()) {
            return;
        }
        boolean wrongWay = stated.signum() != 0 && expected.signum() != 0 && stated.signum() != expected.signum();
        out.add(new Finding(RULE, Amounts.kind(d, FindingKind.TEXT_TABLE_MISMATCH), Amounts.severity(d),
                NarrativeFinding.place(f), f.value(), Amounts.money(expected.abs()),
                subjectAnchor.term() + "的" + what + "说明为 " + NarrativeFinding.show(f) + " 万元，按"
                        + Places.name(previous, doc) + "的 " + Places.show(subjectAnchor.value(previous).orElseThrow())
                        + " 万元应为" + (wrongWay ? (expected.signum() < 0 ? "减少 " : "增加 ") : " ")
                        + Places.show(expected.abs()) + " 万元",
                Places.cell(subjectAnchor)));
    }

    /** The cell a figure names: as the narrative check read it, else by its phrase (the year and budget words dropped). */
    private static FigureAnchors.Anchor anchor(Document doc, Reading r) {
        if (r.anchor() != null && r.anchor().table() != null) {
            return r.anchor();
        }
        String term = Phrases.term(r.figure().label());
        FigureAnchors.Anchor a = term.isEmpty() ? null : FigureAnchors.anchorIn(doc, r.figure(), term);
        return a == null || a.table() == null ? null : a;
    }

    /** The clause between the figure spoken of and this one compares with the previous year of the same kind. */
    private static boolean aboutLastYear(Document doc, Figure f, Figure subject) {
        String s = f.paragraphText();
        int from = Math.min(subject.start(), f.start());
        String between = s.substring(from, Math.max(from, Math.min(s.length(), f.start() + 1)));
        if (f == subject) {
            between = s.substring(from, Math.min(s.length(), s.indexOf('。', from) < 0 ? s.length()
                    : s.indexOf('。', from)));
        }
        Matcher m = COMPARED.matcher(between);
        if (!m.find()) {
            return false;
        }
        if (m.group(2) != null && Integer.parseInt(m.group(2)) != doc.year() - 1) {
            return false;
        }
        String basis = m.group(3);
        return basis == null || basis.equals(doc.kind() == DocumentKind.BUDGET ? "预算" : "决算");
    }
}
