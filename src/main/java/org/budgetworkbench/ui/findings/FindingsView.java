package org.budgetworkbench.ui.findings;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.budgetworkbench.core.fix.FixProposal;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.ui.Texts;

/**
 * The findings panel (审核发现面板): a header with the counts, the filters and the verdict buttons, and the
 * findings as a table, colour-coded by severity. Choosing a finding asks the window to show where it points.
 */
public final class FindingsView extends VBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass INFO = PseudoClass.getPseudoClass("info");
    private static final PseudoClass SETTLED = PseudoClass.getPseudoClass("settled");

    private final FindingsViewModel vm;
    private final ResourceBundle b;
    private final TableView<FindingItem> table = new TableView<>();
    private final ComboBox<Severity> severity;
    private final ComboBox<String> status;
    private final javafx.scene.control.TextField noteField = new javafx.scene.control.TextField();

    public FindingsView(FindingsViewModel vm, ResourceBundle bundle, Consumer<NavigationTarget> go) {
        this.vm = vm;
        this.b = bundle;
        getStyleClass().add("findings-panel");
        setId("findings-panel");

        Label title = new Label(Texts.get(b, "findings.title"));
        title.getStyleClass().add("findings-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("findings-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(vm::summary, vm.shown(), vm.documentIdProperty(),
                vm.openCountProperty()));

        severity = new ComboBox<>(FXCollections.observableArrayList(
                null, Severity.ERROR, Severity.WARNING, Severity.INFO));
        severity.setId("findings-severity");
        severity.setConverter(converter(s -> s == null ? Texts.get(b, "findings.filter.allseverities")
                : FindingTexts.severity(b, s)));
        severity.setButtonCell(cell(severity.getConverter()));
        severity.setCellFactory(l -> cell(severity.getConverter()));
        severity.valueProperty().bindBidirectional(vm.severityFilterProperty());
        severity.setMinWidth(Region.USE_PREF_SIZE); // English labels are longer: the gap gives way, not the filters
        status = new ComboBox<>(FXCollections.observableArrayList(
                null, FindingStatus.OPEN, FindingStatus.ACCEPTED, FindingStatus.DISMISSED));
        status.setId("findings-status");
        status.setConverter(converter(s -> s == null ? Texts.get(b, "findings.filter.allstatuses")
                : FindingTexts.status(b, s)));
        status.setButtonCell(cell(status.getConverter()));
        status.setCellFactory(l -> cell(status.getConverter()));
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);

        Button accept = verdict("findings-accept", FindingStatus.ACCEPTED, "findings.accept");
        Button dismiss = verdict("findings-dismiss", FindingStatus.DISMISSED, "findings.dismiss");
        Button reopen = verdict("findings-reopen", FindingStatus.OPEN, "findings.reopen");
        Button toText = new Button(Texts.get(b, "findings.totext"));
        toText.setId("findings-totext");
        shrinks(toText);
        toText.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.narrativeTarget(vm.selectedProperty().get()).isEmpty(), vm.selectedProperty()));
        toText.setOnAction(e -> vm.narrativeTarget(vm.selectedProperty().get()).ifPresent(go));

        Button toOther = new Button(Texts.get(b, "findings.toother"));
        toOther.setId("findings-toother");
        shrinks(toOther);
        toOther.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.otherTarget(vm.selectedProperty().get()).isEmpty(), vm.selectedProperty()));
        toOther.setOnAction(e -> vm.otherTarget(vm.selectedProperty().get()).ifPresent(go));

        Button fix = new Button(Texts.get(b, "findings.fix"));
        fix.setId("findings-fix");
        fix.getStyleClass().add("fix-button");
        fix.setMinWidth(Region.USE_PREF_SIZE);
        fix.setTooltip(new Tooltip(Texts.get(b, "findings.fix.tooltip")));
        fix.disableProperty().bind(vm.fixProperty().isNull());
        fix.setOnAction(e -> confirmFix());

        // why a finding was accepted or dismissed is kept with the verdict, for the next reviewer and the report
        noteField.setId("findings-note");
        noteField.setPromptText(Texts.get(b, "findings.note.prompt"));
        noteField.setTooltip(new javafx.scene.control.Tooltip(Texts.get(b, "findings.note.tooltip")));
        noteField.textProperty().bindBidirectional(vm.noteProperty());
        noteField.setMinWidth(90);
        noteField.setPrefWidth(220);
        HBox.setHgrow(noteField, Priority.ALWAYS);
        HBox header = new HBox(8, title, summary, noteField, severity, status, fix, accept, dismiss, reopen, toText, toOther);
        header.getStyleClass().add("findings-header");

        setUpTable();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            vm.selectedProperty().set(item);
            if (item != null) {
                vm.target(item).ifPresent(go);
            }
        });
        vm.selectedProperty().addListener(followSelection);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
    }

    /** The panel follows a finding chosen elsewhere (a marked cell); taken off again by {@link #dispose}. */
    private final javafx.beans.value.ChangeListener<FindingItem> followSelection = (o, a, item) -> {
        if (table.getSelectionModel().getSelectedItem() != item) {
            table.getSelectionModel().select(item);
        }
    };

    /** Stops following the view model: the window replaced this panel (language switch). */
    public void dispose() {
        vm.selectedProperty().removeListener(followSelection);
        severity.valueProperty().unbindBidirectional(vm.severityFilterProperty());
        status.valueProperty().unbindBidirectional(vm.statusFilterProperty());
        noteField.textProperty().unbindBidirectional(vm.noteProperty());
    }

    /** Shows what the fix will change and applies it only when the analyst says so. */
    private void confirmFix() {
        FixProposal p = vm.fixProperty().get();
        if (p == null) {
            return;
        }
        ButtonType apply = new ButtonType(Texts.get(b, "findings.fix.apply"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", apply,
                org.budgetworkbench.ui.DialogButtons.cancel(b));
        confirm.setTitle(Texts.get(b, "findings.fix.title"));
        confirm.setHeaderText(Texts.get(b, "findings.fix.header"));
        Label what = new Label(p.description() + "\n\n" + Texts.get(b, "findings.fix.undo"));
        what.setWrapText(true);
        what.setMaxWidth(520);
        what.setId("fix-description");
        confirm.getDialogPane().setContent(what);
        confirm.getDialogPane().setId("fix-confirm");
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
            confirm.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        confirm.showAndWait().filter(apply::equals).ifPresent(x -> vm.applyFix());
    }

    /**
     * The two "go to" buttons give way first when the row is short of room (English words are longer; at
     * 1366×768 the row would otherwise run past the window's edge): shortened with …, the whole name in a tooltip.
     */
    private static void shrinks(Button button) {
        button.setMinWidth(60);
        button.setTooltip(new Tooltip(button.getText()));
    }

    private Button verdict(String id, String status, String key) {
        Button button = new Button(Texts.get(b, key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || status.equals(vm.selectedProperty().get().status()), vm.selectedProperty()));
        button.setOnAction(e -> vm.markSelected(status));
        return button;
    }

    private void setUpTable() {
        table.setId("findings-table");
        table.setItems(vm.shown());
        table.setPlaceholder(new Label(Texts.get(b, "findings.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<FindingItem, String> severity = column("findings.column.severity", 76,
                i -> FindingTexts.severity(b, i.severity()));
        severity.getStyleClass().add("severity-column");
        TableColumn<FindingItem, String> kind = column("findings.column.kind", 120,
                i -> FindingTexts.kind(b, i.finding().kind()));
        TableColumn<FindingItem, String> place = column("findings.column.place", 220,
                i -> FindingTexts.place(b, i.finding().where(), vm.document()));
        TableColumn<FindingItem, String> found = column("findings.column.found", 90,
                i -> FindingTexts.figures(i.finding())[0]);
        found.getStyleClass().add("amount");
        TableColumn<FindingItem, String> expected = column("findings.column.expected", 90,
                i -> FindingTexts.figures(i.finding())[1]);
        expected.getStyleClass().add("amount");
        TableColumn<FindingItem, String> status = column("findings.column.status", 70,
                i -> FindingTexts.status(b, i.status()) + (vm.noteOf(i).isEmpty() ? "" : "：" + vm.noteOf(i)));
        TableColumn<FindingItem, String> message = column("findings.column.message", 360, i -> i.finding().message());
        for (TableColumn<FindingItem, String> c : List.of(kind, place, found, expected, message)) {
            c.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    setTooltip(empty || text == null || text.isBlank() ? null : wrapped(text));
                }
            });
        }
        table.getColumns().add(severity);
        table.getColumns().add(kind);
        table.getColumns().add(place);
        table.getColumns().add(found);
        table.getColumns().add(expected);
        table.getColumns().add(status);
        table.getColumns().add(message);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FindingItem item, boolean empty) {
                super.updateItem(item, empty);
                Severity s = empty || item == null ? null : item.severity();
                pseudoClassStateChanged(ERROR, s == Severity.ERROR);
                pseudoClassStateChanged(WARNING, s == Severity.WARNING);
                pseudoClassStateChanged(INFO, s == Severity.INFO);
                pseudoClassStateChanged(SETTLED, s != null && !FindingStatus.OPEN.equals(item.status()));
            }
        });
    }

    private static Tooltip wrapped(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(560);
        return t;
    }

    private TableColumn<FindingItem, String> column(String key, double width,
                                                    java.util.function.Function<FindingItem, String> text) {
        TableColumn<FindingItem, String> c = new TableColumn<>(Texts.get(b, key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        return c;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static <T> ListCell<T> cell(StringConverter<T> c) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? c.toString(null) : c.toString(item));
            }
        };
    }

    /** The table, for tests. */
    public TableView<FindingItem> table() {
        return table;
    }
}
