package org.budgetworkbench.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.catalog.Classification;

/**
 * What table cell a narrative amount speaks of (说明数字对应的表格数字): the phrase in front of the figure
 * (收入总计, 基本支出, 人员经费, “三公”经费, 因公出国(境)费, a class name 一般公共服务支出 …), read in the context of
 * its section (一般公共预算…, 财政拨款…, 项目支出…) and of its sentence (全年预算 / 支出决算 in final accounts;
 * a figure after 比/较 is a change, not a table figure; an empty phrase repeats the sentence's subject).
 */
public final class FigureAnchors {

    /** A cell a figure names; {@code term} is the phrase as the reviewer reads it. */
    public record Anchor(TableType table, String row, String column, String term) {
        public Optional<BigDecimal> value(Document doc) {
            return doc.table(table).flatMap(t -> t.amount(row, column));
        }
    }

    /** A figure and what it is: a table cell, a change (比上年增减), or neither. */
    public record Reading(Figure figure, Anchor anchor, boolean change, boolean budgeted, String subject) {
    }

    private static final Pattern CHANGE = Pattern.compile(".*(比|较|与|同比|相比|增加|减少|增长|下降|上升|降低|持平|增减).*");
    private static final Pattern BUDGETED = Pattern.compile(".*(年初预算|调整后预算|全年预算|预算数|预算金额|预算为).*");
    private static final Pattern ACTUAL = Pattern.compile(".*(决算|实际执行|执行数|执行金额|实际支出).*");
    private static final Pattern PAST = Pattern.compile(".*(上年|上一年|去年|20\\d\\d年(?:度)?(?:预算|决算)).*");
    private static final List<String> FILLERS = List.of("为", "是", "共计", "共", "达到", "达", "合计", "总额", "金额",
            "预算数", "决算数", "预算", "决算", "支出", "全年", "年初", "本年", "当年", "财政拨款", "安排", "类", "总计");

    private FigureAnchors() {
    }

    private static final PerDocument<List<Reading>> READINGS = new PerDocument<>(FigureAnchors::readAll);

    /** Every narrative figure read in context (read once per document; the list cannot be changed). */
    public static List<Reading> read(Document doc) {
        return READINGS.get(doc);
    }

    private static List<Reading> readAll(Document doc) {
        List<Reading> out = new ArrayList<>();
        List<Figure> figures = NarrativeFigures.of(doc);
        int paragraph = -1;
        String subject = null;
        Anchor subjectAnchor = null;
        String sentence = null;
        boolean budgeted = false;
        for (Figure f : figures) {
            if (f.paragraph() != paragraph) {
                paragraph = f.paragraph();
                subject = null;
                subjectAnchor = pathAnchor(doc, f);
                budgeted = false;
            }
            if (!f.sentence().equals(sentence)) {
                sentence = f.sentence();
                budgeted = false;
            }
            String label = f.label();
            boolean change = CHANGE.matcher(label).matches();
            if (BUDGETED.matcher(label).matches()) {
                budgeted = true;
            } else if (ACTUAL.matcher(label).matches()) {
                budgeted = false;
            }
            if (change || !f.isAmount()) {
                out.add(new Reading(f, null, change, budgeted, subject));
                continue;
            }
            String term = term(label);
            Anchor a = null;
            if (term.isEmpty()) {
                if (subjectAnchor != null && subjectAnchor.term().startsWith("path:")) {
                    // a path's 项 is its own row; its name read as a term would find the class it ends like
                    // ("其他社会保障和就业支出" → 208), so the path row answers, for the figure as executed
                    a = budgeted ? null : subjectAnchor;
                } else {
                    a = subjectAnchor == null ? null : resolve(doc, f, subjectAnchor.term(), budgeted);
                }
            } else {
                Anchor item = itemAnchor(doc, f);
                a = item != null ? item : resolve(doc, f, term, budgeted);
                if (a == null && Patterns.matches(f.span(), ".*整体支出绩效自评[，,]?(?:涉及)?资金$")) {
                    a = new Anchor(null, "department", "budget", "部门整体支出绩效自评资金");
                }
                subject = term;
                if (a != null) {
                    subjectAnchor = a;
                }
            }
            boolean skip = a != null && a.table() != null && skipForRole(doc, a, budgeted, label);
            out.add(new Reading(f, skip ? null : a, false, budgeted, subject));
        }
        return List.copyOf(out);
    }

    /** Final accounts have tables of budget figures only for “三公”经费; budgets none of past years. */
    private static boolean skipForRole(Document doc, Anchor a, boolean budgeted, String label) {
        if (PAST.matcher(label).matches()) {
            return true;
        }
        if (doc.kind() == DocumentKind.FINAL) {
            return budgeted && a.table() != TableType.FINAL_THREE_PUBLIC;
        }
        return false;
    }

    /**
     * The table cell a figure of another document's narrative names in {@code doc} (a 决算's 年初预算 phrase read
     * against that year's 预算): the phrase {@code term} (or, when empty, the 类/款/项 path of the figure's
     * paragraph) resolved as if the figure stood in {@code doc}. Null when it names no cell of {@code doc}.
     */
    public static Anchor anchorIn(Document doc, Figure f, String term) {
        if (term == null || term.isEmpty()) {
            return pathAnchor(doc, f);
        }
        return resolve(doc, f, term, false);
    }

    /** The label's phrase without filler words: what {@link #anchorIn} resolves. */
    public static String phrase(String label) {
        return term(label);
    }

    /** The label without trailing filler words (为, 预算, 支出 …) unless they are part of a known phrase. */
    static String term(String label) {
        String s = Patterns.replaceAll(label, "[“”\"]", "");
        for (int guard = 0; guard < 8; guard++) {
            if (knownPhrase(s)) {
                return s;
            }
            boolean stripped = false;
            for (String f : FILLERS) {
                if (s.endsWith(f) && s.length() > f.length()) {
                    s = s.substring(0, s.length() - f.length());
                    stripped = true;
                    break;
                } else if (s.equals(f)) {
                    return "";
                }
            }
            if (!stripped) {
                return s;
            }
        }
        return s;
    }

    private static boolean knownPhrase(String s) {
        return Patterns.matches(s, ".*(基本支出|项目支出|收支总计|收、支总计|收入总计|支出总计|收入合计|支出合计|本年收入|本年支出)$");
    }

    /** The phrase read in context: which table, row and column it names. */
    static Anchor resolve(Document doc, Figure f, String term, boolean budgeted) {
        if (Patterns.matches(term, ".*(采购|购买服务|资产|中小企业|绩效自评|项目[0-9]+个).*")) {
            return null;
        }
        boolean fin = doc.kind() == DocumentKind.FINAL;
        String ctx = f.section() + "|" + f.topSection();
        boolean gpb = ctx.contains("一般公共预算") || term.contains("一般公共预算");
        boolean fiscal = !gpb && (ctx.contains("财政拨款收") || term.contains("财政拨款"));
        boolean projects = ctx.contains("项目支出") && !gpb;
        TableType summary = fin ? TableType.FINAL_SUMMARY : TableType.BUDGET_SUMMARY;
        TableType fiscalSummary = fin ? TableType.FINAL_FISCAL_SUMMARY : TableType.BUDGET_FISCAL_SUMMARY;
        TableType gpbTable = fin ? TableType.FINAL_GPB_EXPENDITURE : TableType.BUDGET_GPB_EXPENDITURE;
        TableType expenditure = fin ? TableType.FINAL_EXPENDITURE : TableType.BUDGET_EXPENDITURE;
        TableType basicTable = fin ? TableType.FINAL_GPB_BASIC : TableType.BUDGET_GPB_BASIC;
        TableType three = fin ? TableType.FINAL_THREE_PUBLIC : TableType.BUDGET_THREE_PUBLIC;
        String summaryColumn = fiscal ? (fin ? "total" : "amount") : "amount";
        TableType sumTable = fiscal ? fiscalSummary : summary;
        String tp = fin ? (budgeted ? "budget_" : "final_") : "";

        if (Patterns.matches(term, ".*三公.*经费$|.*三公$")) {
            return new Anchor(three, "total", tp + "total", "“三公”经费");
        }
        if (Patterns.matches(term, ".*因公出国[（(]境[)）](?:经)?费(?:用)?$")) {
            return new Anchor(three, "total", tp + "overseas", "因公出国(境)费");
        }
        if (Patterns.matches(term, ".*公务用车购置及运行(?:维护)?费$")) {
            return new Anchor(three, "total", tp + "vehicle", "公务用车购置及运行费");
        }
        if (Patterns.matches(term, ".*公务用车购置费?$")) {
            return new Anchor(three, "total", tp + "vehicle_purchase", "公务用车购置费");
        }
        if (Patterns.matches(term, ".*公务用车运行(?:维护)?费$")) {
            return new Anchor(three, "total", tp + "vehicle_operation", "公务用车运行维护费");
        }
        if (Patterns.matches(term, ".*公务接待费$")) {
            return new Anchor(three, "total", tp + "reception", "公务接待费");
        }
        if (!fin && Patterns.matches(term, ".*机关运行经费$")) {
            // only where the 三公 table prints its 机关运行经费 column (Shanghai); elsewhere the cell is absent and
            // the figure is compared with nothing, as 机关运行经费 ≠ 公用经费 where a unit is no 机关
            return new Anchor(three, "total", "admin_running", "机关运行经费");
        }
        if (Patterns.matches(term, ".*(收支总预算|收、?支总计|收支预算总计|收入总计|支出总计|部门收入预算)$")) {
            return new Anchor(sumTable, term.endsWith("支出总计") ? "expenditure.grand_total" : "income.grand_total",
                    summaryColumn, "收支总计");
        }
        if (Patterns.matches(term, ".*(收入合计|本年收入)$")) {
            return new Anchor(sumTable, "income.current", summaryColumn, "本年收入合计");
        }
        if (Patterns.matches(term, ".*(部门支出预算)$")) {
            return new Anchor(summary, "expenditure.grand_total", "amount", "支出总计");
        }
        if (Patterns.matches(term, ".*(支出合计|本年支出)$") && !gpb) {
            return new Anchor(sumTable, "expenditure.current", summaryColumn, "本年支出合计");
        }
        if (Patterns.matches(term, ".*一般公共预算(?:财政)?(?:拨款)?(?:本年)?收入$")) {
            return new Anchor(fiscal || fin ? fiscalSummary : summary, "income.gpb",
                    fin ? "total" : "amount", "一般公共预算财政拨款收入");
        }
        if (Patterns.matches(term, ".*政府性基金预算(?:财政)?拨款收入$")) {
            return new Anchor(fiscalSummary, "income.gov_fund", fin ? "total" : "amount", "政府性基金预算财政拨款收入");
        }
        if (Patterns.matches(term, ".*国有资本经营预算(?:财政)?拨款收入$")) {
            return new Anchor(fiscalSummary, "income.state_capital", fin ? "total" : "amount",
                    "国有资本经营预算财政拨款收入");
        }
        if (fin && Patterns.matches(term, "(?:其中)?财政拨款收入$")) {
            return new Anchor(TableType.FINAL_INCOME, "total", "fiscal", "财政拨款收入");
        }
        if (!fin && Patterns.matches(term, "(?:其中)?财政拨款收入$")
                && doc.table(TableType.BUDGET_INCOME).map(t -> t.prints("fiscal")).orElse(false)) {
            // the 收入总表's 财政拨款收入 column, where the template prints one (the budget's funds in one sum)
            return new Anchor(TableType.BUDGET_INCOME, "total", "fiscal", "财政拨款收入");
        }
        if (Patterns.matches(term, ".*一般公共预算(?:财政)?(?:拨款)?基本$|.*一般公共预算(?:财政)?(?:拨款)?基本支出$")) {
            return new Anchor(gpbTable, "total", "basic", "一般公共预算基本支出");
        }
        if (Patterns.matches(term, ".*一般公共预算(?:财政)?(?:拨款)?(?:支出)?$") && !term.contains("收入")) {
            return new Anchor(gpbTable, "total", "total", "一般公共预算支出");
        }
        if (Patterns.matches(term, ".*基本支出$")) {
            return new Anchor(gpb ? gpbTable : expenditure, "total", "basic", "基本支出");
        }
        if (Patterns.matches(term, ".*(项目支出|项目经费)$")) {
            if (projects && !fin && doc.table(TableType.BUDGET_PROJECTS).isPresent()) {
                return new Anchor(TableType.BUDGET_PROJECTS, "total", "total", "项目支出");
            }
            return new Anchor(gpb ? gpbTable : expenditure, "total", "project", "项目支出");
        }
        if (Patterns.matches(term, ".*人员经费$")) {
            return fin ? new Anchor(basicTable, "personnel_total", "amount", "人员经费")
                    : new Anchor(gpbTable, "total", "personnel", "人员经费");
        }
        if (Patterns.matches(term, ".*公用经费$") && !term.contains("机关运行")) {
            return fin ? new Anchor(basicTable, "public_total", "amount", "公用经费")
                    : new Anchor(gpbTable, "total", "public", "公用经费");
        }
        Anchor byName = className(doc, term, ctx, gpb, fiscal, fin);
        if (byName != null) {
            return byName;
        }
        if (projects && !fin) {
            return projectName(doc, term);
        }
        return null;
    }

    /** A class name (一般公共服务支出, 工资福利支出 …) names a class row of the table the section speaks of. */
    private static Anchor className(Document doc, String term, String ctx, boolean gpb, boolean fiscal, boolean fin) {
        String n = Classification.normalise(term);
        if (n.length() < 4) {
            return null;
        }
        if (ctx.contains("基本支出")) {
            TableType basic = fin ? TableType.FINAL_GPB_BASIC : TableType.BUDGET_GPB_BASIC;
            Optional<Row> r = classRow(doc, basic, n);
            if (r.isPresent()) {
                return new Anchor(basic, r.get().key(), fin ? "amount" : "total", r.get().name());
            }
        }
        TableType table = gpb ? (fin ? TableType.FINAL_GPB_EXPENDITURE : TableType.BUDGET_GPB_EXPENDITURE)
                : fiscal ? (fin ? TableType.FINAL_FISCAL_SUMMARY : TableType.BUDGET_FISCAL_SUMMARY)
                : (fin ? TableType.FINAL_SUMMARY : TableType.BUDGET_SUMMARY);
        if (table.rowShape() == TableType.RowShape.ITEMS) {
            Optional<DisclosureTable> t = doc.table(table);
            if (t.isPresent()) {
                for (Row r : t.get().rows()) {
                    if (Patterns.matches(r.key(), "expenditure\\.\\d{3}") && sameName(r.name(), n)) {
                        String column = fiscal && fin ? "total" : "amount";
                        return new Anchor(table, r.key(), column, Classification.normalise(r.name()));
                    }
                }
            }
            return null;
        }
        return classRow(doc, table, n).map(r -> new Anchor(table, r.key(), "total", r.name())).orElse(null);
    }

    private static Optional<Row> classRow(Document doc, TableType type, String n) {
        return doc.table(type).flatMap(t -> t.rows().stream()
                .filter(r -> RowKeys.level(r.key()) == 1 && sameName(r.name(), n)).findFirst());
    }

    private static boolean sameName(String rowName, String n) {
        String r = Classification.normalise(rowName);
        return !r.isEmpty() && (n.equals(r) || n.endsWith(r) && n.length() - r.length() <= 6
                && !Character.isLetterOrDigit(n.charAt(n.length() - r.length() - 1)) || n.endsWith(r));
    }

    private static Anchor projectName(Document doc, String term) {
        String n = Classification.normalise(term);
        return doc.table(TableType.BUDGET_PROJECTS).flatMap(t -> t.rows().stream()
                .filter(r -> !r.isTotal() && !r.key().startsWith(RowKeys.UNIT_PREFIX)
                        && Classification.normalise(r.name()).equals(n))
                .findFirst())
                .map(r -> new Anchor(TableType.BUDGET_PROJECTS, r.key(), "total", r.name())).orElse(null);
    }

    /**
     * A subject path in any printed form ("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）",
     * codes in the brackets, "“A-B-C”科目") names a 项 row.
     */
    private static Anchor pathAnchor(Document doc, Figure f) {
        String p = f.paragraphText();
        if (p.indexOf('类') < 0 && p.indexOf('“') < 0 && p.indexOf('"') < 0 && p.indexOf('「') < 0) {
            return null; // no path can be there; spare the (costly) search
        }
        List<SubjectPaths.Path> paths = SubjectPaths.in(p);
        if (paths.isEmpty()) {
            return null;
        }
        return rowAnchor(doc, f, paths.get(0));
    }

    /** A label that ends with an item's path: "…行政运行（项）”", "…（01项）", "“A-B-C”科目". */
    private static final Pattern ITEM_END = Pattern.compile(".*(?:项[)）][”\"」]?|[”\"」]科目)[：:为]?$");

    /**
     * The 项 row of the path a figure directly follows ("…（项）”938.99万元", "“A-B-C”科目1,202.95万元"): the item's own
     * amount, in whichever of the printed forms, against the row the path names (by its codes or its names).
     */
    private static Anchor itemAnchor(Document doc, Figure f) {
        if (!ITEM_END.matcher(f.label()).matches()) {
            return null;
        }
        String p = f.paragraphText();
        for (SubjectPaths.Path path : SubjectPaths.in(p)) {
            if (path.end() <= f.start()
                    && Patterns.matches(p.substring(path.end(), f.start()), "[”\"」\\s]*(?:科目)?[\\s：:为]*")) {
                return rowAnchor(doc, f, path);
            }
        }
        return null;
    }

    private static Anchor rowAnchor(Document doc, Figure f, SubjectPaths.Path path) {
        boolean fin = doc.kind() == DocumentKind.FINAL;
        String ctx = f.section() + "|" + f.topSection();
        TableType table = ctx.contains("一般公共预算")
                ? (fin ? TableType.FINAL_GPB_EXPENDITURE : TableType.BUDGET_GPB_EXPENDITURE)
                : (fin ? TableType.FINAL_EXPENDITURE : TableType.BUDGET_EXPENDITURE);
        Optional<DisclosureTable> t = doc.table(table);
        if (t.isEmpty()) {
            return null;
        }
        if (path.code() != null && t.get().row(path.code()).isPresent()) {
            Row x = t.get().row(path.code()).get();
            return new Anchor(table, x.key(), "total", "path:" + x.key() + " " + x.name());
        }
        String cls = path.cls();
        String kuan = path.kuan();
        String xiang = path.xiang();
        for (Row c : t.get().rows()) {
            if (RowKeys.level(c.key()) != 1 || !Classification.normalise(c.name()).startsWith(Patterns.replaceFirst(cls, "支出$", ""))) {
                continue;
            }
            for (Row k : t.get().rows()) {
                if (!c.key().equals(RowKeys.parent(k.key())) || !Classification.normalise(k.name()).equals(kuan)) {
                    continue;
                }
                for (Row x : t.get().rows()) {
                    if (k.key().equals(RowKeys.parent(x.key())) && Classification.normalise(x.name()).equals(xiang)) {
                        return new Anchor(table, x.key(), "total", "path:" + x.key() + " " + x.name());
                    }
                }
            }
        }
        return null;
    }
}
