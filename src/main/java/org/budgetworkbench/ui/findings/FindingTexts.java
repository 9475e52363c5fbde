package org.budgetworkbench.ui.findings;

import java.math.BigDecimal;
import java.util.ResourceBundle;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.table.AmountFormat;
import org.budgetworkbench.ui.table.ColumnHeaders;

/** The words the findings panel shows (审核发现文字): severity, kind, verdict, place and figures, per language. */
public final class FindingTexts {
    private FindingTexts() {
    }

    public static String severity(ResourceBundle b, Severity s) {
        return Texts.get(b, "severity." + s.id());
    }

    public static String status(ResourceBundle b, String status) {
        return Texts.get(b, "finding.status." + status);
    }

    public static String kind(ResourceBundle b, FindingKind k) {
        return k == null ? "" : Texts.get(b, "finding.kind." + k.id());
    }

    /** A number as the tables show it; text as it is; nothing for none. */
    public static String figure(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return AmountFormat.format(d);
        }
        if (value instanceof Number n) {
            return AmountFormat.format(new BigDecimal(n.toString()));
        }
        if (value instanceof java.util.Collection<?> items) {
            // a list of items (科目, 指标): named one after another; none is shown as nothing, not as "[]"
            return items.stream().map(FindingTexts::figure).collect(java.util.stream.Collectors.joining("、"));
        }
        return value.toString();
    }

    /**
     * The 发现值 and 应为 of a finding as shown: both blank when they read the same (a pair that says nothing but
     * would look like a contradiction), an empty list as nothing.
     */
    public static String[] figures(org.budgetworkbench.model.Finding f) {
        String found = figure(f.found());
        String expected = figure(f.expected());
        if (found.equals(expected)) {
            return new String[] {"", ""};
        }
        return new String[] {found, expected};
    }

    /** "支出总表 · 221 住房保障支出 · 合计", or "情况说明 · 五、…" for the narrative. */
    public static String place(ResourceBundle b, FindingPlace p, Document doc) {
        if (p == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (p.table() != null) {
            TableType type = typeOf(p.table());
            s.append(type == null ? named(b, "findings.form.", p.table()) : tableTitle(type, doc));
            if (p.row() != null) {
                s.append(" · ").append(rowText(type, p.row(), doc));
            }
            if (p.column() != null) {
                s.append(" · ").append(type == null ? named(b, "findings.formcolumn.", p.column())
                        : ColumnHeaders.header(b, type, p.column()));
            }
            for (String key : new String[] {p.project(), p.target(), p.goal(), p.field()}) {
                if (key != null) {
                    s.append(" · ").append(key);
                }
            }
            if (p.indicator() != null) {
                s.append(" · ").append(p.indicator());
            }
        }
        if (p.section() != null) {
            if (s.length() > 0) {
                s.append("；");
            }
            s.append(Texts.get(b, "nav.narrative")).append(" · ").append(p.section());
        }
        return s.toString();
    }

    /** A performance form (绩效目标表, 绩效自评表) or its column by name; the id itself for one not named here. */
    private static String named(ResourceBundle b, String prefix, String id) {
        return Texts.has(b, prefix + id) ? Texts.get(b, prefix + id) : id;
    }

    static TableType typeOf(String id) {
        try {
            return TableType.fromId(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String tableTitle(TableType type, Document doc) {
        return doc == null ? type.standardTitle() : doc.table(type).map(t -> t.title() == null || t.title().isBlank()
                ? type.standardTitle() : t.title()).orElse(type.standardTitle());
    }

    private static String rowText(TableType type, String key, Document doc) {
        if (type == null || doc == null) {
            return key;
        }
        return doc.table(type).flatMap(t -> t.row(key)).map(Row::name)
                .map(name -> key.contains(".") || key.contains(":") || key.equals("total") ? name : key + " " + name)
                .orElse(key);
    }
}
