package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.catalog.Classification;

/**
 * The function subjects the narrative names as 类/款/项 paths are the ones the tables use (说明所列功能科目与报表一致):
 * "卫生健康支出(类)行政单位医疗(款)公务员医疗补助(项)" where the expenditure table files 公务员医疗补助 under
 * 行政事业单位医疗, or a 项 the tables do not have at all. A list of all the subjects the department used (到项级,
 * not a list of the 主要 ones) names every 项 the expenditure table has an amount in.
 */
public final class NarrativeFunctionSubjectsInTables implements Rule {
    /** A name, which may hold a short bracketed part: 政府办公厅（室）及相关机构事务. */
    private static final String NAME = "((?:[^，。；：:、()（）]|[（(][^()（）类款项]{1,3}[)）])+?)";
    private static final Pattern PATH = Pattern.compile(
            NAME + "[（(]类[)）]" + NAME + "[（(]款[)）]" + NAME + "[（(]项[)）]");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*(?:[（(]\\s*[0-9一二三四五六七八九十]+\\s*[)）]|[0-9]+\\s*[.、．]|[一二三四五六七八九十]+、)\\s*");

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
        for (NarrativeSection s : doc.narrative()) {
            Set<String> listed = new LinkedHashSet<>();
            int paths = 0;
            for (String p : s.paragraphs()) {
                Matcher m = PATH.matcher(p);
                while (m.find()) {
                    paths++;
                    String cls = clean(m.group(1));
                    String kuan = Classification.normalise(m.group(2));
                    String xiang = Classification.normalise(m.group(3));
                    Optional<Row> c = classRow(t, cls);
                    if (c.isEmpty()) {
                        continue; // a class the department does not use at all is a different fault, left to others
                    }
                    Optional<Row> k = children(t, c.get()).stream()
                            .filter(r -> Classification.normalise(r.name()).equals(kuan)).findFirst();
                    List<Row> items = new ArrayList<>();
                    for (Row kr : children(t, c.get())) {
                        for (Row x : children(t, kr)) {
                            if (Classification.normalise(x.name()).equals(xiang)) {
                                items.add(x);
                            }
                        }
                    }
                    String quote = sentence(p, m.start());
                    FindingPlace place = FindingPlace.text(s.heading(), quote);
                    if (k.isPresent()) {
                        Optional<Row> x = items.stream().filter(r -> k.get().key().equals(RowKeys.parent(r.key())))
                                .findFirst();
                        if (x.isPresent()) {
                            listed.add(x.get().key());
                        } else {
                            out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.INFO, place, xiang,
                                    t.title() + "所用科目",
                                    "说明所列科目 " + kuan + "(款)" + xiang + "(项) 不见于" + t.title() + "（该款下无此项）",
                                    FindingPlace.cell(t.type().id(), k.get().key(), null)));
                        }
                    } else if (items.size() == 1) {
                        Row x = items.get(0);
                        listed.add(x.key());
                        Row parent = t.row(RowKeys.parent(x.key())).orElse(null);
                        String tableKuan = parent == null ? "" : Classification.normalise(parent.name());
                        out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.INFO, place, kuan,
                                tableKuan, "说明将 " + xiang + "(项) 列于款“" + kuan + "”下，" + t.title() + "列于 "
                                        + RowKeys.parent(x.key()) + " " + tableKuan + " 下",
                                FindingPlace.cell(t.type().id(), x.key(), null)));
                    } else if (items.isEmpty()) {
                        out.add(new Finding(id(), FindingKind.TEXT_TABLE_MISMATCH, Severity.INFO, place, xiang,
                                t.title() + "所用科目",
                                "说明所列科目 " + kuan + "(款)" + xiang + "(项) 不见于" + t.title(), null));
                    }
                }
            }
            checkCompleteList(doc, t, s, listed, paths, out);
        }
        return out;
    }

    /** A section that lists the subjects the department used (到项级), not only the main ones, lists them all. */
    private void checkCompleteList(Document doc, DisclosureTable t, NarrativeSection s, Set<String> listed, int paths,
                                   List<Finding> out) {
        String h = s.heading();
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

    private static String clean(String cls) {
        return Classification.normalise(LEADING_NUMBER.matcher(cls).replaceFirst(""));
    }

    private static Optional<Row> classRow(DisclosureTable t, String cls) {
        String bare = cls.replaceFirst("支出$", "");
        return t.rows().stream().filter(r -> RowKeys.isClassificationCode(r.key()) && RowKeys.level(r.key()) == 1
                && Classification.normalise(r.name()).replaceFirst("支出$", "").equals(bare)).findFirst();
    }

    private static List<Row> children(DisclosureTable t, Row parent) {
        return t.rows().stream().filter(r -> RowKeys.isClassificationCode(r.key())
                && parent.key().equals(RowKeys.parent(r.key()))).toList();
    }

    /** The sentence around a position, to the first 。 ， or ： after the path. */
    private static String sentence(String p, int at) {
        int from = p.lastIndexOf('。', Math.max(0, at - 1)) + 1;
        int end = p.indexOf('。', at);
        return p.substring(from, end < 0 ? p.length() : end + 1).strip();
    }
}
