package org.budgetworkbench.ui.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.budgetworkbench.core.compare.Structure;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.ui.Texts;

/**
 * The charts of one disclosure (图表): its expenditure structure by function and by economic class, the
 * department's 三公经费 over the disclosures in the store, and the change by function class against another
 * year. Each says why it is empty when the tables it needs are missing.
 */
public final class ChartsViewModel {
    /** A function class in two years. */
    public record Change(String code, String label, BigDecimal earlier, BigDecimal later) {
        public BigDecimal difference() {
            return later.subtract(earlier);
        }
    }

    /** Two disclosures of one kind and department compared class by class. */
    public record YearOverYear(int earlierYear, int laterYear, List<Change> changes) {
    }

    private final Document document;
    private final ResourceBundle bundle;
    private final List<Structure.Share> byFunction;
    private final List<Structure.Share> byEconomic;
    private final List<Structure.ThreePublic> threePublic;
    private final Optional<YearOverYear> yearOverYear;

    /** {@code department}: every stored disclosure of the document's department, itself included. */
    public ChartsViewModel(Document document, List<Document> department, ResourceBundle bundle) {
        this.document = document;
        this.bundle = bundle;
        // a pie has no slice for a class printed with nothing in it
        this.byFunction = positive(Structure.byFunctionClass(document));
        this.byEconomic = positive(Structure.byEconomicClass(document));
        this.threePublic = Structure.threePublicOverYears(department);
        this.yearOverYear = yearOverYear(document, department);
    }

    private static List<Structure.Share> positive(List<Structure.Share> shares) {
        return shares.stream().filter(s -> s.amount() != null && s.amount().signum() > 0).toList();
    }

    /**
     * The document against the nearest earlier year of the same kind in the department (or, when it is the
     * earliest, the nearest later one): every function class either year has.
     */
    static Optional<YearOverYear> yearOverYear(Document d, List<Document> department) {
        Optional<Document> other = department.stream().filter(x -> x.kind() == d.kind() && x.year() < d.year())
                .max(Comparator.comparingInt(Document::year))
                .or(() -> department.stream().filter(x -> x.kind() == d.kind() && x.year() > d.year())
                        .min(Comparator.comparingInt(Document::year)));
        if (other.isEmpty()) {
            return Optional.empty();
        }
        Document earlier = other.get().year() < d.year() ? other.get() : d;
        Document later = earlier == d ? other.get() : d;
        Map<String, Structure.Share> a = byCode(Structure.byFunctionClass(earlier));
        Map<String, Structure.Share> b = byCode(Structure.byFunctionClass(later));
        Map<String, String> labels = new TreeMap<>();
        a.forEach((k, v) -> labels.put(k, v.name()));
        b.forEach((k, v) -> labels.put(k, v.name()));
        List<Change> changes = new ArrayList<>();
        labels.forEach((code, label) -> changes.add(new Change(code, label, amount(a.get(code)), amount(b.get(code)))));
        return Optional.of(new YearOverYear(earlier.year(), later.year(), changes));
    }

    private static Map<String, Structure.Share> byCode(List<Structure.Share> shares) {
        Map<String, Structure.Share> m = new TreeMap<>();
        shares.forEach(s -> m.put(s.code(), s));
        return m;
    }

    private static BigDecimal amount(Structure.Share s) {
        return s == null || s.amount() == null ? BigDecimal.ZERO : s.amount();
    }

    public Document document() {
        return document;
    }

    public String title() {
        return Texts.get(bundle, "charts.title", document.displayTitle());
    }

    public List<Structure.Share> byFunction() {
        return byFunction;
    }

    public List<Structure.Share> byEconomic() {
        return byEconomic;
    }

    public List<Structure.ThreePublic> threePublic() {
        return threePublic;
    }

    public Optional<YearOverYear> yearOverYear() {
        return yearOverYear;
    }

    /** A slice's label: "一般公共服务支出 1,722.24（76.3%）". */
    public static String sliceLabel(Structure.Share s, List<Structure.Share> all) {
        BigDecimal total = all.stream().map(Structure.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String share = total.signum() == 0 ? "" : "（" + s.amount().multiply(BigDecimal.valueOf(100))
                .divide(total, 1, RoundingMode.HALF_UP).toPlainString() + "%）";
        return s.name() + " " + org.budgetworkbench.ui.table.AmountFormat.format(s.amount()) + share;
    }

    /** "2024 预算" / "2024 budget". */
    public String disclosureLabel(Structure.ThreePublic t) {
        return Texts.get(bundle, "charts.disclosure", String.valueOf(t.year()), Texts.get(bundle, "kind." + t.kind().id()));
    }

    public String text(String key, Object... args) {
        return Texts.get(bundle, key, args);
    }
}
