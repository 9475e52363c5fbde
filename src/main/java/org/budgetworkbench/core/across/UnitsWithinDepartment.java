package org.budgetworkbench.core.across;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Patterns;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * A department's document against its units' (部门与所属单位): a unit's figure cannot exceed the department's,
 * whether or not every unit's document is in; when every unit the department's 收入总表 lists is present, the
 * units add up to the department; and the department's 收入总表 line for a unit is that unit's own total. Compared
 * are the lines every template has: totals, 类 lines and the summary tables' totals.
 */
public final class UnitsWithinDepartment {
    public static final String RULE = "cross.units";
    private static final Set<String> SUMMARY_LINES = Set.of("income.grand_total", "income.current",
            "expenditure.grand_total", "expenditure.current", "income.gpb", "income.carryover");

    private UnitsWithinDepartment() {
    }

    /** The names of the units the department's 收入总表 lists (not the department's own line). */
    public static List<String> listedUnits(Document dept) {
        return unitRows(dept).stream().map(Row::name).toList();
    }

    public static List<CrossFinding> check(Document dept, List<Document> units) {
        List<CrossFinding> out = new ArrayList<>();
        List<Document> mine = units.stream().filter(u -> u != dept && u.year() == dept.year() && u.kind() == dept.kind())
                .toList();
        if (mine.isEmpty()) {
            return out;
        }
        Set<String> listed = unitRows(dept).stream().map(r -> name(r.name())).collect(Collectors.toSet());
        Set<String> present = mine.stream().map(u -> name(u.department())).collect(Collectors.toSet());
        boolean complete = !listed.isEmpty() && present.containsAll(listed);
        for (DisclosureTable t : dept.tables()) {
            if (t.type().rowShape() == TableType.RowShape.PROJECTS) {
                continue;
            }
            for (Row r : t.rows()) {
                if (!compared(t.type(), r.key())) {
                    continue;
                }
                for (Map.Entry<String, BigDecimal> v : r.values().entrySet()) {
                    if (v.getValue() == null) {
                        continue;
                    }
                    List<BigDecimal> parts = new ArrayList<>();
                    for (Document u : mine) {
                        BigDecimal uv = u.table(t.type()).flatMap(ut -> ut.row(r.key())).map(x -> x.amount(v.getKey()))
                                .orElse(null);
                        parts.add(uv);
                        if (uv != null && uv.subtract(v.getValue()).compareTo(Amounts.HALF_CENT) > 0) {
                            out.add(new CrossFinding(u, new Finding(RULE, FindingKind.CROSS_TABLE_MISMATCH, Severity.ERROR,
                                    FindingPlace.cell(t.type().id(), r.key(), v.getKey()), Amounts.money(uv),
                                    Amounts.money(v.getValue()),
                                    "单位" + line(t, r) + " " + Places.show(uv) + " 万元大于所属部门 " + dept.department()
                                            + " 的 " + Places.show(v.getValue()) + " 万元",
                                    FindingPlace.cell(t.type().id(), r.key(), v.getKey())), dept));
                        }
                    }
                    if (complete && mine.stream().allMatch(u -> u.table(t.type()).isPresent())) {
                        BigDecimal sum = Amounts.sum(parts);
                        Amounts.Difference d = Amounts.compare(v.getValue(), sum);
                        if (d.any()) {
                            out.add(new CrossFinding(dept, new Finding(RULE,
                                    Amounts.kind(d, FindingKind.CROSS_TABLE_MISMATCH), Amounts.severity(d),
                                    FindingPlace.cell(t.type().id(), r.key(), v.getKey()), Amounts.money(v.getValue()),
                                    Amounts.money(sum), "部门" + line(t, r) + " " + Places.show(v.getValue())
                                            + " 万元不等于所属 " + mine.size() + " 个单位之和 " + Places.show(sum) + " 万元", null),
                                    null));
                        }
                    }
                }
            }
        }
        out.addAll(unitLines(dept, mine));
        return out;
    }

    /** The department's 收入总表 line for a unit against the unit's own 收入总表 total. */
    private static List<CrossFinding> unitLines(Document dept, List<Document> units) {
        List<CrossFinding> out = new ArrayList<>();
        Optional<DisclosureTable> income = dept.table(TableType.BUDGET_INCOME);
        for (Row line : unitRows(dept)) {
            for (Document u : units) {
                if (!name(u.department()).equals(name(line.name()))) {
                    continue;
                }
                Row total = u.table(TableType.BUDGET_INCOME).flatMap(t -> t.row(RowKeys.TOTAL)).orElse(null);
                if (total == null) {
                    continue;
                }
                for (Map.Entry<String, BigDecimal> v : line.values().entrySet()) {
                    BigDecimal own = total.amount(v.getKey());
                    if (v.getValue() == null || own == null) {
                        continue;
                    }
                    Amounts.Difference d = Amounts.compare(v.getValue(), own);
                    if (d.any()) {
                        out.add(new CrossFinding(dept, new Finding(RULE, Amounts.kind(d, FindingKind.CROSS_TABLE_MISMATCH),
                                Amounts.severity(d), FindingPlace.cell(TableType.BUDGET_INCOME.id(), line.key(), v.getKey()),
                                Amounts.money(v.getValue()), Amounts.money(own),
                                income.map(DisclosureTable::title).orElse("收入总表") + "中 " + line.name() + " 的 "
                                        + Places.show(v.getValue()) + " 万元与该单位自己公开的收入合计 " + Places.show(own)
                                        + " 万元不一致",
                                FindingPlace.cell(TableType.BUDGET_INCOME.id(), RowKeys.TOTAL, v.getKey())), u));
                    }
                }
            }
        }
        return out;
    }

    /** The unit lines of the 收入总表: keyed by unit code, leaving out the department's own (shortest) code. */
    private static List<Row> unitRows(Document dept) {
        List<Row> rows = dept.table(TableType.BUDGET_INCOME).map(t -> t.rows().stream()
                .filter(r -> r.key().startsWith(RowKeys.UNIT_PREFIX)).toList()).orElse(List.of());
        int shortest = rows.stream().mapToInt(r -> r.key().length()).min().orElse(0);
        long atShortest = rows.stream().filter(r -> r.key().length() == shortest).count();
        return atShortest == 1 && rows.size() > 1
                ? rows.stream().filter(r -> r.key().length() > shortest).toList() : rows;
    }

    private static boolean compared(TableType type, String key) {
        return switch (type.rowShape()) {
            case ITEMS -> SUMMARY_LINES.contains(key);
            case FUNCTION, ECONOMIC -> RowKeys.TOTAL.equals(key) || RowKeys.level(key) == 1;
            case TOTAL_ONLY -> RowKeys.TOTAL.equals(key);
            default -> RowKeys.TOTAL.equals(key);
        };
    }

    private static String line(DisclosureTable t, Row r) {
        return (t.title() == null || t.title().isBlank() ? t.type().standardTitle() : t.title()) + " "
                + (r.name() == null || r.name().isBlank() ? r.key() : r.name());
    }

    /** Unit names compared without spaces, brackets and a trailing 本级. */
    public static String name(String s) {
        String n = Patterns.replaceAll(s == null ? "" : s, "[\\s（）()【】\\[\\]]", "");
        return Patterns.replaceFirst(n, "本级$", "");
    }
}
