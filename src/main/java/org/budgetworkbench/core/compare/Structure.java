package org.budgetworkbench.core.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.catalog.Classification;
import org.budgetworkbench.model.catalog.EconomicClassification;
import org.budgetworkbench.model.catalog.FunctionClassification;

/**
 * Chart data (支出结构): expenditure by function class (类 of 支出总表), by economic class (类 of the
 * 基本支出表: 301 工资福利, 302 商品和服务 …), and 三公经费 over the years.
 */
public final class Structure {

    /** One class's amount and its share of the whole (a fraction; none when the whole is zero). */
    public record Share(String code, String name, BigDecimal amount, BigDecimal share) {
    }

    /** One year's 三公经费: 合计, 因公出国(境), 公务用车购置及运行, 公务接待 (决算数 for final accounts). */
    public record ThreePublic(int year, DocumentKind kind, BigDecimal total, BigDecimal overseas,
                              BigDecimal vehicle, BigDecimal reception) {
    }

    private Structure() {
    }

    /**
     * Expenditure by function class: the 合计 column of 支出总表 (支出决算表 for final accounts; the 一般公共预算
     * table where the document has no 支出总表), one share per 类, named as the catalogue names it now.
     */
    public static List<Share> byFunctionClass(Document doc) {
        Optional<DisclosureTable> t = doc.table(TableType.BUDGET_EXPENDITURE)
                .or(() -> doc.table(TableType.FINAL_EXPENDITURE))
                .or(() -> doc.table(TableType.BUDGET_GPB_EXPENDITURE))
                .or(() -> doc.table(TableType.FINAL_GPB_EXPENDITURE));
        return t.map(table -> shares(table, "total", FunctionClassification.get())).orElse(List.of());
    }

    /** Basic expenditure by economic class: the 合计 of 一般公共预算基本支出表 (金额 of 公开06表). */
    public static List<Share> byEconomicClass(Document doc) {
        Optional<DisclosureTable> budget = doc.table(TableType.BUDGET_GPB_BASIC);
        if (budget.isPresent()) {
            return shares(budget.get(), "total", EconomicClassification.get());
        }
        return doc.table(TableType.FINAL_GPB_BASIC)
                .map(t -> shares(t, "amount", EconomicClassification.get())).orElse(List.of());
    }

    /** 三公经费 of each document that has the table, by year (budget before final within a year). */
    public static List<ThreePublic> threePublicOverYears(List<Document> docs) {
        List<ThreePublic> out = new ArrayList<>();
        for (Document d : docs) {
            TableType type = d.kind() == DocumentKind.BUDGET ? TableType.BUDGET_THREE_PUBLIC
                    : TableType.FINAL_THREE_PUBLIC;
            String prefix = d.kind() == DocumentKind.BUDGET ? "" : "final_";
            d.table(type).filter(t -> !t.rows().isEmpty()).ifPresent(t -> out.add(new ThreePublic(d.year(), d.kind(),
                    sum(t, prefix + "total"), sum(t, prefix + "overseas"), sum(t, prefix + "vehicle"),
                    sum(t, prefix + "reception"))));
        }
        out.sort(Comparator.comparingInt(ThreePublic::year).thenComparing(ThreePublic::kind));
        return out;
    }

    /** The total row's figure, or where the table has per-unit rows and no total, their sum. */
    private static BigDecimal sum(DisclosureTable t, String column) {
        Optional<Row> total = t.row(RowKeys.TOTAL);
        if (total.isPresent()) {
            return total.get().amount(column);
        }
        return t.rows().stream().map(r -> r.amount(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Sums by 类. A 类 row counts as itself; where a table lacks the 类 row, its topmost rows (款 or 项 with no
     * row above them) are added up under their 类 instead.
     */
    private static List<Share> shares(DisclosureTable t, String column, Classification catalogue) {
        Map<String, BigDecimal> byClass = new LinkedHashMap<>();
        Map<String, String> printedNames = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            if (!RowKeys.isClassificationCode(r.key()) || hasAncestorIn(t, r.key())) {
                continue;
            }
            String cls = r.key().substring(0, 3);
            byClass.merge(cls, r.amount(column), BigDecimal::add);
            if (r.key().length() == 3 && r.name() != null) {
                printedNames.put(cls, r.name());
            }
        }
        BigDecimal whole = byClass.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Share> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : byClass.entrySet()) {
            String name = catalogue.find(e.getKey()).map(c -> c.name())
                    .orElse(printedNames.getOrDefault(e.getKey(), e.getKey()));
            out.add(new Share(e.getKey(), name, e.getValue(), Ratios.of(e.getValue(), whole)));
        }
        return out;
    }

    private static boolean hasAncestorIn(DisclosureTable t, String code) {
        for (String p = RowKeys.parent(code); p != null; p = RowKeys.parent(p)) {
            if (t.row(p).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
