package org.budgetworkbench.ui.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.catalog.Classification;
import org.budgetworkbench.model.catalog.ClassificationEntry;
import org.budgetworkbench.model.catalog.EconomicClassification;
import org.budgetworkbench.model.catalog.FunctionClassification;

/**
 * The figures behind the charts (图表数据), read straight from the tables: expenditure by function class
 * (支出总表 / 支出决算表), basic expenditure by economic class (基本支出表), 三公经费 by year, and the change
 * by function class between two years. Kept in this one class so it can give way to core's Structure.
 */
public final class ChartData {
    /** One class's share: its code, the catalogue's name (the printed one when the catalogue lacks it), amount. */
    public record Slice(String code, String label, BigDecimal amount) {
    }

    /** 三公经费 of one disclosure: "2024 预算" and its total, overseas, vehicle and reception figures. */
    public record ThreePublic(int year, DocumentKind kind, BigDecimal total, BigDecimal overseas, BigDecimal vehicle,
                              BigDecimal reception) {
    }

    /** A function class in two years. */
    public record Change(String code, String label, BigDecimal earlier, BigDecimal later) {
        public BigDecimal difference() {
            return later.subtract(earlier);
        }
    }

    /** Two disclosures of one kind and department compared class by class. */
    public record YearOverYear(int earlierYear, int laterYear, List<Change> changes) {
    }

    private ChartData() {
    }

    /** 支出 by 类 of the function classification, from 支出总表 (budget) or 支出决算表 (final); zero classes left out. */
    public static List<Slice> byFunction(Document d) {
        TableType type = d.kind() == DocumentKind.FINAL ? TableType.FINAL_EXPENDITURE : TableType.BUDGET_EXPENDITURE;
        return d.table(type).map(t -> positive(byClass(t, "total", FunctionClassification.get()))).orElse(List.of());
    }

    /** 基本支出 by 类 of the economic classification (301 工资福利支出, 302, 303, 310 …). */
    public static List<Slice> byEconomic(Document d) {
        TableType type = d.kind() == DocumentKind.FINAL ? TableType.FINAL_GPB_BASIC : TableType.BUDGET_GPB_BASIC;
        return d.table(type).map(t -> positive(byClass(t, type.columns().get(0), EconomicClassification.get())))
                .orElse(List.of());
    }

    /**
     * A 类's amount: its own row where printed, else the sum of its rows one level down (a table that prints
     * only 款 and 项 still gives its classes), else of the level below that.
     */
    static List<Slice> byClass(DisclosureTable t, String column, Classification catalogue) {
        Map<String, Map<Integer, BigDecimal>> byLevel = new TreeMap<>();
        Map<String, String> printedName = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            int level = RowKeys.level(r.key());
            if (level == 0) {
                continue;
            }
            String cls = r.key().substring(0, 3);
            byLevel.computeIfAbsent(cls, k -> new TreeMap<>()).merge(level, r.amount(column), BigDecimal::add);
            if (level == 1) {
                printedName.putIfAbsent(cls, r.name());
            }
        }
        List<Slice> out = new ArrayList<>();
        byLevel.forEach((cls, levels) -> {
            BigDecimal amount = levels.values().iterator().next(); // the highest level printed
            String label = catalogue.find(cls).map(ClassificationEntry::name)
                    .orElse(printedName.getOrDefault(cls, cls));
            out.add(new Slice(cls, label, amount));
        });
        return out;
    }

    private static List<Slice> positive(List<Slice> slices) {
        return slices.stream().filter(s -> s.amount().signum() > 0).toList();
    }

    /** 三公经费 of every disclosure of the department, by year then 预算 before 决算. */
    public static List<ThreePublic> threePublic(List<Document> department) {
        List<ThreePublic> out = new ArrayList<>();
        for (Document d : department) {
            boolean fin = d.kind() == DocumentKind.FINAL;
            TableType type = fin ? TableType.FINAL_THREE_PUBLIC : TableType.BUDGET_THREE_PUBLIC;
            Optional<Row> row = d.table(type).flatMap(t -> t.row(RowKeys.TOTAL).or(() -> t.rows().stream().findFirst()));
            if (row.isEmpty()) {
                continue;
            }
            Row r = row.get();
            String p = fin ? "final_" : "";
            out.add(new ThreePublic(d.year(), d.kind(), r.amount(p + "total"), r.amount(p + "overseas"),
                    r.amount(p + "vehicle"), r.amount(p + "reception")));
        }
        out.sort(Comparator.comparingInt(ThreePublic::year).thenComparing(ThreePublic::kind));
        return out;
    }

    /**
     * The document against the nearest earlier year of the same kind in the department (or, when it is the
     * earliest, the nearest later one): every function class either year has.
     */
    public static Optional<YearOverYear> yearOverYear(Document d, List<Document> department) {
        Document other = department.stream()
                .filter(x -> x.kind() == d.kind() && x.year() < d.year())
                .max(Comparator.comparingInt(Document::year))
                .orElse(department.stream().filter(x -> x.kind() == d.kind() && x.year() > d.year())
                        .min(Comparator.comparingInt(Document::year)).orElse(null));
        if (other == null) {
            return Optional.empty();
        }
        Document earlier = other.year() < d.year() ? other : d;
        Document later = earlier == d ? other : d;
        Map<String, Slice> a = index(byFunction(earlier));
        Map<String, Slice> b = index(byFunction(later));
        Map<String, String> labels = new TreeMap<>();
        a.forEach((k, v) -> labels.put(k, v.label()));
        b.forEach((k, v) -> labels.put(k, v.label()));
        List<Change> changes = new ArrayList<>();
        labels.forEach((code, label) -> changes.add(new Change(code, label,
                a.containsKey(code) ? a.get(code).amount() : BigDecimal.ZERO,
                b.containsKey(code) ? b.get(code).amount() : BigDecimal.ZERO)));
        return Optional.of(new YearOverYear(earlier.year(), later.year(), changes));
    }

    private static Map<String, Slice> index(List<Slice> slices) {
        Map<String, Slice> m = new LinkedHashMap<>();
        slices.forEach(s -> m.put(s.code(), s));
        return m;
    }
}
