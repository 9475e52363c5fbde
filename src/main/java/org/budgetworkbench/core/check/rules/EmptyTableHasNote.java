package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;

/**
 * A published table with no figures says why (空表说明): "本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表",
 * "…本年度没有国有资本经营预算财政拨款收入支出，故本表无数据". The note may stand under the table (its
 * {@code notes}, kept by the store, so a stored document is judged as a fresh read) or in the
 * 情况说明; any sentence that says there is no such money (无 / 没有 / 未安排 / 0万元 / 空表 / 无数据, with the table's
 * subject) excuses the table. Without one, a warning: the reader cannot tell an empty table from a lost one.
 */
public final class EmptyTableHasNote implements Rule {
    private static final Pattern NONE = Pattern.compile("无|没有|未安排|未发生|不涉及|为空表|无数据|(?<![0-9.])0(?:\\.00)?\\s*万元");

    @Override
    public String id() {
        return "table.empty_note";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        if (doc.narrative().isEmpty()) {
            return out; // a workbook carries no notes to read; nothing can be said either way
        }
        for (DisclosureTable t : doc.tables()) {
            if (t.rows().isEmpty() || hasFigures(t)) {
                continue;
            }
            String subject = subject(t);
            // the note printed under the table itself (本表无数据 …, kept on the table and in the store)
            if (subject == null || notedUnderTable(t) || explained(doc, subject)) {
                continue;
            }
            out.add(new Finding(id(), FindingKind.BLANK_VALUE, Severity.WARNING, FindingPlace.cell(t.type().id(),
                    "total", null), null, "空表说明", t.title() + "没有数字，也没有说明为何为空表（如“本年度无"
                    + subject + "…，故本表无数据”）"));
        }
        return out;
    }

    private static boolean notedUnderTable(DisclosureTable t) {
        return t.notedAsEmpty() || t.notes().stream().anyMatch(n -> NONE.matcher(n).find());
    }

    private static boolean hasFigures(DisclosureTable t) {
        for (Row r : t.rows()) {
            for (BigDecimal v : r.values().values()) {
                if (v != null && v.signum() != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the table is about, as a note would name it. */
    private static String subject(DisclosureTable t) {
        String title = t.title() == null ? t.type().standardTitle() : t.title();
        for (String s : List.of("政府性基金", "国有资本经营", "三公", "政府采购", "购买服务", "项目支出", "机关运行经费")) {
            if (title.contains(s) || t.type().standardTitle().contains(s)) {
                return s;
            }
        }
        return null; // a summary table without figures is a reading fault, not an empty table
    }

    private static boolean explained(Document doc, String subject) {
        for (NarrativeText.Section s : NarrativeText.of(doc)) {
            String text = s.text();
            for (int at = text.indexOf(subject); at >= 0; at = text.indexOf(subject, at + 1)) {
                if (NONE.matcher(s.sentence(at)).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
