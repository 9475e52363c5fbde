package org.budgetworkbench.core.across;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.FigureAnchors;
import org.budgetworkbench.core.check.FigureAnchors.Anchor;
import org.budgetworkbench.core.check.FigureAnchors.Reading;
import org.budgetworkbench.core.check.NarrativeFigures.Figure;
import org.budgetworkbench.core.check.NarrativeFinding;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * A 决算's budget figures against that year's 预算 (决算中的年初预算与当年预算一致): the 三公 table's 预算数 against
 * the budget's 三公 table, and every 年初预算 figure the narrative states (per class, per item, in total) against
 * the budget table that phrase names. A 年初预算 must be the budget as approved; a 三公 预算数 may include a
 * mid-year adjustment, so its difference is a warning for the analyst to see explained, not an error.
 */
public final class FinalMatchesBudget {
    public static final String RULE = "cross.budget_figure";
    private static final List<String> THREE_PUBLIC = List.of("total", "overseas", "vehicle", "vehicle_purchase",
            "vehicle_operation", "reception");
    /** The last budget phrase before a figure says which budget it is; only 年初预算 is the approved one. */
    private static final Pattern BUDGET_WORD = Pattern.compile(
            "年初预算|调整(?:后)?预算|全年预算|预算调整|追加|决算|执行|实际|完成|支出数");

    private FinalMatchesBudget() {
    }

    /** Findings on {@code fin}, each with its place in {@code budget} as {@code other}. */
    public static List<Finding> check(Document fin, Document budget) {
        if (fin.kind() != DocumentKind.FINAL || budget.kind() != DocumentKind.BUDGET || fin.year() != budget.year()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(threePublic(fin, budget));
        out.addAll(narrative(fin, budget));
        return out;
    }

    private static List<Finding> threePublic(Document fin, Document budget) {
        List<Finding> out = new ArrayList<>();
        Row f = fin.table(TableType.FINAL_THREE_PUBLIC).flatMap(t -> t.row("total")).orElse(null);
        Row b = budget.table(TableType.BUDGET_THREE_PUBLIC).flatMap(t -> t.row("total")).orElse(null);
        if (f == null || b == null) {
            return out;
        }
        for (String c : THREE_PUBLIC) {
            BigDecimal stated = f.amount("budget_" + c);
            BigDecimal approved = b.amount(c);
            if (stated == null || approved == null) {
                continue; // a column not printed is not a zero
            }
            Amounts.Difference d = Amounts.compare(stated, approved);
            if (!d.any()) {
                continue;
            }
            String name = columnName(c);
            out.add(new Finding(RULE, Amounts.kind(d, FindingKind.CROSS_TABLE_MISMATCH),
                    d == Amounts.Difference.ROUNDING ? Severity.INFO : Severity.WARNING,
                    FindingPlace.cell(TableType.FINAL_THREE_PUBLIC.id(), "total", "budget_" + c), Amounts.money(stated),
                    Amounts.money(approved),
                    "决算“三公”经费表的" + name + "预算数 " + Places.show(stated) + " 万元与 " + Places.name(budget, fin)
                            + "“三公”经费支出表的 " + Places.show(approved) + " 万元不一致（如年中调整了预算，应在说明中写明）",
                    FindingPlace.cell(TableType.BUDGET_THREE_PUBLIC.id(), "total", c)));
        }
        return out;
    }

    private static List<Finding> narrative(Document fin, Document budget) {
        List<Finding> out = new ArrayList<>();
        int paragraph = -1;
        String subject = "";
        for (Reading r : FigureAnchors.read(fin)) {
            Figure f = r.figure();
            if (f.paragraph() != paragraph) {
                paragraph = f.paragraph();
                subject = "";
            }
            String term = Phrases.term(f.label());
            if (!term.isEmpty() && !r.change()) {
                subject = term;
            }
            if (r.change() || !f.isAmount() || !approvedBudget(f)) {
                continue;
            }
            Anchor a = anchor(budget, f, term, subject);
            if (a == null || a.table() == null) {
                continue;
            }
            BigDecimal approved = a.value(budget).orElse(null);
            if (approved == null) {
                continue;
            }
            Amounts.Difference d = Amounts.compare(f.wan(), approved);
            if (!d.any()) {
                continue;
            }
            String title = budget.table(a.table()).map(DisclosureTable::title).filter(t -> t != null && !t.isBlank())
                    .orElse(a.table().standardTitle());
            out.add(new Finding(RULE, Amounts.kind(d, FindingKind.TEXT_TABLE_MISMATCH), Amounts.severity(d),
                    NarrativeFinding.place(f), f.value(), Amounts.money(approved),
                    "说明中的" + a.term() + "年初预算 " + NarrativeFinding.show(f) + " 万元与 " + Places.name(budget, fin)
                            + "（" + title + "）的 " + Places.show(approved) + " 万元不一致",
                    Places.cell(a)));
        }
        return out;
    }

    /** The figure stands after 年初预算 (and no other budget or outturn word since) in its sentence. */
    private static boolean approvedBudget(Figure f) {
        String p = f.paragraphText();
        int from = Math.max(0, p.lastIndexOf('。', Math.max(0, f.start() - 1)) + 1);
        String before = p.substring(Math.min(from, f.start()), f.start());
        Matcher m = BUDGET_WORD.matcher(before);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return "年初预算".equals(last);
    }

    /** The budget cell the phrase names: its own words, else the 类/款/项 path of its paragraph, else its subject. */
    private static Anchor anchor(Document budget, Figure f, String term, String subject) {
        Anchor a = FigureAnchors.anchorIn(budget, f, term);
        if (a == null && term.isEmpty() && !subject.isEmpty()) {
            a = FigureAnchors.anchorIn(budget, f, subject);
        }
        return a;
    }

    static String columnName(String c) {
        return switch (c) {
            case "total" -> "“三公”经费合计";
            case "overseas" -> "因公出国（境）费";
            case "vehicle" -> "公务用车购置及运行费";
            case "vehicle_purchase" -> "公务用车购置费";
            case "vehicle_operation" -> "公务用车运行维护费";
            default -> "公务接待费";
        };
    }
}
