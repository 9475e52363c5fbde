package org.budgetworkbench.core.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * 内容规范性: one row per required part of the document (封面 … each required table … 绩效), whether it is there
 * and free of listed errors and warnings, and its problems in plain sentences with their page or table. A
 * finding goes to the part it points into: a table's to its table, a sentence's to the part its section heads,
 * a form line's to 绩效. Text parts are judged only when the document has its text (a workbook has none).
 */
public final class ContentReview {
    private static final String GROUP = "内容规范性";
    private static final String OTHER_ITEM = "其他问题";

    private ContentReview() {
    }

    public static List<ReviewRow> rows(Document doc, List<ListedFinding> listed) {
        Map<String, List<ListedFinding>> byPart = new LinkedHashMap<>();
        for (ListedFinding f : listed) {
            byPart.computeIfAbsent(part(doc, f.finding().where()), k -> new ArrayList<>()).add(f);
        }
        List<ReviewRow> rows = new ArrayList<>();
        boolean hasText = !doc.narrative().isEmpty();
        for (RequiredParts.TextPart p : RequiredParts.leading()) {
            rows.add(textRow(doc, p, hasText, byPart.remove(p.name())));
        }
        Set<TableType> tables = new LinkedHashSet<>(RequiredParts.tables(doc));
        doc.tables().forEach(t -> tables.add(t.type()));
        for (TableType t : tables) {
            rows.add(tableRow(doc, t, byPart.remove(t.id())));
        }
        for (RequiredParts.TextPart p : RequiredParts.trailing(doc.kind())) {
            rows.add(textRow(doc, p, hasText, byPart.remove(p.name())));
        }
        List<ListedFinding> rest = new ArrayList<>();
        byPart.values().forEach(rest::addAll);
        if (!rest.isEmpty()) {
            rows.add(new ReviewRow(GROUP, OTHER_ITEM, "无其他问题", !hasBlocking(rest), sentences(doc, rest),
                    where(doc, rest, null)));
        }
        return rows;
    }

    private static ReviewRow textRow(Document doc, RequiredParts.TextPart p, boolean hasText, List<ListedFinding> fs) {
        List<ListedFinding> found = fs == null ? List.of() : fs;
        List<String> problems = new ArrayList<>();
        Boolean present = present(doc, p, hasText);
        if (present == null) {
            problems.add("文档不含文字部分（只导入了工作簿），未核对" + p.name() + "；请一并导入公开的 PDF。");
        } else if (!present) {
            problems.add("未见“" + p.name() + "”部分。");
        }
        problems.addAll(sentences(doc, found));
        Boolean meets;
        if (present == null) {
            meets = hasBlocking(found) ? Boolean.FALSE : null; // the part was not looked at, only its figures
        } else {
            meets = present && !hasBlocking(found);
        }
        return new ReviewRow(GROUP, p.name(), p.requirement(), meets, problems, where(doc, found, heading(doc, p)));
    }

    private static ReviewRow tableRow(Document doc, TableType t, List<ListedFinding> fs) {
        List<ListedFinding> found = fs == null ? List.of() : fs;
        Optional<DisclosureTable> table = doc.table(t);
        String title = table.map(DisclosureTable::title).filter(s -> s != null && !s.isBlank())
                .orElse(t.standardTitle());
        List<String> problems = new ArrayList<>(sentences(doc, found));
        boolean missingSaid = found.stream().anyMatch(f -> f.finding().where().row() == null
                && "missing_table".equals(f.finding().kind() == null ? null : f.finding().kind().id()));
        if (table.isEmpty() && !missingSaid && found.isEmpty()) {
            // the validator accepts a sentence saying there is no such spending in place of an empty table
            return new ReviewRow(GROUP, t.standardTitle(), "按规定格式公开，数字勾稽正确", true,
                    List.of("未单独公开此表（说明写明无此项支出，或审核人员已忽略缺表提示）。"), "");
        }
        String where = table.map(x -> tablePlace(x)).orElse("");
        return new ReviewRow(GROUP, title, "按规定格式公开，数字勾稽正确", table.isPresent() && !hasBlocking(found),
                problems, join(where, where(doc, found, null)));
    }

    private static Boolean present(Document doc, RequiredParts.TextPart p, boolean hasText) {
        if (p == RequiredParts.PERFORMANCE_BUDGET && !doc.targets().isEmpty()
                || p == RequiredParts.PERFORMANCE_FINAL && !doc.evaluations().isEmpty()) {
            return true;
        }
        if (!hasText) {
            return null;
        }
        if (p == RequiredParts.COVER) {
            // the cover is the title block the document opens with
            return doc.narrative().stream().limit(3).anyMatch(s -> p.heading().matcher(s.heading()).matches());
        }
        return heading(doc, p) != null;
    }

    private static NarrativeSection heading(Document doc, RequiredParts.TextPart p) {
        return doc.narrative().stream().filter(s -> s.heading() != null && p.heading().matcher(s.heading()).matches())
                .findFirst().orElse(null);
    }

    /** The part a finding points into: a table id, or the name of a text part. */
    private static String part(Document doc, FindingPlace w) {
        if (w.table() != null) {
            if (PerformanceForm.fromId(w.table()).isPresent()) {
                return (doc.kind() == DocumentKind.BUDGET ? RequiredParts.PERFORMANCE_BUDGET
                        : RequiredParts.PERFORMANCE_FINAL).name();
            }
            try {
                return TableType.fromId(w.table()).id();
            } catch (IllegalArgumentException notATable) {
                return OTHER_ITEM;
            }
        }
        String h = w.section() == null ? "" : w.section();
        List<RequiredParts.TextPart> order = new ArrayList<>(List.of(RequiredParts.GLOSSARY, RequiredParts.FUNCTIONS,
                RequiredParts.ORGANISATION));
        order.addAll(RequiredParts.trailing(doc.kind()));
        for (RequiredParts.TextPart p : order) {
            if (p.heading().matcher(h).matches()) {
                return p.name();
            }
        }
        return RequiredParts.EXPLANATION.name();
    }

    private static boolean hasBlocking(List<ListedFinding> fs) {
        return fs.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR
                || f.finding().severity() == Severity.WARNING);
    }

    /** "1. 说明中的…不一致（第 19 页：“…”）〔待核〕；审核意见：…" */
    private static List<String> sentences(Document doc, List<ListedFinding> fs) {
        List<String> out = new ArrayList<>();
        for (ListedFinding l : fs) {
            Finding f = l.finding();
            StringBuilder s = new StringBuilder();
            if (f.severity() == Severity.INFO) {
                s.append("（提示）");
            }
            s.append(f.message());
            String place = place(doc, f.where());
            if (!place.isEmpty()) {
                s.append("（").append(place).append("）");
            }
            if (l.otherDocument() != null) {
                s.append("〔对照：").append(l.otherDocument()).append("〕");
            }
            if (!l.accepted()) {
                s.append("〔待核〕");
            }
            if (l.note() != null && !l.note().isBlank()) {
                s.append("；审核意见：").append(l.note().strip());
            }
            out.add(s.toString());
        }
        return out;
    }

    private static String place(Document doc, FindingPlace w) {
        if (w.quote() != null || w.section() != null && w.table() == null) {
            Integer page = page(doc, w.section());
            String quote = w.quote() == null ? "" : "“" + shorten(w.quote()) + "”";
            return join(page == null ? "" : "第 " + page + " 页", quote);
        }
        List<String> parts = new ArrayList<>();
        if (w.target() != null) {
            parts.add(w.target());
        }
        if (w.indicator() != null) {
            parts.add("指标 " + w.indicator());
        }
        if (w.row() != null) {
            parts.add("行 " + w.row());
        }
        if (w.column() != null) {
            parts.add("列 " + w.column());
        }
        return String.join(" · ", parts);
    }

    private static String where(Document doc, List<ListedFinding> fs, NarrativeSection section) {
        Set<String> places = new LinkedHashSet<>();
        if (section != null && section.page() != null) {
            places.add("第 " + section.page() + " 页");
        }
        for (ListedFinding l : fs) {
            FindingPlace w = l.finding().where();
            if (w.table() != null) {
                doc.tables().stream().filter(t -> t.type().id().equals(w.table())).findFirst()
                        .ifPresent(t -> places.add(tablePlace(t)));
            } else {
                Integer page = page(doc, w.section());
                if (page != null) {
                    places.add("第 " + page + " 页");
                }
            }
        }
        return String.join("；", places);
    }

    private static String tablePlace(DisclosureTable t) {
        String title = t.title() == null || t.title().isBlank() ? t.type().standardTitle() : t.title();
        if (t.source() != null && t.source().page() != null) {
            return title + "（第 " + t.source().page() + " 页）";
        }
        if (t.source() != null && t.source().sheet() != null) {
            return title + "（工作表 " + t.source().sheet() + "）";
        }
        return title;
    }

    private static Integer page(Document doc, String heading) {
        if (heading == null) {
            return null;
        }
        return doc.narrative().stream().filter(s -> heading.equals(s.heading()) && s.page() != null)
                .map(NarrativeSection::page).findFirst().orElse(null);
    }

    private static String shorten(String q) {
        String s = q.strip();
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "；" + b;
    }
}
