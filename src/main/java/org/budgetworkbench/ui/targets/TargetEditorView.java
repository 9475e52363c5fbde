package org.budgetworkbench.ui.targets;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.ui.Texts;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The performance-target editor (绩效目标编辑): goals on the left; the chosen goal's text (目标内容) above its
 * indicators with add, remove, up and down; below them the chosen indicator's form. The value, name and levels
 * are checked as typed (ControlsFX decorations with the reason), and 保存 stays disabled until they check. A new
 * indicator shows as a tinted draft row (草稿) until it is added to the goal or discarded.
 */
public final class TargetEditorView extends VBox {
    private static final javafx.css.PseudoClass DRAFT = javafx.css.PseudoClass.getPseudoClass("draft");
    private final TargetEditorViewModel vm;
    private final TableView<Indicator> table = new TableView<>();
    private final ValidationSupport validation = new ValidationSupport();
    private boolean selecting;

    public TargetEditorView(TargetEditorViewModel vm, ResourceBundle b) {
        this.vm = vm;
        getStyleClass().add("target-editor");
        setSpacing(6);
        Label title = new Label(Texts.get(b, "targets.editor.title"));
        title.getStyleClass().add("content-title");

        ListView<TargetEditorViewModel.Goal> goals = new ListView<>(vm.goals());
        goals.setId("target-goals");
        goals.setPrefWidth(230);
        goals.setPrefHeight(80);
        goals.getSelectionModel().select(vm.goalProperty().get());
        goals.getSelectionModel().selectedIndexProperty().addListener((o, a, n) -> {
            if (n.intValue() >= 0) {
                vm.goalProperty().set(vm.goals().get(n.intValue()).index());
            }
        });

        table.setId("target-indicators");
        table.setItems(vm.indicators());
        table.setMinHeight(110); // a header and three lines stay visible however the window is split
        table.setPlaceholder(new Label(Texts.get(b, "targets.editor.none")));
        table.getColumns().add(column(Texts.get(b, "targets.column.level1"), 90, Indicator::level1));
        table.getColumns().add(column(Texts.get(b, "targets.column.level2"), 120, Indicator::level2));
        TableColumn<Indicator, String> name = column(Texts.get(b, "targets.editor.level3"), 200, Indicator::level3);
        String draftName = Texts.get(b, "targets.editor.draft");
        name.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.beans.InvalidationListener follow = o -> show();

            {
                vm.draftRowProperty().addListener(new javafx.beans.WeakInvalidationListener(follow));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                show();
            }

            private void show() {
                boolean draft = !isEmpty() && vm.isDraft(getIndex());
                setText(isEmpty() ? null : draft ? draftName : getItem());
                setStyle(draft ? "-fx-font-style: italic;" : "");
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(column(Texts.get(b, "targets.column.value"), 90, Indicator::value));
        table.getColumns().add(column(Texts.get(b, "targets.editor.history0"), 70,
                i -> i.history().isEmpty() ? "" : i.history().get(0)));
        table.getColumns().add(column(Texts.get(b, "targets.editor.history1"), 70,
                i -> i.history().size() < 2 ? "" : i.history().get(1)));
        table.getColumns().add(column(Texts.get(b, "targets.column.basis"), 160, Indicator::basis));
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, n) -> {
            if (!selecting && n.intValue() >= 0) {
                vm.indicatorProperty().set(n.intValue());
            }
        });
        String draftTip = Texts.get(b, "targets.editor.draftTip");
        table.setRowFactory(t -> new DraftMarkedRow(draftTip));
        vm.draftRowProperty().addListener((o, a, n) -> {
            table.refresh();
            selectRow();
        });
        vm.indicatorProperty().addListener((o, a, n) -> selectRow());
        vm.indicators().addListener((javafx.collections.ListChangeListener<Indicator>) c -> selectRow());
        selectRow();

        Button add = button("target-add", Texts.get(b, "targets.editor.add"), vm::add);
        Button cancelDraft = button("target-cancel-draft", Texts.get(b, "targets.editor.cancelDraft"),
                vm::cancelDraft);
        cancelDraft.visibleProperty().bind(vm.draftRowProperty().greaterThanOrEqualTo(0));
        cancelDraft.managedProperty().bind(cancelDraft.visibleProperty());
        Button remove = button("target-remove", Texts.get(b, "targets.editor.remove"), vm::remove);
        Button up = button("target-up", Texts.get(b, "targets.editor.up"), () -> vm.move(-1));
        Button down = button("target-down", Texts.get(b, "targets.editor.down"), () -> vm.move(1));
        remove.disableProperty().bind(vm.indicatorProperty().lessThan(0));
        HBox listButtons = new HBox(6, add, cancelDraft, remove, up, down);
        VBox indicatorBox = new VBox(6, table, listButtons);
        VBox.setVgrow(table, Priority.ALWAYS);
        // the goal's text under the goal list: it belongs to the goal chosen there, and leaves the indicators
        // their height at 1366×768
        VBox goalColumn = new VBox(6, goals, goalBox(b));
        VBox.setVgrow(goals, Priority.ALWAYS);
        goals.setMinHeight(52);
        HBox top = new HBox(8, goalColumn, indicatorBox);
        HBox.setHgrow(indicatorBox, Priority.ALWAYS);
        VBox.setVgrow(top, Priority.ALWAYS);

        getChildren().addAll(title, top, form(b));
    }

    /** The goal's text, editable, saved as one correction. */
    private VBox goalBox(ResourceBundle b) {
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea();
        text.setId("target-goal-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPrefWidth(230);
        text.textProperty().bindBidirectional(vm.goalTextProperty());
        Button save = button("target-goal-save", Texts.get(b, "targets.editor.goalSave"), vm::saveGoal);
        save.disableProperty().bind(vm.goalEditedProperty().not());
        Label label = new Label(Texts.get(b, "targets.editor.goal"));
        HBox heading = new HBox(8, label, save);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, heading, text);
    }

    private GridPane form(ResourceBundle b) {
        ComboBox<String> level1 = new ComboBox<>();
        level1.setId("target-level1");
        level1.getItems().setAll(IndicatorLevelChoices.level1());
        level1.valueProperty().bindBidirectional(vm.level1Property());
        ComboBox<String> level2 = new ComboBox<>(vm.level2Choices());
        level2.setId("target-level2");
        level2.valueProperty().bindBidirectional(vm.level2Property());
        TextField level3 = text("target-level3", vm.level3Property(), 260);
        ComboBox<String> operator = new ComboBox<>();
        operator.setId("target-operator");
        operator.getItems().setAll(IndicatorValueCheck.OPERATORS);
        operator.valueProperty().bindBidirectional(vm.operatorProperty());
        operator.setPrefWidth(70);
        TextField number = text("target-number", vm.numberProperty(), 110);
        number.setPromptText(Texts.get(b, "targets.editor.number"));
        ComboBox<String> unit = new ComboBox<>();
        unit.setId("target-unit");
        unit.setEditable(true);
        unit.getItems().setAll(IndicatorValueCheck.UNITS);
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.setPrefWidth(90);
        TextField qualitative = text("target-qualitative", vm.qualitativeProperty(), 160);
        qualitative.setPromptText(Texts.get(b, "targets.editor.qualitative"));
        TextField history0 = text("target-history0", vm.history0Property(), 110);
        TextField history1 = text("target-history1", vm.history1Property(), 110);
        TextField basis = text("target-basis", vm.basisProperty(), 420);

        Label problem = new Label();
        problem.setId("target-problem");
        problem.getStyleClass().add("target-problem");
        problem.setStyle("-fx-text-fill: #c62828;");
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String p = vm.levelProblemProperty().get() != null ? vm.levelProblemProperty().get()
                    : vm.nameProblemProperty().get() != null ? vm.nameProblemProperty().get()
                    : vm.valueProblemProperty().get();
            return vm.indicatorProperty().get() < 0 || p == null ? "" : p;
        }, vm.levelProblemProperty(), vm.nameProblemProperty(), vm.valueProblemProperty(), vm.indicatorProperty()));
        Label message = new Label();
        message.setId("target-message");
        message.textProperty().bind(vm.messageProperty());
        Button save = new Button();
        save.setId("target-save");
        save.textProperty().bind(javafx.beans.binding.Bindings.when(vm.draftRowProperty().greaterThanOrEqualTo(0))
                .then(Texts.get(b, "targets.editor.saveDraft")).otherwise(Texts.get(b, "targets.editor.save")));
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.validProperty().not());
        save.setOnAction(e -> vm.save());

        // the value's parts and the levels are decorated with the reason they are refused, as typed
        // the reason goes on the part at fault: the number and unit when a number is typed, else the qualitative
        java.util.function.BooleanSupplier numeric = () -> !vm.numberProperty().get().isBlank();
        Validator<Object> value = (c, v) -> ValidationResult.fromMessageIf(c, vm.valueProblemProperty().get(),
                Severity.ERROR, vm.indicatorProperty().get() >= 0 && vm.valueProblemProperty().get() != null
                        && (c == qualitative) != numeric.getAsBoolean());
        Validator<Object> levels = (c, v) -> ValidationResult.fromMessageIf(c, vm.levelProblemProperty().get(),
                Severity.ERROR, vm.indicatorProperty().get() >= 0 && vm.levelProblemProperty().get() != null);
        validation.registerValidator(number, false, value);
        validation.registerValidator(unit, false, value);
        validation.registerValidator(qualitative, false, value);
        validation.registerValidator(level2, false, levels);
        validation.registerValidator(level3, false, (c, v) -> ValidationResult.fromMessageIf(c,
                vm.nameProblemProperty().get(), Severity.ERROR,
                vm.indicatorProperty().get() >= 0 && vm.nameProblemProperty().get() != null));
        validation.registerValidator(level1, false, levels);
        for (javafx.beans.Observable f : vm.formFields()) {
            f.addListener(o -> validation.revalidate());
        }

        GridPane g = new GridPane();
        g.setId("target-form");
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(6, 0, 0, 0));
        g.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints());
        g.addRow(0, label(b, "targets.column.level1"), level1, label(b, "targets.column.level2"), level2);
        g.addRow(1, label(b, "targets.editor.level3"), level3, label(b, "targets.column.value"),
                new HBox(6, operator, number, unit, new Label(Texts.get(b, "targets.editor.or")), qualitative));
        g.addRow(2, label(b, "targets.editor.history0"), history0, label(b, "targets.editor.history1"), history1);
        g.addRow(3, label(b, "targets.editor.basis"), basis);
        GridPane.setColumnSpan(basis, 3);
        HBox actions = new HBox(10, save, problem, message);
        g.add(actions, 1, 4, 3, 1);
        g.disableProperty().bind(vm.indicatorProperty().lessThan(0));
        return g;
    }

    /**
     * A row of the indicator list that marks the draft so it is never taken for a stored line: tinted, dashed, a
     * tooltip, the {@code :draft} pseudo-class. It follows the draft as it moves, not only when its item changes.
     */
    private final class DraftMarkedRow extends javafx.scene.control.TableRow<Indicator> {
        private final String tip;
        private final javafx.beans.InvalidationListener follow = o -> mark();

        DraftMarkedRow(String tip) {
            this.tip = tip;
            vm.draftRowProperty().addListener(new javafx.beans.WeakInvalidationListener(follow));
            indexProperty().addListener(follow);
        }

        @Override
        protected void updateItem(Indicator item, boolean empty) {
            super.updateItem(item, empty);
            mark();
        }

        private void mark() {
            boolean draft = !isEmpty() && getItem() != null && vm.isDraft(getIndex());
            pseudoClassStateChanged(DRAFT, draft);
            setStyle(draft ? "-fx-background-color: #fff4d6; -fx-border-color: #e0a800; -fx-border-style: dashed;"
                    : "");
            setTooltip(draft ? new javafx.scene.control.Tooltip(tip) : null);
        }
    }

    private void selectRow() {
        selecting = true;
        try {
            int i = vm.indicatorProperty().get();
            if (i >= 0 && i < table.getItems().size()) {
                table.getSelectionModel().clearAndSelect(i);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            selecting = false;
        }
    }

    private static Label label(ResourceBundle b, String key) {
        return new Label(Texts.get(b, key));
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setPrefWidth(width);
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<Indicator, String> column(String header, double width, Function<Indicator, String> f) {
        TableColumn<Indicator, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    /** Validation as the view shows it, for tests. */
    public ValidationSupport validation() {
        return validation;
    }

}
