package org.budgetworkbench.ui.charts;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.budgetworkbench.core.compare.Structure;
import org.budgetworkbench.ui.table.AmountFormat;

/** The charts of one disclosure (图表), two by two, each with its figures in a tooltip (amounts in 万元). */
public final class ChartsView extends ScrollPane {
    private static final double CHART_HEIGHT = 300;

    public ChartsView(ChartsViewModel vm) {
        getStyleClass().add("charts");
        setId("charts");
        setFitToWidth(true);
        Label title = new Label(vm.title());
        title.getStyleClass().add("content-title");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.add(pie("chart-function", vm.text("charts.function"), vm.byFunction(), vm.text("charts.nofunction")), 0, 0);
        grid.add(pie("chart-economic", vm.text("charts.economic"), vm.byEconomic(), vm.text("charts.noeconomic")), 1, 0);
        grid.add(threePublic(vm), 0, 1);
        grid.add(yearOverYear(vm), 1, 1);
        VBox box = new VBox(6, title, grid);
        setContent(box);
    }

    private static Node pie(String id, String title, List<Structure.Share> slices, String none) {
        if (slices.isEmpty()) {
            return empty(title, none);
        }
        ObservableList<PieChart.Data> data = FXCollections.observableArrayList();
        for (Structure.Share s : slices) {
            data.add(new PieChart.Data(ChartsViewModel.sliceLabel(s, slices), s.amount().doubleValue()));
        }
        PieChart chart = new PieChart(data);
        chart.setId(id);
        chart.setTitle(title);
        // names in the legend, not around the pie: labels of small slices would collide and be dropped
        chart.setLabelsVisible(false);
        chart.setLegendVisible(true);
        chart.setLegendSide(Side.RIGHT);
        chart.setStartAngle(90);
        chart.setClockwise(true);
        size(chart);
        data.forEach(d -> Tooltip.install(d.getNode(), new Tooltip(d.getName())));
        return chart;
    }

    private static Node threePublic(ChartsViewModel vm) {
        String title = vm.text("charts.threepublic");
        if (vm.threePublic().isEmpty()) {
            return empty(title, vm.text("charts.nothreepublic"));
        }
        BarChart<String, Number> chart = bars(title, vm.text("charts.axis.amount"));
        chart.setId("chart-three-public");
        String[] keys = {"column.total", "column.overseas", "column.vehicle", "column.reception"};
        for (int k = 0; k < keys.length; k++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(vm.text(keys[k]));
            for (Structure.ThreePublic t : vm.threePublic()) {
                java.math.BigDecimal v = switch (k) {
                    case 0 -> t.total();
                    case 1 -> t.overseas();
                    case 2 -> t.vehicle();
                    default -> t.reception();
                };
                s.getData().add(new XYChart.Data<>(vm.disclosureLabel(t), v.doubleValue()));
            }
            chart.getData().add(s);
        }
        tooltips(chart);
        return chart;
    }

    private static Node yearOverYear(ChartsViewModel vm) {
        String title = vm.text("charts.yoy");
        if (vm.yearOverYear().isEmpty()) {
            return empty(title, vm.text("charts.noyoy"));
        }
        ChartsViewModel.YearOverYear y = vm.yearOverYear().get();
        BarChart<String, Number> chart = bars(vm.text("charts.yoy.years", String.valueOf(y.earlierYear()),
                String.valueOf(y.laterYear())), vm.text("charts.axis.amount"));
        chart.setId("chart-yoy");
        XYChart.Series<String, Number> earlier = new XYChart.Series<>();
        earlier.setName(vm.text("nav.year", String.valueOf(y.earlierYear())));
        XYChart.Series<String, Number> later = new XYChart.Series<>();
        later.setName(vm.text("nav.year", String.valueOf(y.laterYear())));
        XYChart.Series<String, Number> change = new XYChart.Series<>();
        change.setName(vm.text("charts.change"));
        for (ChartsViewModel.Change c : y.changes()) {
            earlier.getData().add(new XYChart.Data<>(c.label(), c.earlier().doubleValue()));
            later.getData().add(new XYChart.Data<>(c.label(), c.later().doubleValue()));
            change.getData().add(new XYChart.Data<>(c.label(), c.difference().doubleValue()));
        }
        chart.getData().add(earlier);
        chart.getData().add(later);
        chart.getData().add(change);
        tooltips(chart);
        return chart;
    }

    private static BarChart<String, Number> bars(String title, String yLabel) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(title);
        chart.setLegendSide(Side.BOTTOM);
        chart.setAnimated(false);
        size(chart);
        return chart;
    }

    private static void tooltips(BarChart<String, Number> chart) {
        for (XYChart.Series<String, Number> s : chart.getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(d.getXValue() + " · " + s.getName() + "："
                            + AmountFormat.format(java.math.BigDecimal.valueOf(d.getYValue().doubleValue()))));
                }
            }
        }
    }

    private static void size(javafx.scene.layout.Region chart) {
        chart.setMinHeight(CHART_HEIGHT);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinWidth(0);
        chart.setPrefWidth(200);
        chart.setMaxWidth(Double.MAX_VALUE);
    }

    private static Node empty(String title, String why) {
        Label t = new Label(title);
        t.getStyleClass().add("chart-empty-title");
        Label w = new Label(why);
        w.setWrapText(true);
        VBox box = new VBox(8, t, w);
        box.getStyleClass().add("chart-empty");
        StackPane pane = new StackPane(box);
        pane.setMinHeight(CHART_HEIGHT);
        return pane;
    }
}
