package org.budgetworkbench.ui.summary;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.budgetworkbench.ui.Texts;

/** The document's summary pane (文档概况): facts, its tables with their state and findings, what was not read. */
public final class DocumentSummaryView extends ScrollPane {
    public DocumentSummaryView(DocumentSummaryViewModel vm, ResourceBundle b) {
        setId("document-summary");
        setFitToWidth(true);
        Label title = new Label(vm.title());
        title.getStyleClass().add("content-title");

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(4);
        int r = 0;
        for (DocumentSummaryViewModel.Fact f : vm.facts()) {
            Label k = new Label(f.label());
            k.getStyleClass().add("summary-label");
            Label v = new Label(f.value());
            v.setWrapText(true);
            facts.addRow(r++, k, v);
        }

        VBox box = new VBox(10, title, facts);
        box.getStyleClass().add("document-summary");
        if (!vm.unread().isEmpty()) {
            Label head = new Label(Texts.get(b, "summary.unread", vm.unread().size()));
            head.getStyleClass().addAll("summary-section", "summary-warning");
            head.setId("summary-unread");
            box.getChildren().add(head);
            for (String u : vm.unread()) {
                Label l = new Label("• " + u);
                l.setWrapText(true);
                box.getChildren().add(l);
            }
        }
        Label partsHead = new Label(Texts.get(b, "summary.tables"));
        partsHead.getStyleClass().add("summary-section");
        TableView<DocumentSummaryViewModel.Part> parts = new TableView<>();
        parts.setId("summary-parts");
        parts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        parts.getColumns().add(column(Texts.get(b, "summary.column.table"), 300, p -> p.title()));
        parts.getColumns().add(column(Texts.get(b, "summary.column.state"), 140,
                p -> Texts.get(b, "summary.state." + p.state().name().toLowerCase(java.util.Locale.ROOT))));
        parts.getColumns().add(column(Texts.get(b, "summary.column.errors"), 70, p -> count(p.errors())));
        parts.getColumns().add(column(Texts.get(b, "summary.column.warnings"), 70, p -> count(p.warnings())));
        parts.getColumns().add(column(Texts.get(b, "summary.column.infos"), 70, p -> count(p.infos())));
        parts.getItems().setAll(vm.parts());
        parts.setPrefHeight(32 + 26 * (vm.parts().size() + 1));
        parts.setMinHeight(parts.getPrefHeight());
        box.getChildren().addAll(partsHead, parts);
        setContent(box);
    }

    private static String count(int n) {
        return n == 0 ? "" : String.valueOf(n);
    }

    private static TableColumn<DocumentSummaryViewModel.Part, String> column(
            String title, double width, java.util.function.Function<DocumentSummaryViewModel.Part, String> text) {
        TableColumn<DocumentSummaryViewModel.Part, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(p -> new ReadOnlyStringWrapper(text.apply(p.getValue())));
        return c;
    }
}
