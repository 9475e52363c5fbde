package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Catalogues;
import org.budgetworkbench.core.check.NarrativeParagraphs;
import org.budgetworkbench.core.check.Rule;
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
    private static final Pattern ITEM_BREAK = Pattern.compile("[、，,]");
    private static final Pattern ETC = Pattern.compile("(等|等等|等支出|等方面)$");
    private static final Pattern KUAN_CODE = Pattern.compile("\\d{5}");

    /** A catalogue 款 with its names normalised (made once per catalogue, not once per listed item). */
    private record Kuan(String code, List<String> names) {
    }

    private static volatile Object cachedCatalogue;
    private static volatile List<Kuan> cachedKuans;

    private static List<Kuan> kuans(Classification catalogue) {
        List<Kuan> k = cachedKuans;
        if (cachedCatalogue == catalogue && k != null) {
            return k;
        }
        List<Kuan> made = new ArrayList<>();
        for (ClassificationEntry e : catalogue.entries()) {
            if (e.code().length() == 5) {
                List<String> names = new ArrayList<>();
                names.add(Classification.normalise(e.name()));
                e.formerNames().forEach(f -> names.add(Classification.normalise(f)));
                made.add(new Kuan(e.code(), List.copyOf(names)));
            }
        }
        cachedKuans = List.copyOf(made);
        cachedCatalogue = catalogue;
        return cachedKuans;
    }

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
        List<Kuan> rows = null;
        for (NarrativeSection s : doc.narrative()) {
            for (String p : NarrativeParagraphs.of(s)) {
                Matcher m = LIST.matcher(p);
                while (m.find()) {
                    List<String> missing = new ArrayList<>();
                    int known = 0;
                    for (String item : ITEM_BREAK.split(m.group(2))) {
                        String name = ETC.matcher(item.strip()).replaceFirst("").strip();
                        if (rows == null) {
                            rows = kuanRows(table.get()); // once per document, and only where a list is found
                        }
                        Optional<String> code = code(name, rows, catalogue);
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
    private static Optional<String> code(String name, List<Kuan> rows, Optional<Classification> catalogue) {
        String n = Classification.normalise(name);
        if (n.length() < 2) {
            return Optional.empty();
        }
        for (Kuan k : rows) {
            if (same(k.names().get(0), n)) {
                return Optional.of(k.code());
            }
        }
        if (catalogue.isPresent()) {
            for (Kuan k : kuans(catalogue.get())) {
                if (k.names().stream().anyMatch(f -> same(f, n))) {
                    return Optional.of(k.code());
                }
            }
        }
        return Optional.empty();
    }

    /** The table's 款 rows (five-digit codes) with their names normalised, in the table's order. */
    private static List<Kuan> kuanRows(DisclosureTable table) {
        List<Kuan> out = new ArrayList<>();
        for (Row r : table.rows()) {
            if (KUAN_CODE.matcher(r.key()).matches()) {
                out.add(new Kuan(r.key(), List.of(Classification.normalise(r.name()))));
            }
        }
        return out;
    }

    /** 因公出国(境)费 and 因公出国(境)费用 are one item. */
    private static boolean same(String catalogueName, String listed) {
        return catalogueName.equals(listed) || catalogueName.equals(listed + "用")
                || catalogueName.endsWith("费用")
                && catalogueName.regionMatches(0, listed, 0, listed.length())
                && catalogueName.length() - 1 == listed.length();
    }
}
