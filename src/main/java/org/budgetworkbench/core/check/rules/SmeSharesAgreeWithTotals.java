package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeFigures;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * The shares of 政府采购 awarded to small and medium enterprises agree with the amounts (中小企业合同占比):
 * Σ (share of 货物/工程/服务 × that category's amount) = 授予中小企业合同金额. When the whole procurement went to
 * them, every category's share is 100%; a share equal to category ÷ total is the usual slip.
 */
public final class SmeSharesAgreeWithTotals implements Rule {
    private static final Pattern CATEGORY_SHARE = Pattern.compile(".*(货物|工程|服务)(?:采购)?授予中小企业合同金额占.*$");
    private static final Pattern CATEGORY_AMOUNT = Pattern.compile(".*(?:政府采购)?(货物|工程|服务)(?:采购)?支出(?:金额)?(?:为)?$");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public String id() {
        return "text.sme_share";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        Map<Integer, List<Figure>> byParagraph = new LinkedHashMap<>();
        for (Figure f : NarrativeFigures.of(doc)) {
            if (f.paragraphText().contains("中小企业")) {
                byParagraph.computeIfAbsent(f.paragraph(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Figure> figures : byParagraph.values()) {
            BigDecimal total = null;
            BigDecimal sme = null;
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            Map<String, Figure> shares = new LinkedHashMap<>();
            for (Figure f : figures) {
                Matcher c;
                if (f.isAmount() && f.label().matches(".*政府采购支出总额(?:为)?$")) {
                    total = f.wan();
                } else if (f.isAmount() && f.label().matches("^授予中小企业合同金额(?:为)?$")) {
                    sme = f.wan();
                } else if (f.isAmount() && (c = CATEGORY_AMOUNT.matcher(f.label())).matches()) {
                    amounts.put(c.group(1), f.wan());
                } else if (f.isPercent() && (c = CATEGORY_SHARE.matcher(f.label())).matches()) {
                    shares.put(c.group(1), f);
                }
            }
            if (sme == null || shares.isEmpty() || !amounts.keySet().containsAll(shares.keySet())) {
                continue;
            }
            boolean allCategories = amounts.entrySet().stream()
                    .allMatch(e -> e.getValue().signum() == 0 || shares.containsKey(e.getKey()));
            if (!allCategories) {
                continue;
            }
            BigDecimal implied = BigDecimal.ZERO;
            BigDecimal slack = new BigDecimal("0.01");
            for (Map.Entry<String, Figure> e : shares.entrySet()) {
                BigDecimal amount = amounts.get(e.getKey());
                implied = implied.add(amount.multiply(e.getValue().value()).divide(HUNDRED, MathContext.DECIMAL64));
                slack = slack.add(amount.multiply(NarrativeFinding.halfUnit(e.getValue()))
                        .divide(HUNDRED, MathContext.DECIMAL64));
            }
            if (implied.subtract(sme).abs().compareTo(slack) <= 0) {
                continue;
            }
            boolean whole = total != null && sme.compareTo(total) >= 0;
            for (Map.Entry<String, Figure> e : shares.entrySet()) {
                Figure f = e.getValue();
                out.add(new Finding(id(), FindingKind.TEXT_ARITHMETIC, Severity.WARNING, NarrativeFinding.place(f),
                        f.value(), whole ? HUNDRED : null, "说明中" + e.getKey() + "采购授予中小企业的占比 "
                        + f.value().toPlainString() + "% 与金额不符：各类占比 × 各类金额之和为 "
                        + implied.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " 万元，授予中小企业合同金额为 "
                        + sme.toPlainString() + " 万元" + (whole ? "（全部授予中小企业，各类占比均应为 100%）" : "")));
            }
        }
        return out;
    }
}
