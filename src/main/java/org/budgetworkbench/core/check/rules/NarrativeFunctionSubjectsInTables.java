package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.SubjectPaths;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.catalog.Classification;

/**
 * The function subjects the narrative names as 类/款/项 paths are the ones the tables use (说明所列功能科目与报表一致):
 * "卫生健康支出(类)行政单位医疗(款)公务员医疗补助(项)" where the expenditure table files 公务员医疗补助 under
 * 行政事业单位医疗, or a 项 the tables do not have at all. A list of all the subjects the department used (到项级,
 * not a list of the 主要 ones) names every 项 the expenditure table has an amount in. Paths are read in every form
 * {@link SubjectPaths} knows, on each section's running text (a path broken over printed lines is one path); a
 * class named otherwise than in the table (医疗卫生与计划生育支出 for 210 卫生健康支出, a legacy name) is found
 * from its 款 and 项. A name that differs is a warning: the reader is told a subject the tables do not have.
 */
public final class NarrativeFunctionSubjectsInTables implements Rule {
    private static final java.util.regex.Pattern EXPENDITURE_SUFFIX = java.util.regex.Pattern.compile("支出$");

    @Override
    public String id() {
        return "text.function_subject";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        boolean fin = doc.kind() == DocumentKind.FINAL;
        Optional<DisclosureTable> table = doc.table(fin ? TableType.FINAL_EXPENDITURE : TableType.BUDGET_EXPENDITURE)
                .or(() -> doc.table(fin ? TableType.FINAL_GPB_EXPENDITURE : TableType.BUDGET_GPB_EXPENDITURE));
        if (table.isEmpty()) {
            return out;
        }
        DisclosureTable t = table.get();
        if (t.rows().stream().noneMatch(r -> RowKeys.isClassificationCode(r.key()) && RowKeys.level(r.key()) == 3)) {
            return out;
        }
        Map<String, List<Row>> kids = childrenIndex(t);
        for (NarrativeText.Section s : NarrativeText.of(doc)) {
            Set<String> listed = new LinkedHashSet<>();
            int paths = 0;
            for (SubjectPaths.Path path : SubjectPaths.in(s.text())) {
                paths++;
                FindingPlace place = s.place(path.start());
                Optional<Row> byCode = path.code() == null ? Optional.empty() : t.row(path.code());
                Optional<Row> byName = classRow(t, path.cls());
                Optional<Row> coded = byCode.isPresent() ? t.row(byCode.get().key().substring(0, 3)) : Optional.empty();
                Optional<Row> c = coded.isPresent() ? coded : byName;
                // with codes printed ("医疗卫生与计划生育支出（210类）…") the code finds the class; its name is still checked
                boolean misnamed = c.isEmpty()
                        || coded.isPresent() && byName.map(r -> !r.key().equals(coded.get().key())).orElse(true);
                if (c.isEmpty()) {
                    c = classOfUniquePath(t, kids, path);
                    if (c.isEmpty()) {
                        continue; // a class the department does not use at all is a different fault, left to others
                    }
                }
                if (misnamed) {
                    String tableClass = Classification.normalise(c.get().name());
                    out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING, place, path.cls(),
                            tableClass, "说明中的类级科目名称“" + path.cls() + "”与" + t.title() + " " + c.get().key()
                                    + " “" + tableClass + "”不一致（旧科目名称或笔误）",
                            FindingPlace.cell(t.type().id(), c.get().key(), null)));
                }
                String kuan = path.kuan();
                String xiang = path.xiang();
                Optional<Row> k = children(kids, c.get()).stream()
                        .filter(r -> Classification.normalise(r.name()).equals(kuan)).findFirst();
                List<Row> items = new ArrayList<>();
                for (Row kr : children(kids, c.get())) {
                    for (Row x : children(kids, kr)) {
                        if (Classification.normalise(x.name()).equals(xiang)) {
                            items.add(x);
                        }
                    }
                }
                if (k.isPresent()) {
                    Optional<Row> x = items.stream().filter(r -> k.get().key().equals(RowKeys.parent(r.key())))
                            .findFirst();
                    if (x.isPresent()) {
                        listed.add(x.get().key());
                    } else {
                        List<Row> under = children(kids, k.get());
                        String expected = under.size() == 1 ? Classification.normalise(under.get(0).name())
                                : t.title() + "所用科目";
                        out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING, place, xiang,
                                expected, "说明所列科目 " + kuan + "(款)" + xiang + "(项) 不见于" + t.title()
                                        + "（该款下无此项" + (under.size() == 1 ? "，表中为 " + under.get(0).key() + " "
                                        + expected : "") + "）",
                                FindingPlace.cell(t.type().id(),
                                        under.size() == 1 ? under.get(0).key() : k.get().key(), null)));
                    }
                } else if (items.size() == 1) {
                    Row x = items.get(0);
                    listed.add(x.key());
                    Row parent = t.row(RowKeys.parent(x.key())).orElse(null);
                    String tableKuan = parent == null ? "" : Classification.normalise(parent.name());
                    out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING, place, kuan,
                            tableKuan, "说明将 " + xiang + "(项) 列于款“" + kuan + "”下，" + t.title() + "列于 "
                                    + RowKeys.parent(x.key()) + " " + tableKuan + " 下",
                            FindingPlace.cell(t.type().id(), x.key(), null)));
                } else if (items.isEmpty()) {
                    out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.WARNING, place, xiang,
                            t.title() + "所用科目",
                            "说明所列科目 " + kuan + "(款)" + xiang + "(项) 不见于" + t.title(), null));
                }
            }
            checkCompleteList(doc, t, s.heading(), listed, paths, out);
        }
        return out;
    }

    /** The class of the one 款/项 pair the path names, where its class name is not the table's (a legacy name). */
    private static Optional<Row> classOfUniquePath(DisclosureTable t, Map<String, List<Row>> kids,
                                                  SubjectPaths.Path path) {
        List<Row> classes = new ArrayList<>();
        for (Row c : t.rows()) {
            if (!RowKeys.isClassificationCode(c.key()) || RowKeys.level(c.key()) != 1) {
                continue;
            }
            boolean has = children(kids, c).stream().anyMatch(k -> Classification.normalise(k.name()).equals(path.kuan())
                    && children(kids, k).stream().anyMatch(x -> Classification.normalise(x.name()).equals(path.xiang())));
            if (has) {
                classes.add(c);
            }
        }
        return classes.size() == 1 ? Optional.of(classes.get(0)) : Optional.empty();
    }

    /** A section that lists the subjects the department used (到项级), not only the main ones, lists them all. */
    private void checkCompleteList(Document doc, DisclosureTable t, String h, Set<String> listed, int paths,
                                   List<Finding> out) {
        if (paths < 2 || !h.contains("功能分类科目") || h.contains("主要") || !h.contains("使用")) {
            return;
        }
        Map<String, Row> used = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            if (RowKeys.isClassificationCode(r.key()) && RowKeys.level(r.key()) == 3
                    && r.amount("total") != null && r.amount("total").signum() != 0) {
                used.put(r.key(), r);
            }
        }
        List<String> missing = used.values().stream().filter(r -> !listed.contains(r.key()))
                .map(r -> r.key() + " " + r.name()).toList();
        if (missing.isEmpty()) {
            return;
        }
        out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.INFO, FindingPlace.text(h, h), paths,
                used.size(), "说明列出本部门使用的功能分类科目 " + paths + " 个，" + t.title() + "有金额的项级科目 "
                        + used.size() + " 个，未列：" + String.join("、", missing),
                FindingPlace.cell(t.type().id(), missing.get(0).split(" ")[0], null)));
    }

    private static Optional<Row> classRow(DisclosureTable t, String cls) {
        String bare = EXPENDITURE_SUFFIX.matcher(cls).replaceFirst("");
        return t.rows().stream().filter(r -> RowKeys.isClassificationCode(r.key()) && RowKeys.level(r.key()) == 1
                && EXPENDITURE_SUFFIX.matcher(Classification.normalise(r.name())).replaceFirst("").equals(bare))
                .findFirst();
    }

    private static List<Row> children(Map<String, List<Row>> index, Row parent) {
        return index.getOrDefault(parent.key(), List.of());
    }

    /** The table's coded rows by the code one level up, in the table's order (made once per check, not per path). */
    private static Map<String, List<Row>> childrenIndex(DisclosureTable t) {
        Map<String, List<Row>> out = new java.util.HashMap<>();
        for (Row r : t.rows()) {
            if (RowKeys.isClassificationCode(r.key())) {
                String parent = RowKeys.parent(r.key());
                if (parent != null) {
                    out.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
                }
            }
        }
        return out;
    }

}
