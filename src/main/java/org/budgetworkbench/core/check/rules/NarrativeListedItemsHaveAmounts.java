package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Catalogues;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.catalog.Classification;
import org.budgetworkbench.model.catalog.ClassificationEntry;
import org.budgetworkbench.core.check.Rule;

/**
 * What 人员经费/公用经费 "主要包括/主要用于" has an amount in the basic-expenditure table (说明所列支出项目应有
 * 预算/决算): each listed item that is an economic 款 (会议费 30215, 取暖费 30208 …) and has no line, or a zero
 * line, in the table is named.
 */
public final class NarrativeListedItemsHaveAmounts implements Rule {
    private static final Pattern LIST = Pattern.compile(
            "(人员经费|公用经费|基本支出|商品和服务支出|工资福利支出|对个人和家庭的补助)[^。；]*?(?:主要包括|主要用于|包括|用于)[：:]?([^。；]+)");
    private static final Pattern SUBJECT = Pattern.compile("人员经费|公用经费|基本支出|商品和服务支出|工资福利支出|对个人和家庭的补助");
    private static final int FEWEST_ITEMS = 3;

    @Override
    public String id() {
        return "text.listed_items";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        TableType type = doc.kind() == DocumentKind.BUDGET ? TableType.BUDGET_GPB_BASIC : TableType.FINAL_GPB_BASIC;
        Optional<DisclosureTable> table = doc.table(type);
        if (table.isEmpty()) {
            return out;
        }
        String column = doc.kind() == DocumentKind.BUDGET ? "total" : "amount";
        if (!table.get().prints(column)) {
            return out;
        }
        Optional<Classification> catalogue = Catalogues.economic();
        for (NarrativeSection s : doc.narrative()) {
            for (String p : s.paragraphs()) {
                Matcher m = LIST.matcher(p);
                while (m.find()) {
                    List<String> missing = new ArrayList<>();
                    int known = 0;
                    for (String item : m.group(2).split("[、，,]")) {
                        String name = item.strip().replaceFirst("(等|等等|等支出|等方面)$", "").strip();
                        Optional<String> code = code(name, table.get(), catalogue);
                        if (code.isEmpty()) {
                            continue;
                        }
                        known++;
                        Optional<Row> row = table.get().row(code.get());
                        BigDecimal v = row.map(r -> r.amount(column)).orElse(BigDecimal.ZERO);
                        if (v.signum() == 0) {
                            missing.add(code.get() + " " + name);
                        }
                    }
                    if (known >= FEWEST_ITEMS && !missing.isEmpty()) {
                        String quote = p.substring(m.start(), Math.min(p.length(), m.end() + 1)).strip();
                        out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING,
                                FindingPlace.text(s.heading(), quote), String.join("、", missing), "表中有金额",
                                "说明称" + m.group(1) + "主要包括的 " + missing.size() + " 项在" + table.get().title()
                                        + "中没有金额：" + String.join("、", missing),
                                FindingPlace.cell(type.id(), null, column)));
                    }
                }
            }
        }
        return out;
    }

    /** The last of the subjects before the list: 人员经费 in "基本支出…，其中：人员经费…，主要包括". */
    private static String subject(String match) {
        Matcher s = SUBJECT.matcher(match.replaceFirst("(主要包括|主要用于|包括|用于).*$", ""));
        String last = "";
        while (s.find()) {
            last = s.group();
        }
        return last;
    }

    /** The economic 款 code a listed name stands for: by the table's own rows first, then the catalogue. */
    private static Optional<String> code(String name, DisclosureTable table, Optional<Classification> catalogue) {
        String n = Classification.normalise(name);
        if (n.length() < 2) {
            return Optional.empty();
        }
        for (Row r : table.rows()) {
            if (r.key().matches("\\d{5}") && same(Classification.normalise(r.name()), n)) {
                return Optional.of(r.key());
            }
        }
        if (catalogue.isPresent()) {
            for (ClassificationEntry e : catalogue.get().entries()) {
                if (e.code().length() == 5 && (same(Classification.normalise(e.name()), n)
                        || e.formerNames().stream().anyMatch(f -> same(Classification.normalise(f), n)))) {
                    return Optional.of(e.code());
                }
            }
        }
        return Optional.empty();
    }

    /** 因公出国(境)费 and 因公出国(境)费用 are one item. */
    private static boolean same(String catalogueName, String listed) {
        return catalogueName.equals(listed) || catalogueName.equals(listed + "用")
                || catalogueName.replaceFirst("费用$", "费").equals(listed);
    }
}
