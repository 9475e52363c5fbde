package org.budgetworkbench.core.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Severity;

/**
 * A required field of a performance form left blank (表单必填栏目未填): a 项目名称, 项目代码, 项目负责人, 项目总预算 …
 * with no value; a label whose year was left out (长期目标（截止 年）); and a 其中 line left blank under a source
 * line that has an amount when nothing of it is carried over (其中：申请当年预算拨款 under 一般公共预算财政拨款收入).
 */
public final class FormFieldLeftBlank implements Rule {
    private static final Set<String> REQUIRED = Set.of("项目名称", "项目代码", "项目编码", "项目负责人", "项目申请理由",
            "项目主要内容", "项目总预算", "项目当年预算", "项目本年度预算", "部门（单位）名称", "部门(单位)名称", "部门名称",
            "单位名称", "主管部门", "项目主管部门", "项目实施单位", "项目执行单位", "部门职能概述", "年度工作任务");
    private static final Pattern BLANK_YEAR = Pattern.compile("(截止|截至|至)\\s*年|[（(]\\s*年\\s*[)）]|20\\s+年");
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*(?:\\.[0-9]+)?");

    @Override
    public String id() {
        return "form.field_blank";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        List<FormField> fields = doc.formFields();
        for (int i = 0; i < fields.size(); i++) {
            FormField f = fields.get(i);
            String label = f.label() == null ? "" : f.label().replaceAll("[\\s\u3000]+", "");
            if (f.value() == null && REQUIRED.contains(label)) {
                out.add(new Finding(id(), FindingKind.BLANK_VALUE, Severity.INFO, PerformancePlaces.field(f, "value"),
                        null, "填写内容", where(f) + "“" + label + "”未填写"));
            }
            if (f.label() != null && BLANK_YEAR.matcher(f.label()).find()) {
                out.add(new Finding(id(), FindingKind.BLANK_VALUE, Severity.INFO, PerformancePlaces.field(f, "year"),
                        f.label().strip(), "年份", where(f) + "“" + f.label().strip() + "”中的年份未填写"));
            }
            BigDecimal parent = amount(f);
            if (parent != null && parent.signum() > 0 && !label.startsWith("其中") && i + 1 < fields.size()) {
                FormField sub = fields.get(i + 1);
                if (sameForm(f, sub) && sub.label() != null && sub.label().strip().startsWith("其中")
                        && sub.value() == null && !carriedOver(fields, f)) {
                    out.add(new Finding(id(), FindingKind.BLANK_VALUE, Severity.INFO,
                            PerformancePlaces.field(sub, "amount"), null, parent, where(sub) + "“" + label + "” "
                            + parent.toPlainString() + " 万元，其下“" + sub.label().strip() + "”却未填写金额"));
                }
            }
        }
        return out;
    }

    /** Whether a 结转 line of the same form carries an amount (then the 其中 line may rightly be blank). */
    private static boolean carriedOver(List<FormField> fields, FormField of) {
        return fields.stream().anyMatch(o -> sameForm(o, of) && o.label() != null && o.label().contains("结转")
                && amount(o) != null && amount(o).signum() > 0);
    }

    private static boolean sameForm(FormField a, FormField b) {
        return java.util.Objects.equals(a.table(), b.table()) && java.util.Objects.equals(a.project(), b.project());
    }

    static BigDecimal amount(FormField f) {
        if (f.value() == null || !AMOUNT.matcher(f.value().strip()).matches()) {
            return null;
        }
        return new BigDecimal(f.value().strip().replace(",", ""));
    }

    private static String where(FormField f) {
        return (f.project() != null ? "项目“" + f.project() + "”绩效表" : "部门整体绩效表") + " ";
    }
}
