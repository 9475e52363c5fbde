package org.budgetworkbench.ui.narrative;

import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.ui.Expandable;
import org.budgetworkbench.ui.Texts;

/**
 * The narrative (情况说明): its headings as an outline on the left, the chosen section's paragraphs on the
 * right with the page it starts on; a quoted clause is highlighted and scrolled into view.
 */
public final class NarrativeView extends SplitPane implements Expandable {
    private final NarrativeViewModel vm;
    private final TreeView<NarrativeViewModel.OutlineNode> outline = new TreeView<>();
    private final TreeItem<NarrativeViewModel.OutlineNode> root = new TreeItem<>();
    private final Label heading = new Label();
    private final Label page = new Label();
    private final VBox paragraphs = new VBox();
    private final ScrollPane scroll = new ScrollPane(paragraphs);
    private boolean choosing;

    public NarrativeView(NarrativeViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        getStyleClass().add("narrative");
        setId("narrative");
        for (NarrativeViewModel.OutlineNode n : vm.outline()) {
            root.getChildren().add(item(n));
        }
        outline.setId("narrative-outline");
        outline.setRoot(root);
        outline.setShowRoot(false);
        outline.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(NarrativeViewModel.OutlineNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.section().heading());
                // long headings are cut at the outline's edge; the whole heading and its page show on hover
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.section().heading()
                        + (item.section().page() == null ? "" : "  " + vm.pageText(item.section()))));
            }
        });
        outline.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!choosing && b != null) {
                vm.selectedProperty().set(b.getValue().section());
            }
        });

        heading.getStyleClass().add("content-title");
        heading.setWrapText(true);
        page.getStyleClass().add("narrative-page");
        page.setMinWidth(Label.USE_PREF_SIZE);
        HBox top = new HBox(12, heading, page);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        paragraphs.getStyleClass().add("narrative-text");
        paragraphs.setId("narrative-text");
        scroll.setFitToWidth(true);
        VBox right = new VBox(top, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        if (vm.sections().isEmpty()) {
            heading.setText(Texts.get(bundle, "narrative.empty"));
        }

        getItems().addAll(outline, right);
        setDividerPositions(0.38);
        SplitPane.setResizableWithParent(outline, false);

        vm.selectedProperty().addListener((o, a, b) -> show(b));
        vm.highlightProperty().addListener((o, a, b) -> show(vm.selectedProperty().get()));
        show(vm.selectedProperty().get());
    }

    private static TreeItem<NarrativeViewModel.OutlineNode> item(NarrativeViewModel.OutlineNode n) {
        TreeItem<NarrativeViewModel.OutlineNode> it = new TreeItem<>(n);
        it.setExpanded(true);
        for (NarrativeViewModel.OutlineNode c : n.children()) {
            it.getChildren().add(item(c));
        }
        return it;
    }

    private void show(NarrativeSection s) {
        if (s == null) {
            return;
        }
        heading.setText(s.heading());
        page.setText(vm.pageText(s));
        NarrativeViewModel.Highlight h = vm.highlightProperty().get();
        paragraphs.getChildren().clear();
        Node marked = null;
        for (int i = 0; i < s.paragraphs().size(); i++) {
            String p = s.paragraphs().get(i);
            TextFlow flow;
            if (h != null && h.paragraph() == i) {
                Text quote = new Text(p.substring(h.start(), h.end()));
                quote.getStyleClass().addAll("narrative-paragraph", "quote-highlight");
                flow = new TextFlow(text(p.substring(0, h.start())), quote, text(p.substring(h.end())));
                marked = flow;
            } else {
                flow = new TextFlow(text(p));
            }
            flow.getStyleClass().add("narrative-flow");
            paragraphs.getChildren().add(flow);
        }
        selectInOutline(s);
        if (marked != null) {
            Node target = marked;
            Platform.runLater(() -> scrollTo(target));
        } else {
            scroll.setVvalue(0);
        }
    }

    private static Text text(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("narrative-paragraph");
        return t;
    }

    private void scrollTo(Node n) {
        double content = paragraphs.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content > view) {
            scroll.setVvalue(Math.max(0, Math.min(1, n.getBoundsInParent().getMinY() / (content - view))));
        }
    }

    private void selectInOutline(NarrativeSection s) {
        TreeItem<NarrativeViewModel.OutlineNode> it = find(root, s);
        if (it != null && outline.getSelectionModel().getSelectedItem() != it) {
            choosing = true;
            try {
                outline.getSelectionModel().select(it);
                int row = outline.getRow(it);
                if (row >= 0) {
                    outline.scrollTo(Math.max(0, row - 2));
                }
            } finally {
                choosing = false;
            }
        }
    }

    private static TreeItem<NarrativeViewModel.OutlineNode> find(TreeItem<NarrativeViewModel.OutlineNode> item,
                                                                 NarrativeSection s) {
        if (item.getValue() != null && item.getValue().section() == s) {
            return item;
        }
        for (TreeItem<NarrativeViewModel.OutlineNode> c : item.getChildren()) {
            TreeItem<NarrativeViewModel.OutlineNode> f = find(c, s);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The paragraphs as shown, for tests. */
    public VBox paragraphs() {
        return paragraphs;
    }

    @Override
    public void expandAll() {
        setExpanded(root, true);
    }

    @Override
    public void collapseAll() {
        root.getChildren().forEach(c -> setExpanded(c, false));
    }

    private static void setExpanded(TreeItem<?> it, boolean e) {
        it.setExpanded(e);
        it.getChildren().forEach(c -> setExpanded(c, e));
    }
}
