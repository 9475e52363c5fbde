package org.budgetworkbench.ui.compare;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.budgetworkbench.ui.Texts;

/**
 * The chart of changes (变动图): one horizontal bar per class, to the right for an increase, to the left for a
 * decrease (a diverging bar chart), the largest changes first — what moved, and which way, at a glance.
 */
final class ChangeChart extends StackPane {
    static final int LIMIT = 12;
    private final BarChart<Number, String> chart;
    private final ComparisonViewModel vm;

    ChangeChart(ComparisonViewModel vm, ResourceBundle b) {
        this.vm = vm;
        NumberAxis amount = new NumberAxis();
        amount.setLabel(Texts.get(b, "compare.chart.axis"));
        CategoryAxis names = new CategoryAxis();
        chart = new BarChart<>(amount, names);
        chart.setId("compare-chart");
        chart.setTitle(Texts.get(b, "compare.chart.title"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        getChildren().add(chart);
        fill();
        vm.lines().addListener((javafx.collections.ListChangeListener<ComparisonViewModel.Line>) c -> fill());
    }

    private void fill() {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<ComparisonViewModel.Line> lines = vm.chartLines(LIMIT);
        // the category axis lists bottom-up: reversed, the largest change is on top
        for (int i = lines.size() - 1; i >= 0; i--) {
            ComparisonViewModel.Line l = lines.get(i);
            XYChart.Data<Number, String> d = new XYChart.Data<>(l.delta(), shortName(l.name()));
            // the chart resets a bar's style classes when it takes the bar in; an inline colour stays
            StackPane bar = new StackPane();
            bar.setStyle(l.delta().signum() < 0 ? "-fx-bar-fill: #c0504d;" : "-fx-bar-fill: #3a8f5c;");
            bar.getProperties().put("change", l.delta().signum() < 0 ? "down" : "up");
            d.setNode(bar);
            series.getData().add(d);
        }
        chart.getData().setAll(List.of(series));
    }

    private static String shortName(String name) {
        return name.length() > 14 ? name.substring(0, 13) + "…" : name;
    }
}
