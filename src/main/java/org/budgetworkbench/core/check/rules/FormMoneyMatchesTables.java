package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.TargetScope;
import org.budgetworkbench.model.catalog.Classification;

/**
 * A performance form's money against the tables (绩效表资金与公开表一致): a project form's 项目当年预算 /
 * 年度资金总额 against that project's 合计 in 项目支出表; the department form's 资金 合计 against the 支出总表 合计;
 * the department self-evaluation's 基本支出总额 / 项目支出总额 against the 支出决算表 合计 and its 执行数 against the
 * total spending (all funds or the 一般公共预算 part, either may be what the form covers).
 */
public final class FormMoneyMatchesTables implements Rule {
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("[\\s\u3000]+");

    private static final Set<String> PROJECT_YEAR = Set.of("项目当年预算", "项目本年度预算", "当年预算", "年度资金总额",
            "本年预算", "项目年度预算");

    @Override
    public String id() {
        return "form.money";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        projectForms(doc, out);
        departmentForm(doc, out);
        departmentEvaluation(doc, out);
        return out;
    }

    private void projectForms(Document doc, List<Finding> out) {
        Optional<DisclosureTable> projects = doc.table(TableType.BUDGET_PROJECTS);
        if (projects.isEmpty()) {
            return;
        }
        for (FormField f : doc.formFields()) {
            BigDecimal v = FormFieldLeftBlank.amount(f);
            if (v == null || f.project() == null || !PerformanceForm.PROJECT_TARGETS.id().equals(f.table())
                    || !PROJECT_YEAR.contains(label(f))) {
                continue;
            }
            String name = Classification.normalise(f.project());
            List<Row> same = projects.get().rows().stream()
                    .filter(r -> !r.isTotal() && r.name() != null && Classification.normalise(r.name()).equals(name)
                            && r.amount("total") != null)
                    .toList();
            if (same.size() != 1) {
                continue; // not listed under this name, or twice: the project-name rule speaks of it
            }
            Row r = same.get(0);
            if (Amounts.compare(v, r.amount("total")).any()) {
                out.add(mismatch(PerformancePlaces.field(f, "amount"), v, r.amount("total"),
                        "项目“" + f.project() + "”绩效目标表“" + label(f) + "” " + Amounts.show(v) + " 万元，"
                                + projects.get().title() + "该项目合计 " + Amounts.show(r.amount("total")) + " 万元",
                        FindingPlace.cell(TableType.BUDGET_PROJECTS.id(), r.key(), "total")));
            }
        }
    }

    private void departmentForm(Document doc, List<Finding> out) {
        BigDecimal total = total(doc, TableType.BUDGET_EXPENDITURE, "total");
        if (total == null) {
            return;
        }
        for (FormField f : doc.formFields()) {
            BigDecimal v = FormFieldLeftBlank.amount(f);
            if (v != null && PerformanceForm.DEPARTMENT_TARGETS.id().equals(f.table()) && label(f).equals("合计")
                    && f.project() == null && Amounts.compare(v, total).any() && v.compareTo(total.movePointLeft(1)) > 0) {
                out.add(mismatch(PerformancePlaces.field(f, "amount"), v, total,
                        "部门整体支出绩效目标申报表资金合计 " + Amounts.show(v) + " 万元，支出总表合计 "
                                + Amounts.show(total) + " 万元", FindingPlace.cell(
                                TableType.BUDGET_EXPENDITURE.id(), "total", "total")));
            }
        }
    }

    private void departmentEvaluation(Document doc, List<Finding> out) {
        for (FormField f : doc.formFields()) {
            BigDecimal v = FormFieldLeftBlank.amount(f);
            String column = label(f).equals("基本支出总额") ? "basic" : label(f).equals("项目支出总额") ? "project" : null;
            BigDecimal table = column == null ? null : total(doc, TableType.FINAL_EXPENDITURE, column);
            if (v != null && table != null && PerformanceForm.DEPARTMENT_EVALUATION.id().equals(f.table())
                    && Amounts.compare(v, table).any()) {
                out.add(mismatch(PerformancePlaces.field(f, "amount"), v, table, "部门整体绩效自评表“" + label(f)
                        + "” " + Amounts.show(v) + " 万元，支出决算表 " + Amounts.show(table) + " 万元",
                        FindingPlace.cell(TableType.FINAL_EXPENDITURE.id(), "total", column)));
            }
        }
        BigDecimal all = total(doc, TableType.FINAL_EXPENDITURE, "total");
        BigDecimal gpb = total(doc, TableType.FINAL_GPB_EXPENDITURE, "total");
        for (Evaluation e : doc.evaluations()) {
            if (e.scope() != TargetScope.DEPARTMENT || e.executed() == null || all == null) {
                continue;
            }
            boolean agrees = !Amounts.compare(e.executed(), all).any()
                    || gpb != null && !Amounts.compare(e.executed(), gpb).any();
            if (!agrees) {
                out.add(mismatch(PerformancePlaces.form(e).withField("预算执行情况").withColumn("executed"),
                        e.executed(), all, "部门整体绩效自评表执行数 " + Amounts.show(e.executed()) + " 万元，支出决算表合计 "
                                + Amounts.show(all) + " 万元", FindingPlace.cell(TableType.FINAL_EXPENDITURE.id(),
                                "total", "total")));
            }
        }
    }

    private Finding mismatch(FindingPlace where, BigDecimal found, BigDecimal expected, String message,
                             FindingPlace other) {
        return new Finding(id(), FindingKind.CROSS_TABLE_MISMATCH, Severity.WARNING, where, found, expected, message,
                other);
    }

    private static BigDecimal total(Document doc, TableType type, String column) {
        return doc.table(type).flatMap(t -> t.rows().stream().filter(Row::isTotal).findFirst())
                .map(r -> r.amount(column)).orElse(null);
    }

    private static String label(FormField f) {
        return f.label() == null ? "" : SPACE.matcher(f.label()).replaceAll("");
    }
}
