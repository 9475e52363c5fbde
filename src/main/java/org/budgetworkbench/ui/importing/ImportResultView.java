package org.budgetworkbench.ui.importing;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.workflow.FileOutcome;
import org.budgetworkbench.workflow.ImportReport;

/**
 * An import's result, file by file (导入结果): what was read and how many tables, which regions the reader
 * skipped, which file failed and why — and, when the batch was not stored, that nothing was.
 */
public final class ImportResultView extends VBox {
    public ImportResultView(ImportReport report, String summary, ResourceBundle b) {
        getStyleClass().add("import-result");
        setId("import-result");
        setSpacing(8);
        Label head = new Label(summary);
        head.setWrapText(true);
        head.setMaxWidth(760);
        if (report.discarded()) {
            head.getStyleClass().add("failed");
        }
        TableView<FileOutcome> table = new TableView<>();
        table.setId("import-result-table");
        table.getItems().setAll(report.files());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(780, Math.min(360, 60 + 28 * Math.max(1, report.files().size())));
        table.getColumns().add(column(Texts.get(b, "import.result.file"), 220, FileOutcome::file));
        table.getColumns().add(column(Texts.get(b, "import.result.outcome"), 90,
                f -> Texts.get(b, "import.result." + f.result().name().toLowerCase())));
        table.getColumns().add(column(Texts.get(b, "import.result.tables"), 60,
                f -> f.result() == FileOutcome.Result.READ ? String.valueOf(f.tables()) : ""));
        table.getColumns().add(column(Texts.get(b, "import.result.detail"), 380, f -> f.result()
                == FileOutcome.Result.FAILED ? f.reason() : String.join("；", f.skipped())));
        getChildren().addAll(head, table);
    }

    private static TableColumn<FileOutcome, String> column(String title, double width,
                                                           java.util.function.Function<FileOutcome, String> text) {
        TableColumn<FileOutcome, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.isBlank() ? null : new Tooltip(s));
            }
        });
        return c;
    }
}
