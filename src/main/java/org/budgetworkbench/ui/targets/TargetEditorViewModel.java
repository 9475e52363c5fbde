package org.budgetworkbench.ui.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budgetworkbench.core.edit.IndicatorListText;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.IndicatorValue;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetScope;
import org.budgetworkbench.ui.editing.DocumentEditing;

/**
 * The performance-target editor's view model (绩效目标编辑): the goals (长期/年度) of a document, the indicators
 * of the chosen goal, and a form for the chosen indicator — 一级 and 二级 from the standard hierarchy (a 二级 only
 * under its own 一级), 三级, the 指标值 as operator + number + unit or a qualitative value, 前年/上年 and the
 * 指标值确定依据. The form is checked as typed; {@link #save()} writes what changed as corrections of the document
 * (undoable, recorded, stored), and remove / move change the goal's indicator list the same way. {@link #add()}
 * opens a draft (草稿) row under its 一级指标: shown, but not in the document, so neither stored nor checked,
 * until it is complete and saved — then as one correction of the list; a draft left or cancelled stores nothing.
 * The goal's own text (目标内容) is edited here too, one correction per save.
 */
public final class TargetEditorViewModel {
    /** A goal as the list shows it. */
    public record Goal(int index, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final DocumentEditing editing;
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final IntegerProperty goal = new SimpleIntegerProperty(-1);
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final IntegerProperty indicator = new SimpleIntegerProperty(-1);

    private final StringProperty level1 = new SimpleStringProperty("");
    private final StringProperty level2 = new SimpleStringProperty("");
    private final ObservableList<String> level2Choices = FXCollections.observableArrayList();
    private final StringProperty level3 = new SimpleStringProperty("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty qualitative = new SimpleStringProperty("");
    private final StringProperty history0 = new SimpleStringProperty("");
    private final StringProperty history1 = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringBinding valueProblem;
    private final StringBinding levelProblem;
    private final StringBinding nameProblem;
    /** The row of the indicator being added (not stored yet), -1 when none. */
    private final IntegerProperty draftRow = new SimpleIntegerProperty(-1);
    private final StringProperty goalText = new SimpleStringProperty("");
    private final BooleanBinding goalEdited;
    private String loadedGoal = "";
    /** Set while the editor itself rearranges the rows, so the list's own selection changes are not the user's. */
    private boolean adjusting;
    private final BooleanBinding valid;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean loading;

    public TargetEditorViewModel(DocumentEditing editing) {
        this.editing = editing;
        valueProblem = Bindings.createStringBinding(() -> IndicatorValueCheck.problem(level2.get(), level3.get(),
                operator.get(), number.get(), unit.get(), qualitative.get()), level2, level3, operator, number, unit,
                qualitative);
        levelProblem = Bindings.createStringBinding(this::levelProblemNow, level1, level2);
        nameProblem = Bindings.createStringBinding(() -> nz(level3.get()).isBlank()
                ? "请填写指标名称（三级指标）" : null, level3);
        valid = Bindings.createBooleanBinding(() -> indicator.get() >= 0 && valueProblem.get() == null
                && levelProblem.get() == null && nameProblem.get() == null, valueProblem, levelProblem, nameProblem,
                indicator);
        goalEdited = Bindings.createBooleanBinding(() -> target() != null
                && !nz(target().goal()).strip().equals(nz(goalText.get()).strip()), goalText, goal,
                editing.revisionProperty());
        level1.addListener((o, a, b) -> {
            level2Choices.setAll(IndicatorLevelChoices.level2(b));
            if (!loading && !level2Choices.contains(level2.get())) {
                level2.set(level2Choices.isEmpty() ? "" : level2Choices.get(0));
            }
            placeDraft();
        });
        level2.addListener((o, a, b) -> placeDraft());
        goal.addListener((o, a, b) -> {
            if (draftRow.get() >= 0) {
                dropDraft();
                message.set("未保存的新指标已放弃，未写入文档");
            }
            showGoal(0);
        });
        indicator.addListener((o, a, b) -> chose(b.intValue()));
        editing.revisionProperty().addListener((o, a, b) -> refresh());
        List<Target> targets = editing.current().targets();
        for (int i = 0; i < targets.size(); i++) {
            goals.add(new Goal(i, label(targets.get(i))));
        }
        goal.set(goals.isEmpty() ? -1 : 0);
    }

    private static String label(Target t) {
        String owner = t.scope() == TargetScope.PROJECT && t.project() != null ? t.project() : t.scope().chinese();
        return owner + " · " + (t.label() != null ? t.label() : t.period().chinese() + "目标")
                + (t.label() != null && !t.label().contains(t.period().chinese()) ? "（" + t.period().chinese() + "）" : "");
    }

    /** The analyst chose a row: leaving a draft for another row drops it (nothing of it was stored). */
    private void chose(int row) {
        if (adjusting) {
            return;
        }
        int d = draftRow.get();
        if (d >= 0 && row != d) {
            dropDraft();
            adjusting = true;
            try {
                indicator.set(row > d ? row - 1 : row);
            } finally {
                adjusting = false;
            }
            message.set("未保存的新指标已放弃，未写入文档");
        }
        loadForm();
    }

    private String levelProblemNow() {
        if (IndicatorLevelChoices.level2(level1.get()).isEmpty()) {
            return "请从列表中选择一级指标（产出、效益、满意度或成本指标）";
        }
        if (!IndicatorLevelChoices.allowed(level1.get(), level2.get())) {
            return "二级指标“" + level2.get() + "”不在" + level1.get() + "之下，请从列表中选择";
        }
        return null;
    }

    public ObservableList<Goal> goals() {
        return goals;
    }

    /** The index of the chosen goal in the document's targets. */
    public IntegerProperty goalProperty() {
        return goal;
    }

    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    /** The index of the chosen indicator within its goal, -1 for none. */
    public IntegerProperty indicatorProperty() {
        return indicator;
    }

    public StringProperty level1Property() {
        return level1;
    }

    public StringProperty level2Property() {
        return level2;
    }

    /** The 二级 that may be chosen under the 一级 now chosen. */
    public ObservableList<String> level2Choices() {
        return level2Choices;
    }

    public StringProperty level3Property() {
        return level3;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty qualitativeProperty() {
        return qualitative;
    }

    public StringProperty history0Property() {
        return history0;
    }

    public StringProperty history1Property() {
        return history1;
    }

    public StringProperty basisProperty() {
        return basis;
    }

    /** Why the value as typed cannot stand, or null. */
    public StringBinding valueProblemProperty() {
        return valueProblem;
    }

    /** Why the 一级/二级 as chosen cannot stand, or null. */
    public StringBinding levelProblemProperty() {
        return levelProblem;
    }

    /** Why the 三级 name as typed cannot stand (it is empty), or null. */
    public StringBinding nameProblemProperty() {
        return nameProblem;
    }

    /** The row of the indicator being added and not yet stored, -1 when none. */
    public ReadOnlyIntegerProperty draftRowProperty() {
        return draftRow;
    }

    /** Whether a row is the draft: shown, not stored. */
    public boolean isDraft(int row) {
        return row >= 0 && row == draftRow.get();
    }

    /** The chosen goal's text (目标内容), as typed. */
    public StringProperty goalTextProperty() {
        return goalText;
    }

    /** Whether the goal's text as typed differs from the document's. */
    public BooleanBinding goalEditedProperty() {
        return goalEdited;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** What the last save or list change did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The form's fields, for views that revalidate when any of them changes. */
    public Observable[] formFields() {
        return new Observable[] {level1, level2, level3, operator, number, unit, qualitative};
    }

    private Target target() {
        return goal.get() < 0 ? null : editing.current().targets().get(goal.get());
    }

    private void showGoal(int select) {
        Target t = target();
        showGoalText(t);
        adjusting = true;
        try {
            indicators.setAll(t == null ? List.of() : t.indicators());
        } finally {
            adjusting = false;
        }
        int i = indicators.isEmpty() ? -1 : Math.max(0, Math.min(select, indicators.size() - 1));
        if (indicator.get() == i) {
            loadForm();
        } else {
            indicator.set(i);
        }
    }

    private void showGoalText(Target t) {
        String stored = t == null ? "" : nz(t.goal());
        if (goalText.get().equals(loadedGoal) || !stored.equals(loadedGoal)) {
            goalText.set(stored); // text being typed survives other edits, unless the goal itself changed
        }
        loadedGoal = stored;
    }

    /**
     * After a correction, an undo or a redo: show the goal as it now is, keeping the chosen indicator. An open
     * draft stays, with what is typed in it, placed again under its 一级 in the list as it now is.
     */
    private void refresh() {
        Target t = target();
        if (draftRow.get() >= 0 && t != null) {
            showGoalText(t);
            int at = DraftPlacement.at(t.indicators(), level1.get(), level2.get());
            adjusting = true;
            try {
                indicators.setAll(t.indicators());
                indicators.add(at, new Indicator(level1.get(), level2.get(), null, null, List.of(), null));
                draftRow.set(at);
                indicator.set(at);
            } finally {
                adjusting = false;
            }
            return;
        }
        showGoal(indicator.get());
    }

    private void loadForm() {
        loading = true;
        try {
            int i = indicator.get();
            Indicator ind = i < 0 || i >= indicators.size() ? null : indicators.get(i);
            level1.set(ind == null ? "" : nz(ind.level1()));
            level2Choices.setAll(IndicatorLevelChoices.level2(level1.get()));
            level2.set(ind == null ? "" : nz(ind.level2()));
            level3.set(ind == null ? "" : nz(ind.level3()));
            history0.set(ind == null || ind.history().isEmpty() ? "" : ind.history().get(0));
            history1.set(ind == null || ind.history().size() < 2 ? "" : ind.history().get(1));
            basis.set(ind == null ? "" : nz(ind.basis()));
            String v = ind == null ? "" : nz(ind.value()).strip();
            IndicatorValue p = IndicatorValue.parse(v);
            if (p.isQuantified() && !p.isRange()) {
                operator.set(v.startsWith("=") || v.startsWith("＝") ? "=" : "=".equals(p.operator()) ? ""
                        : p.operator());
                number.set(p.number().toPlainString());
                unit.set(nz(p.unit()));
                qualitative.set("");
            } else {
                operator.set("");
                number.set("");
                unit.set("");
                qualitative.set(v);
            }
        } finally {
            loading = false;
        }
    }

    /** The 指标值 as the form now composes it. */
    public String composedValue() {
        return IndicatorValueCheck.compose(operator.get(), number.get(), unit.get(), qualitative.get());
    }

    /**
     * Writes the form's changes to the chosen indicator, one correction per field changed. Refused (nothing
     * written, the reason in {@link #messageProperty()}) while the form does not check.
     */
    public boolean save() {
        Target t = target();
        int i = indicator.get();
        if (t == null || i < 0) {
            return false;
        }
        if (!valid.get()) {
            message.set(levelProblem.get() != null ? levelProblem.get()
                    : nameProblem.get() != null ? nameProblem.get() : valueProblem.get());
            return false;
        }
        if (draftRow.get() >= 0) {
            return saveDraft(t);
        }
        Indicator now = t.indicators().get(i);
        List<Place.Field> changed = new ArrayList<>();
        List<String> values = new ArrayList<>();
        want(changed, values, Place.Field.LEVEL1, now.level1(), level1.get());
        want(changed, values, Place.Field.LEVEL2, now.level2(), level2.get());
        want(changed, values, Place.Field.LEVEL3, now.level3(), level3.get());
        want(changed, values, Place.Field.VALUE, now.value(), composedValue());
        want(changed, values, Place.Field.HISTORY0, now.history().isEmpty() ? null : now.history().get(0),
                history0.get());
        want(changed, values, Place.Field.HISTORY1, now.history().size() < 2 ? null : now.history().get(1),
                history1.get());
        want(changed, values, Place.Field.BASIS, now.basis(), basis.get());
        // the form is read back after the first correction; keep what was typed until all are written
        List<String> typed = values;
        for (int k = 0; k < changed.size(); k++) {
            Place place = new Place.IndicatorField(t.scope(), t.project(), t.label(), i, changed.get(k));
            if (!editing.set(place, typed.get(k))) {
                message.set(editing.messageProperty().get());
                return false;
            }
        }
        message.set(changed.isEmpty() ? "没有改动" : "已保存 " + changed.size() + " 处修改");
        return true;
    }

    private static void want(List<Place.Field> fields, List<String> values, Place.Field f, String old, String now) {
        if (!nz(old).strip().equals(nz(now).strip())) {
            fields.add(f);
            values.add(nz(now).strip());
        }
    }

    /**
     * Starts a new indicator as a draft row under the 一级 / 二级 of the chosen one (产出指标 · 数量指标 when none is
     * chosen), with an empty name and value to fill in. Nothing is stored until {@link #save()} accepts it.
     */
    public void add() {
        Target t = target();
        if (t == null) {
            return;
        }
        if (draftRow.get() >= 0) {
            indicator.set(draftRow.get());
            message.set("新指标尚未保存：填写后保存，或放弃");
            return;
        }
        int chosen = indicator.get();
        Indicator under = chosen >= 0 && chosen < t.indicators().size() ? t.indicators().get(chosen) : null;
        String l1 = under == null || nz(under.level1()).isBlank() ? "产出指标" : under.level1();
        String l2 = under == null || nz(under.level2()).isBlank()
                ? IndicatorLevelChoices.level2(l1).stream().findFirst().orElse("") : under.level2();
        int at = DraftPlacement.at(t.indicators(), l1, l2);
        adjusting = true;
        try {
            indicators.add(at, new Indicator(l1, l2, null, null, List.of(), null));
            draftRow.set(at);
            indicator.set(at);
        } finally {
            adjusting = false;
        }
        loadForm();
        message.set("新指标（草稿，未保存）：填写三级指标名称和指标值后保存");
    }

    /** Drops the draft row: nothing was stored, so nothing is undone. */
    public void cancelDraft() {
        if (draftRow.get() < 0) {
            return;
        }
        int d = draftRow.get();
        dropDraft();
        adjusting = true;
        try {
            indicator.set(indicators.isEmpty() ? -1 : Math.min(d, indicators.size() - 1));
        } finally {
            adjusting = false;
        }
        loadForm();
        message.set("已放弃新指标，未写入文档");
    }

    private void dropDraft() {
        int d = draftRow.get();
        if (d < 0) {
            return;
        }
        adjusting = true;
        try {
            draftRow.set(-1);
            indicators.remove(d);
        } finally {
            adjusting = false;
        }
    }

    /** Keeps the draft under the 一级 / 二级 now chosen for it, as the analyst changes them. */
    private void placeDraft() {
        Target t = target();
        int d = draftRow.get();
        if (loading || t == null || d < 0) {
            return;
        }
        int at = DraftPlacement.at(t.indicators(), level1.get(), level2.get());
        if (at == d) {
            return;
        }
        adjusting = true;
        try {
            indicators.remove(d);
            indicators.add(at, new Indicator(level1.get(), level2.get(), null, null, List.of(), null));
            draftRow.set(at);
            indicator.set(at);
        } finally {
            adjusting = false;
        }
    }

    /** Stores the complete draft as one correction of the goal's indicator list, at its place under its 一级. */
    private boolean saveDraft(Target t) {
        List<String> history = new ArrayList<>(List.of(nz(history0.get()).strip(), nz(history1.get()).strip()));
        while (!history.isEmpty() && history.get(history.size() - 1).isEmpty()) {
            history.remove(history.size() - 1);
        }
        String name = level3.get().strip();
        Indicator added = new Indicator(level1.get(), level2.get(), name, composedValue(), history,
                nz(basis.get()).isBlank() ? null : basis.get().strip());
        List<Indicator> list = new ArrayList<>(t.indicators());
        int at = DraftPlacement.at(list, added.level1(), added.level2());
        list.add(at, added);
        int d = draftRow.get();
        dropDraft(); // the stored list, shown again after the correction, holds it
        if (!changeList(t, list, "已添加指标“" + name + "”")) {
            adjusting = true;
            try {
                indicators.add(d, new Indicator(level1.get(), level2.get(), null, null, List.of(), null));
                draftRow.set(d);
                indicator.set(d);
            } finally {
                adjusting = false;
            }
            return false;
        }
        indicator.set(at);
        return true;
    }

    /** Stores the goal's text as typed, one correction (undoable, in 修改记录). */
    public boolean saveGoal() {
        Target t = target();
        if (t == null) {
            return false;
        }
        if (!goalEdited.get()) {
            message.set("目标内容没有改动");
            return false;
        }
        String typed = nz(goalText.get()).strip();
        goalText.set(typed);
        if (!editing.set(new Place.Goal(t.scope(), t.project(), t.label()), typed)) {
            message.set(editing.messageProperty().get());
            return false;
        }
        message.set("已保存目标内容");
        return true;
    }

    /** Removes the chosen indicator; on the draft row, drops the draft. */
    public void remove() {
        Target t = target();
        int i = indicator.get();
        if (t == null || i < 0) {
            return;
        }
        if (draftRow.get() >= 0) {
            cancelDraft();
            return;
        }
        List<Indicator> list = new ArrayList<>(t.indicators());
        list.remove(i);
        changeList(t, list, "已删除指标");
    }

    /** Moves the chosen indicator up ({@code -1}) or down ({@code +1}). */
    public void move(int by) {
        Target t = target();
        int i = indicator.get();
        int j = i + by;
        if (draftRow.get() >= 0) {
            message.set("新指标尚未保存：保存后再调整顺序");
            return;
        }
        if (t == null || i < 0 || j < 0 || j >= t.indicators().size()) {
            return;
        }
        List<Indicator> list = new ArrayList<>(t.indicators());
        java.util.Collections.swap(list, i, j);
        if (changeList(t, list, "已调整指标顺序")) {
            indicator.set(j);
        }
    }

    private boolean changeList(Target t, List<Indicator> list, String done) {
        Place place = new Place.Indicators(t.scope(), t.project(), t.label());
        if (!editing.set(place, IndicatorListText.write(list))) {
            message.set(editing.messageProperty().get());
            return false;
        }
        message.set(done);
        return true;
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
