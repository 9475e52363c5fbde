package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * 支出构成与项目类别一致: the department form's 支出构成 splits project money into 运转类 and 特定目标类 (beside
 * 人员类); the projects it lists each carry their own 项目类别 (其他运转类, 特定目标类 …). The 特定目标类 line must be the
 * sum of the projects typed 特定目标 — the 运转类 line may add 公用经费, as the templates that print 公用经费 there say,
 * so it is not held to its projects. Checked only when the listed projects are all the project money (their sum
 * is the 支出总表's 项目支出 合计, or no such table is read) and every category is one of the known kinds: a partial
 * list or an unknown category says nothing about the split.
 */
public final class ExpenditureMixMatchesProjectCategories implements Rule {
    private static final String FORM = "performance.department";
    private static final Pattern NAME = Pattern.compile("^项目\\d*名称$");
    private static final Pattern CATEGORY = Pattern.compile("^项目(类别|类型|属性)$");
    private static final Pattern YEAR_BUDGET = Pattern.compile("^(项目)?(本年度|当年|本年|年度)(预算|资金)(数|总额)?$");
    private static final Pattern TOTAL_BUDGET = Pattern.compile("^项目总预算$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private enum Kind { RUNNING, SPECIFIC, PERSONNEL }

    /** One project of the form's list: its category and this year's money. */
    private static final class Listed {
        Kind kind;
        boolean unknown;
        BigDecimal year;
        BigDecimal total;

        BigDecimal amount() {
            return year != null ? year : total;
        }
    }

    @Override
    public String id() {
        return "form.expenditure_mix";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        List<FormField> fields = doc.formFields().stream().filter(f -> FORM.equals(f.table())).toList();
        FormField specific = line(fields, "特定目标类");
        if (specific == null) {
            return out;
        }
        List<Listed> projects = listed(fields);
        if (projects.isEmpty() || projects.stream().anyMatch(p -> p.unknown || p.kind == null || p.amount() == null)) {
            return out; // no list, or a category or amount we cannot read: nothing to hold the split to
        }
        BigDecimal all = Amounts.sum(projects.stream().map(Listed::amount).toList());
        Optional<BigDecimal> tableProjects = doc.table(TableType.BUDGET_EXPENDITURE)
                .flatMap(t -> t.amount("total", "project"));
        if (tableProjects.isPresent() && all.subtract(tableProjects.get()).abs().compareTo(Amounts.ROUNDING_LIMIT) > 0) {
            return out; // the list is not every project: the split cannot be told from it
        }
        BigDecimal expected = Amounts.sum(projects.stream().filter(p -> p.kind == Kind.SPECIFIC)
                .map(Listed::amount).toList());
        BigDecimal found = new BigDecimal(specific.value().strip());
        if (found.subtract(expected).abs().compareTo(Amounts.ROUNDING_LIMIT) <= 0) {
            return out;
        }
        long running = projects.stream().filter(p -> p.kind == Kind.RUNNING).count();
        out.add(new Finding(id(), FindingKind.OTHER, Severity.WARNING,
                FindingPlace.form(FORM).withField("支出构成/" + specific.label().strip()).withColumn("amount"),
                found, expected, "部门整体绩效目标表支出构成中“" + specific.label().strip() + "”为 " + Amounts.show(found)
                        + " 万元，而所列 " + projects.size() + " 个项目中特定目标类合计 " + Amounts.show(expected)
                        + " 万元（" + running + " 个为运转类）：支出构成与项目类别不一致"));
        return out;
    }

    /** The 支出构成 line whose label holds {@code word} and whose value is a figure, or null. */
    private static FormField line(List<FormField> fields, String word) {
        for (FormField f : fields) {
            if (f.label() != null && f.label().replaceAll("\\s+", "").contains(word) && f.value() != null
                    && NUMBER.matcher(f.value().strip()).matches()) {
                return f;
            }
        }
        return null;
    }

    /** The form's project list, in order: each 项目名称 opens a project, its 类别 and 预算 lines follow it. */
    private static List<Listed> listed(List<FormField> fields) {
        List<Listed> out = new ArrayList<>();
        Listed cur = null;
        for (FormField f : fields) {
            String label = f.label() == null ? "" : f.label().replaceAll("\\s+", "");
            String value = f.value() == null ? "" : f.value().strip();
            if (NAME.matcher(label).matches()) {
                cur = new Listed();
                out.add(cur);
            } else if (cur != null && CATEGORY.matcher(label).matches()) {
                cur.kind = kind(value);
                cur.unknown = cur.kind == null;
            } else if (cur != null && NUMBER.matcher(value).matches()) {
                if (YEAR_BUDGET.matcher(label).matches()) {
                    cur.year = new BigDecimal(value);
                } else if (TOTAL_BUDGET.matcher(label).matches()) {
                    cur.total = new BigDecimal(value);
                }
            }
        }
        return out;
    }

    /** 特定目标类 / 专项 → specific, 其他运转类 / 大型设施运转 / 公用经费 → running, 人员 → personnel; else null. */
    private static Kind kind(String category) {
        String c = category.replaceAll("\\s+", "");
        if (c.contains("特定目标") || c.contains("专项")) {
            return Kind.SPECIFIC;
        }
        if (c.contains("运转") || c.contains("公用")) {
            return Kind.RUNNING;
        }
        if (c.contains("人员")) {
            return Kind.PERSONNEL;
        }
        return null;
    }
}
