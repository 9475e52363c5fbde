package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Amounts;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.catalog.Classification;

/**
 * The projects the 部门整体支出绩效目标申报表 lists carry the names of the 项目支出表 (项目名称前后一致): a listed
 * project whose name the projects table does not have, while exactly one project there has its amount, is that
 * project under another name ("…调度中心经费" for "…调度中心工作经费").
 */
public final class PerformanceProjectNamesMatchProjects implements Rule {
    private static final Pattern NUMBERING = Pattern.compile("^\\s*项目\\s*[0-9一二三四五六七八九十]+\\s*[:：、.．]?\\s*");
    private static final Pattern AMOUNT_LABEL = Pattern.compile(".*(本年度预算|当年预算|当年金额|年度金额|项目总预算|预算金额).*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private record Listed(String name, BigDecimal amount) {
    }

    @Override
    public String id() {
        return "cross.performance_project_name";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        Optional<DisclosureTable> projects = doc.table(TableType.BUDGET_PROJECTS);
        if (projects.isEmpty()) {
            return out;
        }
        List<Row> rows = projects.get().rows().stream()
                .filter(r -> !r.isTotal() && !r.key().startsWith(RowKeys.UNIT_PREFIX) && r.amount("total") != null
                        && !RowKeys.isClassificationCode(r.key()))
                .toList();
        for (Listed l : listed(doc)) {
            String n = Classification.normalise(l.name());
            if (n.isEmpty() || l.amount() == null
                    || rows.stream().anyMatch(r -> Classification.normalise(r.name()).equals(n))) {
                continue;
            }
            List<Row> same = rows.stream().filter(r -> !Amounts.compare(r.amount("total"), l.amount()).any()).toList();
            if (same.size() != 1) {
                continue;
            }
            Row r = same.get(0);
            out.add(new Finding(id(), FindingKind.CROSS_TABLE_MISMATCH, Severity.INFO,
                    FindingPlace.form(PerformanceForm.DEPARTMENT_TARGETS.id()).withField("项目支出情况/" + l.name())
                            .withColumn("name").withRow(l.name()), l.name(), r.name(),
                    "部门整体支出绩效目标申报表所列项目“" + l.name() + "”（" + Amounts.show(l.amount()) + " 万元）在"
                            + projects.get().title() + "中名为“" + r.name() + "”",
                    FindingPlace.cell(TableType.BUDGET_PROJECTS.id(), r.key(), null)));
        }
        return out;
    }

    /** The 项目名称 fields of the department form, each with the first amount its block gives. */
    private static List<Listed> listed(Document doc) {
        List<Listed> out = new ArrayList<>();
        String name = null;
        BigDecimal amount = null;
        for (FormField f : doc.formFields()) {
            if (!PerformanceForm.DEPARTMENT_TARGETS.id().equals(f.table()) || f.label() == null) {
                continue;
            }
            String label = f.label().strip();
            if (label.equals("项目名称")) {
                if (name != null) {
                    out.add(new Listed(name, amount));
                }
                name = NUMBERING.matcher(f.value() == null ? "" : f.value()).replaceFirst("").strip();
                amount = null;
            } else if (name != null && amount == null && AMOUNT_LABEL.matcher(label).matches() && f.value() != null
                    && NUMBER.matcher(f.value().strip()).matches()) {
                amount = new BigDecimal(f.value().strip());
            }
        }
        if (name != null) {
            out.add(new Listed(name, amount));
        }
        return out;
    }
}
