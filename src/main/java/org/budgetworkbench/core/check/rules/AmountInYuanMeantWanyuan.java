package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeFigures;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;

/**
 * An amount in 元 where 万元 is meant (单位错误): "预算调整为501.6元" where the same figure is 501.6 万元 in the
 * tables or elsewhere in the text, in the narrative or in a form field. A figure in 元 that appears nowhere
 * as 万元 (人均 500 元) is left alone.
 */
public final class AmountInYuanMeantWanyuan implements Rule {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern WANYUAN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*万元");
    private static final Pattern YUAN = Pattern.compile("(?<![0-9.])(\\d+(?:\\.\\d+)?)\\s*元");

    @Override
    public String id() {
        return "unit.yuan";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        // the document's 万元 figures are gathered only when a figure in 元 asks for them (most documents have none)
        Set<BigDecimal> wan = null;
        for (Figure f : NarrativeFigures.of(doc)) {
            if (!"元".equals(f.unit()) || f.value().signum() <= 0) {
                continue;
            }
            if (wan == null) {
                wan = wanyuanFigures(doc);
            }
            if (wan.contains(f.value().stripTrailingZeros())) {
                out.add(new Finding(id(), FindingKind.UNIT_ERROR, Severity.ERROR, NarrativeFinding.place(f),
                        f.value().toPlainString() + "元", f.value().toPlainString() + "万元",
                        "说明中的 " + f.value().toPlainString() + " 元应为 " + f.value().toPlainString()
                                + " 万元（同一数字在表中或他处以万元计）"));
            }
        }
        for (FormField field : doc.formFields()) {
            if (field.value() == null) {
                continue;
            }
            Matcher m = YUAN.matcher(field.value());
            while (m.find()) {
                if (m.start() > 0 && "万亿千".indexOf(field.value().charAt(m.end() - 2)) >= 0) {
                    continue;
                }
                BigDecimal v = new BigDecimal(m.group(1));
                if (v.signum() <= 0) {
                    continue;
                }
                if (wan == null) {
                    wan = wanyuanFigures(doc);
                }
                if (wan.contains(v.stripTrailingZeros())) {
                    String quote = clause(field.value(), m.start());
                    out.add(new Finding(id(), FindingKind.UNIT_ERROR, Severity.ERROR,
                            PerformancePlaces.field(field, "amount").withRow(field.label()).withQuote(null, quote),
                            m.group(1) + "元", m.group(1) + "万元", "“" + field.label() + "”中的 " + m.group(1)
                            + " 元应为 " + m.group(1) + " 万元（同一数字在表中或他处以万元计）"));
                }
            }
        }
        return out;
    }

    /** Every figure the document gives in 万元: table cells, 万元 figures of the text, form fields in 万元 forms. */
    private static Set<BigDecimal> wanyuanFigures(Document doc) {
        Set<BigDecimal> out = new HashSet<>();
        for (DisclosureTable t : doc.tables()) {
            for (Row r : t.rows()) {
                r.values().values().stream().filter(v -> v != null && v.signum() > 0)
                        .forEach(v -> out.add(v.stripTrailingZeros()));
            }
        }
        for (Figure f : NarrativeFigures.of(doc)) {
            if (f.isAmount()) {
                out.add(f.wan().stripTrailingZeros());
            }
        }
        for (FormField field : doc.formFields()) {
            if (field.value() != null && PLAIN_NUMBER.matcher(field.value().strip()).matches()) {
                out.add(new BigDecimal(field.value().strip()).stripTrailingZeros());
            }
            if (field.value() != null) {
                Matcher m = WANYUAN.matcher(field.value());
                while (m.find()) {
                    out.add(new BigDecimal(m.group(1)).stripTrailingZeros());
                }
            }
        }
        return out;
    }

    private static String clause(String text, int at) {
        int from = Math.max(text.lastIndexOf('。', at), Math.max(text.lastIndexOf(' ', at), -1)) + 1;
        int to = text.indexOf('。', at);
        return text.substring(from, to < 0 ? text.length() : to + 1).strip();
    }
}
