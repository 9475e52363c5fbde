package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budgetworkbench.core.UnreadRegion;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;

/**
 * 读取存疑: tables read from text alignment alone — a PDF page printed without ruling lines — whose own arithmetic
 * does not hold. Such a page is read column by column from where its words stand, which works for a plain one-row
 * header and can go wrong for the templates' stacked headers (a figure under the wrong column, a side of the
 * 收支总表 lost). The document's identities are the arbiter: where a table read that way has a 合计 that its
 * 类 lines do not make, or a 收支总表 whose two 总计 differ, the reading is named as in doubt, so the analyst
 * compares it with the page instead of taking the validator's errors for the department's.
 * Ruled tables are not judged here: a total that does not add up there is the document's own defect.
 */
public final class ReadingDoubts {
    /** A difference larger than the printing's rounding over a few dozen lines. */
    private static final BigDecimal SLACK = new BigDecimal("0.05");
    /** A label that starts with an amount (130.50工资福利支出): a figure fell into the name column. */
    private static final java.util.regex.Pattern FIGURE_IN_LABEL =
            java.util.regex.Pattern.compile("[-\\d,]+\\.\\d{2}(?!\\d)");

    private ReadingDoubts() {
    }

    /** The doubts about the tables that start on one of {@code alignedPages} (pages with an unruled table). */
    public static List<UnreadRegion> of(List<DisclosureTable> tables, Set<Integer> alignedPages) {
        List<UnreadRegion> out = new ArrayList<>();
        if (alignedPages.isEmpty()) {
            return out;
        }
        for (DisclosureTable t : tables) {
            Integer page = t.source().page();
            if (page == null || !alignedPages.contains(page)) {
                continue;
            }
            String why = doubt(t);
            if (why != null) {
                out.add(new UnreadRegion("第" + page + "页", t.title(),
                        "无框线表格按文字对齐读取，" + why + "，读取结果存疑，请对照原件核对"));
            }
        }
        return out;
    }

    /** Why the table's own arithmetic fails, or null when it holds. */
    static String doubt(DisclosureTable t) {
        TableType.RowShape shape = t.type().rowShape();
        if (shape == TableType.RowShape.ITEMS) {
            return summaryDoubt(t);
        }
        if (shape == TableType.RowShape.FUNCTION || shape == TableType.RowShape.ECONOMIC) {
            return codedDoubt(t);
        }
        return null;
    }

    private static String summaryDoubt(DisclosureTable t) {
        String column = t.columns().isEmpty() ? "amount" : t.columns().get(0);
        // a template without 结转 lines may print only 收入合计 / 支出合计
        Optional<BigDecimal> income = t.amount("income.grand_total", column)
                .or(() -> t.amount("income.current", column));
        Optional<BigDecimal> spending = t.amount("expenditure.grand_total", column)
                .or(() -> t.amount("expenditure.current", column));
        if (income.isPresent() && spending.isPresent() && differ(income.get(), spending.get())) {
            return "收入总计 " + income.get().toPlainString() + " 与支出总计 " + spending.get().toPlainString() + " 不等";
        }
        boolean anyFigure = t.rows().stream().anyMatch(r -> r.values().values().stream()
                .anyMatch(v -> v != null && v.signum() != 0));
        if (anyFigure && (zeroOrAbsent(income) || zeroOrAbsent(spending))) {
            return "各行有金额但" + (zeroOrAbsent(income) ? "收入总计" : "支出总计") + "未读到";
        }
        for (Row r : t.rows()) {
            if (r.name() != null && FIGURE_IN_LABEL.matcher(r.name()).lookingAt()) {
                return "项目名称“" + r.name() + "”中混入了金额";
            }
        }
        boolean lines = t.rows().stream().anyMatch(r -> r.key().matches("(expenditure|econ)\\.\\d{3}"));
        if (spending.isPresent() && spending.get().signum() != 0 && !lines) {
            return "支出总计有金额但未读到支出功能分类各类";
        }
        return null;
    }

    private static String codedDoubt(DisclosureTable t) {
        Optional<Row> total = t.row(RowKeys.TOTAL);
        if (total.isEmpty()) {
            return null;
        }
        List<Row> classes = t.rows().stream().filter(r -> RowKeys.level(r.key()) == 1).toList();
        for (String column : t.columns()) {
            BigDecimal printed = total.get().values().get(column);
            if (printed == null) {
                continue;
            }
            if (classes.isEmpty()) {
                if (printed.signum() != 0) {
                    return "合计有金额但未读到各类";
                }
                continue;
            }
            BigDecimal sum = Amounts.sum(classes.stream().map(r -> r.amount(column)).toList());
            if (differ(printed, sum)) {
                return "合计 " + printed.toPlainString() + " 与各类之和 " + sum.toPlainString() + " 不等";
            }
        }
        return null;
    }

    private static boolean zeroOrAbsent(Optional<BigDecimal> v) {
        return v.isEmpty() || v.get().signum() == 0;
    }

    private static boolean differ(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(SLACK) > 0;
    }
}
