package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;

/**
 * 与项同名的项目: in a project list printed with a function-code column, a line whose name is its 项's catalogue
 * name (2010301 行政运行) is the 项's subtotal only when projects follow under that code and add up to it; a project
 * may be called exactly what its 项 is called (a 行政运行 project under 2010301), and then nothing follows under
 * the code, or what follows does not add up to it. Where the list's 合计 tells (the projects add up to it with
 * the line counted as a project and not without, or the reverse), the 合计 decides: two projects of one code
 * that happen to be equal cannot tell a subtotal from a project. Taken for a subtotal, such a project would drop out of the
 * list's sums and be compared as a subtotal with projects that are not its own. Only 项 lines are judged: a 类 or
 * 款 line has the 款 or projects of several codes under it, and no project is named after a whole 类.
 */
final class ProjectsNamedAsTheirItem {
    private ProjectsNamedAsTheirItem() {
    }

    /**
     * The rows with each 项-coded line that no projects under its code add up to keyed as the project it is
     * ({@code name:} + its name); {@code codes} holds each row's function code as printed ("" where none).
     */
    static List<Row> rekey(List<Row> rows, List<String> codes) {
        List<Row> out = new ArrayList<>(rows);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String code = codes.get(i);
            if (code.length() != 7 || !r.key().equals(code) || r.name().isEmpty()) {
                continue;
            }
            Boolean byTotal = byListTotal(rows, codes, i);
            boolean subtotal = byTotal != null ? byTotal : addsUpUnder(rows, codes, i);
            if (!subtotal) {
                out.set(i, new Row(RowKeys.NAME_PREFIX + r.name(), r.name(), r.values(), r.cells()));
            }
        }
        return out;
    }

    /** Whether lines follow row i under its code (the same code, or none) and their first figures sum to its own. */
    private static boolean addsUpUnder(List<Row> rows, List<String> codes, int i) {
        String code = codes.get(i);
        String column = firstColumn(rows.get(i));
        if (column == null) {
            return true; // nothing to weigh: leave the line as the subtotal it names
        }
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (int j = i + 1; j < rows.size(); j++) {
            Row next = rows.get(j);
            String c = codes.get(j);
            boolean underIt = next.key().startsWith(RowKeys.NAME_PREFIX) && (c.isEmpty() || c.equals(code))
                    || !c.isEmpty() && !c.equals(code) && c.startsWith(code) && !next.key().equals(c);
            if (!underIt) {
                break;
            }
            sum = sum.add(next.amount(column));
            n++;
        }
        if (n == 0) {
            return false;
        }
        BigDecimal own = rows.get(i).amount(column);
        return own.subtract(sum).abs().compareTo(Amounts.CENT.multiply(BigDecimal.valueOf(n))) <= 0;
    }

    /**
     * Whether the list's 合计 takes row i for a subtotal (true), for a project (false), or cannot tell (null): the
     * projects — lines keyed by name or project code — add up to the 合计 with row i left out, or with it in.
     */
    private static Boolean byListTotal(List<Row> rows, List<String> codes, int i) {
        Row total = rows.stream().filter(Row::isTotal).findFirst().orElse(null);
        String column = firstColumn(rows.get(i));
        if (total == null || column == null) {
            return null;
        }
        BigDecimal projects = BigDecimal.ZERO;
        int n = 1;
        for (int j = 0; j < rows.size(); j++) {
            String key = rows.get(j).key();
            boolean project = j != i && !rows.get(j).isTotal() && !key.startsWith(RowKeys.UNIT_PREFIX)
                    && !key.equals(codes.get(j)) && !RowKeys.isClassificationCode(key);
            if (project) {
                projects = projects.add(rows.get(j).amount(column));
                n++;
            }
        }
        BigDecimal tolerance = Amounts.CENT.multiply(BigDecimal.valueOf(n));
        BigDecimal want = total.amount(column);
        boolean without = want.subtract(projects).abs().compareTo(tolerance) <= 0;
        boolean with = want.subtract(projects.add(rows.get(i).amount(column))).abs().compareTo(tolerance) <= 0;
        return with == without ? null : without;
    }

    private static String firstColumn(Row r) {
        if (r.values().containsKey("total")) {
            return "total";
        }
        return r.values().isEmpty() ? null : r.values().keySet().iterator().next();
    }
}
