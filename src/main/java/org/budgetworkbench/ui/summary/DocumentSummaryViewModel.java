package org.budgetworkbench.ui.summary;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.store.StoredFinding;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.table.AmountFormat;

/**
 * What a document is, at a glance (文档概况), shown when its navigator node is chosen: department, year, kind,
 * where it was read from, its totals, which of the tables its kind must publish it has, lacks or could not be
 * read, and its open findings per table and severity — so an incomplete document is seen as incomplete.
 */
public final class DocumentSummaryViewModel {
    /** A line of facts: what and its value. */
    public record Fact(String label, String value) {
    }

    /** What became of a table the document's kind must publish: read, missing, or not published (none to show). */
    public enum TableState { READ, MISSING, NOT_PUBLISHED }

    /** A table (or the narrative, the forms) with its state and its open findings by severity. */
    public record Part(String title, TableState state, int errors, int warnings, int infos) {
    }

    private final String title;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final List<String> unread;

    public DocumentSummaryViewModel(StoredDocument stored, Document d, List<StoredFinding> findings,
                                    List<String> unread, ResourceBundle b) {
        this.title = d.displayTitle();
        this.unread = List.copyOf(unread);
        facts.add(new Fact(Texts.get(b, "summary.department"), blankAsUnknown(d.department(), b)));
        facts.add(new Fact(Texts.get(b, "summary.year"), String.valueOf(d.year())));
        facts.add(new Fact(Texts.get(b, "summary.kind"), Texts.get(b, "kind." + d.kind().id())));
        facts.add(new Fact(Texts.get(b, "summary.scope"), Texts.get(b, "summary.scope." + d.scope().id())));
        facts.add(new Fact(Texts.get(b, "summary.source"), stored.sourceFile() == null ? Texts.get(b, "summary.unknown")
                : stored.sourceFile()));
        facts.add(new Fact(Texts.get(b, "summary.imported"), Texts.get(b, "summary.imported.value",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                        .format(stored.importedAt()), stored.version(), Texts.get(b, "docstatus." + stored.status()))));
        grandTotals(d).forEach((k, v) -> facts.add(new Fact(Texts.get(b, "summary." + k),
                AmountFormat.format(v) + " " + d.unit())));

        Map<String, int[]> counts = openCounts(findings);
        for (TableType t : TableType.of(d.kind())) {
            TableState state = d.table(t).isPresent() ? TableState.READ
                    : missingFound(findings, t) ? TableState.MISSING : TableState.NOT_PUBLISHED;
            int[] c = counts.getOrDefault(t.id(), new int[3]);
            parts.add(new Part(d.table(t).map(DisclosureTable::title).filter(s -> s != null && !s.isBlank())
                    .orElse(t.standardTitle()), state, c[0], c[1], c[2]));
        }
        // tables of another kind or not in the standard list, the narrative and the forms, where they have findings
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            boolean listed = TableType.of(d.kind()).stream().anyMatch(t -> t.id().equals(e.getKey()));
            if (!listed) {
                int[] c = e.getValue();
                parts.add(new Part(partTitle(e.getKey(), b), TableState.READ, c[0], c[1], c[2]));
            }
        }
    }

    public String title() {
        return title;
    }

    public List<Fact> facts() {
        return facts;
    }

    public List<Part> parts() {
        return parts;
    }

    /** The regions of the source files that were not read, each naming its file. */
    public List<String> unread() {
        return unread;
    }

    /** Whether the document is known to be incomplete: a table missing or a region not read. */
    public boolean incomplete() {
        return !unread.isEmpty() || parts.stream().anyMatch(p -> p.state() == TableState.MISSING);
    }

    private static String blankAsUnknown(String s, ResourceBundle b) {
        return s == null || s.isBlank() ? Texts.get(b, "summary.unknown") : s;
    }

    /** 收入总计 and 支出总计 of the document's 收支总表 (first amount of each line), where it has one. */
    private static Map<String, BigDecimal> grandTotals(Document d) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        TableType summary = d.kind() == org.budgetworkbench.model.DocumentKind.BUDGET ? TableType.BUDGET_SUMMARY
                : TableType.FINAL_SUMMARY;
        d.table(summary).ifPresent(t -> {
            for (Row r : t.rows()) {
                if (r.key().equals("income.grand_total") || r.key().equals("expenditure.grand_total")) {
                    r.values().values().stream().filter(Objects::nonNull).findFirst()
                            .ifPresent(v -> out.put(r.key().startsWith("income") ? "income" : "expenditure", v));
                }
            }
        });
        return out;
    }

    /** Open findings by place (table id, or narrative / targets / evaluations): errors, warnings, notes. */
    private static Map<String, int[]> openCounts(List<StoredFinding> findings) {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (StoredFinding f : findings) {
            if (!FindingStatus.OPEN.equals(f.status()) || f.finding().kind() == FindingKind.MISSING_TABLE) {
                continue;
            }
            var where = f.finding().where();
            String key = where.table() != null ? where.table() : where.section() != null || where.quote() != null
                    ? "narrative" : "other";
            int[] c = out.computeIfAbsent(key, k -> new int[3]);
            Severity s = f.finding().severity();
            c[s == Severity.ERROR ? 0 : s == Severity.WARNING ? 1 : 2]++;
        }
        return out;
    }

    private static boolean missingFound(List<StoredFinding> findings, TableType t) {
        return findings.stream().anyMatch(f -> f.finding().kind() == FindingKind.MISSING_TABLE
                && t.id().equals(f.finding().where().table()));
    }

    private static String partTitle(String key, ResourceBundle b) {
        if (key.equals("narrative") || key.equals("other")) {
            return Texts.get(b, "summary.part." + key);
        }
        var form = org.budgetworkbench.model.PerformanceForm.fromId(key);
        if (form.isPresent()) {
            return form.get().chinese();
        }
        try {
            return TableType.fromId(key).standardTitle();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
