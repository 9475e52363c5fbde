package org.budgetworkbench.ui.editing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budgetworkbench.core.edit.EditRejectedException;
import org.budgetworkbench.core.edit.IndicatorListText;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.store.Edit;
import org.budgetworkbench.store.EditHistory;

/**
 * The 修改记录 of a document: every correction recorded in the store, newest first — where (described in
 * Chinese), the value before and after, and when. Follows the document's corrections as they happen.
 */
public final class HistoryViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One line of the history as shown, with the change as recorded (to revert it). */
    public record Line(String when, String place, String oldValue, String newValue, Edit recorded) {
    }

    private final EditHistory history;
    private final long documentId;
    private final String title;
    private final ZoneId zone;
    private final DocumentEditing editing;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public HistoryViewModel(EditHistory history, long documentId, String title, DocumentEditing editing,
                            ZoneId zone) {
        this.history = history;
        this.documentId = documentId;
        this.title = title;
        this.zone = zone;
        this.editing = editing;
        reload();
        if (editing != null) {
            editing.revisionProperty().addListener((o, a, b) -> reload());
        }
    }

    public String title() {
        return title;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /**
     * 撤回此修改: puts the value back that one change replaced, as a new correction (recorded, undoable). Refused,
     * with the reason, when the place was changed again since — reverting would undo the later change unseen.
     *
     * @return the sentence for the status line
     */
    public String revert(Line line) {
        if (editing == null || line == null) {
            return "";
        }
        Edit e = line.recorded();
        Place place;
        String now;
        try {
            place = Place.parse(e.place());
            now = org.budgetworkbench.core.edit.DocumentEditor.valueAt(editing.current(), place);
        } catch (EditRejectedException ex) {
            return "无法撤回：" + ex.getMessage();
        }
        if (!same(now, e.newValue())) {
            return "无法撤回：" + line.place() + " 之后又被修改过（现为 " + shown(now) + "），请在该处直接修改";
        }
        editing.set(place, e.oldValue() == null ? "" : e.oldValue());
        return editing.messageProperty().get();
    }

    private static boolean same(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        if (x.equals(y)) {
            return true;
        }
        try {
            var m = org.budgetworkbench.core.edit.Amounts.parse(x);
            var n = org.budgetworkbench.core.edit.Amounts.parse(y);
            return m != null && n != null && m.compareTo(n) == 0;
        } catch (EditRejectedException ex) {
            return false;
        }
    }

    public void reload() {
        List<Line> out = new ArrayList<>();
        for (Edit e : history.list(documentId)) {
            out.add(0, line(e));
        }
        lines.setAll(out);
    }

    private Line line(Edit e) {
        String where;
        boolean list = false;
        try {
            Place p = Place.parse(e.place());
            where = p.describe();
            list = p instanceof Place.Indicators;
        } catch (EditRejectedException ex) {
            where = e.place();
        }
        String when = e.at() == null ? "" : WHEN.format(e.at().atZone(zone));
        return new Line(when, where, list ? listSummary(e.oldValue()) : shown(e.oldValue()),
                list ? listSummary(e.newValue()) : shown(e.newValue()), e);
    }

    private static String shown(String v) {
        return v == null || v.isEmpty() ? "（空）" : v;
    }

    /** An indicator list as "3 个指标：培训人数、合格率、满意度". */
    static String listSummary(String text) {
        try {
            var inds = IndicatorListText.read(text, List.of());
            List<String> names = inds.stream().map(i -> i.level3() == null ? "（未命名）" : i.level3()).toList();
            return inds.size() + " 个指标" + (names.isEmpty() ? "" : "：" + String.join("、", names));
        } catch (EditRejectedException ex) {
            return shown(text);
        }
    }
}
