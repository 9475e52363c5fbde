package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.core.check.TableColumns;
import org.budgetworkbench.core.check.TableFindings;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.TableType;

/**
 * 合计 = Σ类: the total row of a coded table equals the sum of its class rows; in a table of units the sum of
 * the top-level units, in a project table the sum of the projects. The final-accounts basic-expenditure
 * table (公开06表) has no total row but 人员经费合计 = 301 + 303 and 公用经费合计 = the other classes.
 */
public final class TotalEqualsSumOfClasses implements Rule {
    private static final String PERSONNEL_TOTAL = "personnel_total";
    private static final String PUBLIC_TOTAL = "public_total";

    @Override
    public String id() {
        return "sum.total";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (DisclosureTable t : doc.tables()) {
            if (t.type().rowShape() == TableType.RowShape.ITEMS) {
                continue;
            }
            List<String> columns = TableColumns.of(t);
            Row total = t.row(RowKeys.TOTAL).orElse(null);
            if (total != null) {
                List<Row> parts = parts(t);
                if (!parts.isEmpty()) {
                    for (String c : columns) {
                        BigDecimal sum = Amounts.sum(parts.stream().map(r -> r.amount(c)).toList());
                        TableFindings.compare(out, id(), FindingKind.SUM_MISMATCH, t, total, c, sum, describe(t));
                    }
                }
            }
            personnelAndPublicTotals(out, t, columns);
        }
        return out;
    }

    private List<Row> parts(DisclosureTable t) {
        List<Row> classes = t.rows().stream().filter(r -> RowKeys.level(r.key()) == 1).toList();
        if (!classes.isEmpty()) {
            return classes;
        }
        List<Row> units = t.rows().stream().filter(r -> r.key().startsWith(RowKeys.UNIT_PREFIX)).toList();
        if (!units.isEmpty() && t.type().rowShape() != TableType.RowShape.PROJECTS) {
            return units.stream().filter(u -> !hasParentUnit(u, units)).toList();
        }
        if (t.type().rowShape() == TableType.RowShape.PROJECTS) {
            return t.rows().stream().filter(isProject()).toList();
        }
        return List.of();
    }

    private static Predicate<Row> isProject() {
        return r -> r.key().startsWith(RowKeys.NAME_PREFIX) || r.key().matches("[0-9A-Za-z]{10,}");
    }

    /** A unit row whose code extends another unit's code is that unit's subordinate (003001 under 003). */
    private static boolean hasParentUnit(Row u, List<Row> units) {
        String code = u.key().substring(RowKeys.UNIT_PREFIX.length());
        return units.stream().map(o -> o.key().substring(RowKeys.UNIT_PREFIX.length()))
                .anyMatch(o -> !o.equals(code) && code.startsWith(o) && o.matches("\\d+"));
    }

    private static String describe(DisclosureTable t) {
        if (t.rows().stream().anyMatch(r -> RowKeys.level(r.key()) == 1)) {
            return "各类之和";
        }
        return t.type().rowShape() == TableType.RowShape.PROJECTS ? "各项目之和" : "各单位之和";
    }

    private void personnelAndPublicTotals(List<Finding> out, DisclosureTable t, List<String> columns) {
        Row personnel = t.row(PERSONNEL_TOTAL).orElse(null);
        Row pub = t.row(PUBLIC_TOTAL).orElse(null);
        List<Row> classes = t.rows().stream().filter(r -> RowKeys.level(r.key()) == 1).toList();
        if (classes.isEmpty()) {
            return;
        }
        for (String c : columns) {
            if (personnel != null) {
                BigDecimal s = Amounts.sum(classes.stream().filter(r -> isPersonnelClass(r.key()))
                        .map(r -> r.amount(c)).toList());
                TableFindings.compare(out, id(), FindingKind.SUM_MISMATCH, t, personnel, c, s, "301 + 303 之和");
            }
            if (pub != null) {
                BigDecimal s = Amounts.sum(classes.stream().filter(r -> !isPersonnelClass(r.key()))
                        .map(r -> r.amount(c)).toList());
                TableFindings.compare(out, id(), FindingKind.SUM_MISMATCH, t, pub, c, s, "302、310 等公用类之和");
            }
        }
    }

    /** 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助. */
    static boolean isPersonnelClass(String code) {
        return code.equals("301") || code.equals("303");
    }
}
