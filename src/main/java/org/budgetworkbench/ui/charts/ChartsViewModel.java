package org.budgetworkbench.ui.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.ui.Texts;

/**
 * The charts of one disclosure (图表): its expenditure structure by function and by economic class, the
 * department's 三公经费 over the disclosures in the store, and the change by function class against another
 * year. Each says why it is empty when the tables it needs are missing.
 */
public final class ChartsViewModel {
    private final Document document;
    private final ResourceBundle bundle;
    private final List<ChartData.Slice> byFunction;
    private final List<ChartData.Slice> byEconomic;
    private final List<ChartData.ThreePublic> threePublic;
    private final Optional<ChartData.YearOverYear> yearOverYear;

    /** {@code department}: every stored disclosure of the document's department, itself included. */
    public ChartsViewModel(Document document, List<Document> department, ResourceBundle bundle) {
        this.document = document;
        this.bundle = bundle;
        this.byFunction = ChartData.byFunction(document);
        this.byEconomic = ChartData.byEconomic(document);
        this.threePublic = ChartData.threePublic(department);
        this.yearOverYear = ChartData.yearOverYear(document, department);
    }

    public Document document() {
        return document;
    }

    public String title() {
        return Texts.get(bundle, "charts.title", document.displayTitle());
    }

    public List<ChartData.Slice> byFunction() {
        return byFunction;
    }

    public List<ChartData.Slice> byEconomic() {
        return byEconomic;
    }

    public List<ChartData.ThreePublic> threePublic() {
        return threePublic;
    }

    public Optional<ChartData.YearOverYear> yearOverYear() {
        return yearOverYear;
    }

    /** A slice's label: "一般公共服务支出 1,722.24（76.3%）". */
    public static String sliceLabel(ChartData.Slice s, List<ChartData.Slice> all) {
        BigDecimal total = all.stream().map(ChartData.Slice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String share = total.signum() == 0 ? "" : "（" + s.amount().multiply(BigDecimal.valueOf(100))
                .divide(total, 1, RoundingMode.HALF_UP).toPlainString() + "%）";
        return s.label() + " " + org.budgetworkbench.ui.table.AmountFormat.format(s.amount()) + share;
    }

    /** "2024 预算" / "2024 budget". */
    public String disclosureLabel(ChartData.ThreePublic t) {
        return Texts.get(bundle, "charts.disclosure", String.valueOf(t.year()), Texts.get(bundle, "kind." + t.kind().id()));
    }

    public String text(String key, Object... args) {
        return Texts.get(bundle, key, args);
    }
}
