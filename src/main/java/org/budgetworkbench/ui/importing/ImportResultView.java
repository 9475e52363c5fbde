package org.budgetworkbench.ui.importing;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Text;
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
        table.setPrefSize(780, Math.min(420, 80 + 44 * Math.max(1, report.files().size())));
        // two files with one long prefix differ at the end: cut in the middle, the whole name in the tooltip
        table.getColumns().add(column(Texts.get(b, "import.result.file"), 220, FileOutcome::file, false));
        table.getColumns().add(column(Texts.get(b, "import.result.outcome"), 90, f -> outcome(f, b), false));
        table.getColumns().add(column(Texts.get(b, "import.result.tables"), 60,
                f -> f.result() == FileOutcome.Result.READ ? String.valueOf(f.tables()) : "", false));
        table.getColumns().add(column(Texts.get(b, "import.result.detail"), 380, f -> f.result()
                == FileOutcome.Result.FAILED ? f.reason() : String.join("；", f.skipped()), true));
        getChildren().addAll(head, table);
    }

    /** 已读取 only for a file read whole; a file with regions not read says 部分读取. */
    static String outcome(FileOutcome f, ResourceBundle b) {
        if (f.result() == FileOutcome.Result.READ && !f.unread().isEmpty()) {
            return Texts.get(b, "import.result.partly_read");
        }
        return Texts.get(b, "import.result." + f.result().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static TableColumn<FileOutcome, String> column(String title, double width,
                                                           java.util.function.Function<FileOutcome, String> text,
                                                           boolean wrap) {
        TableColumn<FileOutcome, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setCellFactory(x -> new TableCell<>() {
            private final Text wrapped = new Text();

            {
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
                // a reason runs over several lines within its column instead of off the screen
                wrapped.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
                wrapped.getStyleClass().add("wrapped-cell");
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                boolean none = empty || s == null;
                if (wrap && !none) {
                    wrapped.setText(s);
                    setText(null);
                    setGraphic(wrapped);
                } else {
                    setText(none ? null : s);
                    setGraphic(null);
                }
                setTooltip(none || s.isBlank() ? null : wrapping(s));
            }
        });
        return c;
    }

    private static Tooltip wrapping(String s) {
        Tooltip t = new Tooltip(s);
        t.setWrapText(true);
        t.setMaxWidth(640);
        return t;
    }
}
