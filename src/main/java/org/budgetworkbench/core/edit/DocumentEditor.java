package org.budgetworkbench.core.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Target;

/**
 * Makes one correction to a document (修改文档). Documents are immutable: {@link #apply} returns a new
 * document with the one value changed and leaves the given one as it was, which is what makes undo cheap.
 */
public final class DocumentEditor {
    private DocumentEditor() {
    }

    /** The value now at a place, as text (an amount as a plain number, a blank cell as empty text). */
    public static String valueAt(Document doc, Place place) {
        if (place instanceof Place.Cell c) {
            return plain(row(doc, c).values().get(c.column()));
        }
        if (place instanceof Place.IndicatorField f) {
            return fieldOf(indicator(doc, f), f.field());
        }
        if (place instanceof Place.Indicators l) {
            return IndicatorListText.write(doc.targets().get(targetIndex(doc, l.scope(), l.project(), l.target()))
                    .indicators());
        }
        if (place instanceof Place.Form f) {
            return nz(doc.formFields().get(formIndex(doc, f)).value());
        }
        if (place instanceof Place.Goal g) {
            return nz(doc.targets().get(targetIndex(doc, g.scope(), g.project(), g.target())).goal());
        }
        Place.Narrative n = (Place.Narrative) place;
        String p = paragraph(doc, n);
        if (n.isFigure()) {
            requireFigure(p, n);
            return n.figure();
        }
        return p;
    }

    /** The correction that sets a place to a new value, with the value it has now as the old value. */
    public static Edit edit(Document doc, Place place, String newValue) {
        return new Edit(place, valueAt(doc, place), newValue);
    }

    /**
     * Applies one correction and returns the corrected document. Refused, with a Chinese message, when the place
     * does not exist, when an amount is not a number, or when the old value is not what the document holds
     * (the correction was made against another state of the document).
     */
    public static Document apply(Document doc, Edit edit) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(edit, "edit");
        Place place = edit.place();
        if (place instanceof Place.Cell c) {
            return applyCell(doc, c, edit);
        }
        if (place instanceof Place.IndicatorField f) {
            return applyIndicator(doc, f, edit);
        }
        if (place instanceof Place.Indicators l) {
            return applyIndicatorList(doc, l, edit);
        }
        if (place instanceof Place.Form f) {
            return applyForm(doc, f, edit);
        }
        if (place instanceof Place.Goal g) {
            return applyGoal(doc, g, edit);
        }
        return applyNarrative(doc, (Place.Narrative) place, edit);
    }

    private static Document applyCell(Document doc, Place.Cell c, Edit edit) {
        DisclosureTable table = table(doc, c);
        Row row = row(doc, c);
        BigDecimal now = row.values().get(c.column());
        BigDecimal old = Amounts.parse(edit.oldValue());
        if (Amounts.orZero(now).compareTo(Amounts.orZero(old)) != 0) {
            throw stale(c, plain(now), edit.oldValue());
        }
        BigDecimal value = Amounts.parse(edit.newValue());
        List<Row> rows = new ArrayList<>(table.rows());
        rows.set(rows.indexOf(row), row.withValue(c.column(), value));
        List<DisclosureTable> tables = new ArrayList<>(doc.tables());
        tables.set(tables.indexOf(table), table.withRows(rows));
        return doc.withTables(tables);
    }

    private static Document applyIndicator(Document doc, Place.IndicatorField f, Edit edit) {
        int ti = targetIndex(doc, f);
        Target target = doc.targets().get(ti);
        Indicator ind = indicator(doc, f);
        if (!fieldOf(ind, f.field()).equals(edit.oldValue())) {
            throw stale(f, fieldOf(ind, f.field()), edit.oldValue());
        }
        String v = edit.newValue().isBlank() ? null : edit.newValue().strip();
        List<String> history = new ArrayList<>(ind.history());
        Indicator changed = switch (f.field()) {
            case VALUE -> ind.withValue(v);
            case LEVEL1 -> ind.withLevels(v, ind.level2(), ind.level3());
            case LEVEL2 -> ind.withLevels(ind.level1(), v, ind.level3());
            case LEVEL3 -> ind.withLevels(ind.level1(), ind.level2(), v);
            case BASIS -> ind.withBasis(v);
            case HISTORY0, HISTORY1 -> {
                int i = f.field() == Place.Field.HISTORY0 ? 0 : 1;
                while (history.size() <= i) {
                    history.add("");
                }
                history.set(i, v == null ? "" : v);
                while (!history.isEmpty() && history.get(history.size() - 1).isEmpty()) {
                    history.remove(history.size() - 1);
                }
                yield ind.withHistory(history);
            }
        };
        List<Indicator> inds = new ArrayList<>(target.indicators());
        inds.set(f.indicator(), changed);
        List<Target> targets = new ArrayList<>(doc.targets());
        targets.set(ti, target.withIndicators(inds));
        return doc.withTargets(targets);
    }

    private static Document applyIndicatorList(Document doc, Place.Indicators l, Edit edit) {
        int ti = targetIndex(doc, l.scope(), l.project(), l.target());
        Target target = doc.targets().get(ti);
        String now = IndicatorListText.write(target.indicators());
        if (!now.equals(edit.oldValue())) {
            // the list's stored text is JSON: said in words, never shown
            throw new EditRejectedException(l.describe() + " 与修改前的清单不符（其间已被改动）：该修改不是针对当前文档做的");
        }
        List<Indicator> next = IndicatorListText.read(edit.newValue(), target.indicators());
        List<Target> targets = new ArrayList<>(doc.targets());
        targets.set(ti, target.withIndicators(next));
        return doc.withTargets(targets);
    }

    private static Document applyGoal(Document doc, Place.Goal g, Edit edit) {
        int ti = targetIndex(doc, g.scope(), g.project(), g.target());
        Target target = doc.targets().get(ti);
        if (!nz(target.goal()).equals(edit.oldValue())) {
            throw stale(g, nz(target.goal()), edit.oldValue());
        }
        List<Target> targets = new ArrayList<>(doc.targets());
        targets.set(ti, target.withGoal(edit.newValue().isBlank() ? null : edit.newValue().strip()));
        return doc.withTargets(targets);
    }

    private static Document applyForm(Document doc, Place.Form f, Edit edit) {
        int i = formIndex(doc, f);
        FormField field = doc.formFields().get(i);
        if (!nz(field.value()).equals(edit.oldValue())) {
            throw stale(f, nz(field.value()), edit.oldValue());
        }
        List<FormField> fields = new ArrayList<>(doc.formFields());
        fields.set(i, new FormField(field.table(), field.project(), field.label(),
                edit.newValue().isBlank() ? null : edit.newValue().strip(), field.cell()));
        return new Document(doc.department(), doc.year(), doc.kind(), doc.scope(), doc.unit(), doc.tables(),
                doc.targets(), doc.evaluations(), doc.narrative(), fields);
    }

    private static Document applyNarrative(Document doc, Place.Narrative n, Edit edit) {
        int si = sectionIndex(doc, n);
        NarrativeSection section = doc.narrative().get(si);
        String p = paragraph(doc, n);
        String changed;
        if (n.isFigure()) {
            requireFigure(p, n);
            if (!n.figure().equals(edit.oldValue())) {
                throw stale(n, n.figure(), edit.oldValue());
            }
            if (edit.newValue().isBlank()) {
                throw new EditRejectedException(n.describe() + "：新数字不能为空");
            }
            changed = FigureText.replace(p, n.figure(), n.occurrence(), edit.newValue().strip());
        } else {
            if (!p.equals(edit.oldValue())) {
                throw stale(n, p, edit.oldValue());
            }
            changed = edit.newValue();
        }
        List<String> paragraphs = new ArrayList<>(section.paragraphs());
        paragraphs.set(n.paragraph(), changed);
        List<NarrativeSection> sections = new ArrayList<>(doc.narrative());
        sections.set(si, new NarrativeSection(section.heading(), section.level(), section.page(), paragraphs));
        return doc.withNarrative(sections);
    }

    private static DisclosureTable table(Document doc, Place.Cell c) {
        return doc.table(c.table()).orElseThrow(() -> new EditRejectedException(
                "文档中没有" + c.table().standardTitle() + "（" + c.table().id() + "），无法修改 " + c.id()));
    }

    private static Row row(Document doc, Place.Cell c) {
        DisclosureTable t = table(doc, c);
        Row row = t.row(c.row()).orElseThrow(() -> new EditRejectedException(
                t.type().standardTitle() + "中没有行 " + c.row() + "，无法修改 " + c.id()));
        if (!t.prints(c.column())) {
            // an absent column (the template does not print it) is not a 0 to correct
            throw new EditRejectedException(t.type().standardTitle() + "没有列 " + c.column() + "，无法修改 " + c.id());
        }
        return row;
    }

    private static int targetIndex(Document doc, Place.IndicatorField f) {
        try {
            return targetIndex(doc, f.scope(), f.project(), f.target());
        } catch (EditRejectedException e) {
            throw new EditRejectedException(e.getMessage() + "，无法修改 " + f.id());
        }
    }

    private static int targetIndex(Document doc, org.budgetworkbench.model.TargetScope scope, String project,
                                   String label) {
        for (int i = 0; i < doc.targets().size(); i++) {
            Target t = doc.targets().get(i);
            if (t.scope() == scope && Objects.equals(emptyToNull(t.project()), project)
                    && Objects.equals(emptyToNull(t.label()), label)) {
                return i;
            }
        }
        throw new EditRejectedException("文档中没有绩效目标 " + (project == null ? scope.chinese() : project)
                + (label == null ? "" : " " + label));
    }

    private static Indicator indicator(Document doc, Place.IndicatorField f) {
        Target t = doc.targets().get(targetIndex(doc, f));
        if (f.indicator() >= t.indicators().size()) {
            throw new EditRejectedException("绩效目标 " + nz(t.label()) + " 只有 " + t.indicators().size()
                    + " 个指标，没有第 " + (f.indicator() + 1) + " 个，无法修改 " + f.id());
        }
        return t.indicators().get(f.indicator());
    }

    private static String fieldOf(Indicator i, Place.Field field) {
        return nz(switch (field) {
            case VALUE -> i.value();
            case LEVEL1 -> i.level1();
            case LEVEL2 -> i.level2();
            case LEVEL3 -> i.level3();
            case BASIS -> i.basis();
            case HISTORY0 -> i.history().size() > 0 ? i.history().get(0) : null;
            case HISTORY1 -> i.history().size() > 1 ? i.history().get(1) : null;
        });
    }

    private static int formIndex(Document doc, Place.Form f) {
        for (int i = 0; i < doc.formFields().size(); i++) {
            FormField ff = doc.formFields().get(i);
            if (f.table().equals(ff.table()) && Objects.equals(emptyToNull(ff.project()), f.project())
                    && f.label().equals(ff.label())) {
                return i;
            }
        }
        throw new EditRejectedException("文档中没有表单栏目 " + f.describe() + "，无法修改 " + f.id());
    }

    private static int sectionIndex(Document doc, Place.Narrative n) {
        for (int i = 0; i < doc.narrative().size(); i++) {
            if (n.section().equals(doc.narrative().get(i).heading())) {
                return i;
            }
        }
        throw new EditRejectedException("说明中没有标题为“" + n.section() + "”的部分，无法修改 " + n.id());
    }

    private static String paragraph(Document doc, Place.Narrative n) {
        NarrativeSection s = doc.narrative().get(sectionIndex(doc, n));
        if (n.paragraph() >= s.paragraphs().size()) {
            throw new EditRejectedException("说明“" + n.section() + "”只有 " + s.paragraphs().size() + " 段，没有第 "
                    + (n.paragraph() + 1) + " 段");
        }
        return s.paragraphs().get(n.paragraph());
    }

    private static void requireFigure(String paragraph, Place.Narrative n) {
        if (FigureText.occurrences(paragraph, n.figure()).size() <= n.occurrence()) {
            throw new EditRejectedException(n.describe() + "：该段中没有数字 " + n.figure()
                    + (n.occurrence() > 0 ? "（第 " + (n.occurrence() + 1) + " 处）" : ""));
        }
    }

    private static EditRejectedException stale(Place place, String now, String claimed) {
        return new EditRejectedException(place.describe() + " 现为“" + now + "”，与修改前的值“" + claimed
                + "”不符：该修改不是针对当前文档做的");
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
