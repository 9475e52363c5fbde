package org.budgetworkbench.core.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;

/** Documents the edit, compare and fix tests work on: the corpus truths and small hand-built ones. */
public final class TestDocuments {
    public static final String BUDGET_TRUTH = "000_2efbff76b0545c5f";
    public static final String FINAL_TRUTH = "002_7253a26da12f1913";

    private TestDocuments() {
    }

    public static Document truth(String id) {
        try {
            return ExtractJson.read(Files.readString(Path.of("src/test/resources/corpus/" + id + ".truth.json")))
                    .get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Row row(String key, String name, Object... columnsAndValues) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            Object value = columnsAndValues[i + 1];
            v.put((String) columnsAndValues[i], value == null ? null : new BigDecimal(value.toString()));
        }
        return new Row(key, name, v);
    }

    public static DisclosureTable table(TableType type, Row... rows) {
        return new DisclosureTable(type, type.standardTitle(), TableSource.UNKNOWN, List.of(rows));
    }

    /**
     * A small budget: 支出总表 with 201 → 20103 → 2010301/2010302 and 221 → 22102 → 2210201, a project target
     * with two indicators, and one narrative section.
     */
    public static Document smallBudget() {
        DisclosureTable expenditure = table(TableType.BUDGET_EXPENDITURE,
                row("total", "合计", "total", "300.00", "basic", "250.00", "project", "50.00"),
                row("201", "一般公共服务支出", "total", "200.00", "basic", "150.00", "project", "50.00"),
                row("20103", "政府办公厅（室）及相关机构事务", "total", "200.00", "basic", "150.00", "project", "50.00"),
                row("2010301", "行政运行", "total", "150.00", "basic", "150.00", "project", null),
                row("2010302", "一般行政管理事务", "total", "50.00", "basic", null, "project", "50.00"),
                row("221", "住房保障支出", "total", "100.00", "basic", "100.00", "project", null),
                row("22102", "住房改革支出", "total", "100.00", "basic", "100.00", "project", null),
                row("2210201", "住房公积金", "total", "100.00", "basic", "100.00", "project", null));
        Target target = new Target(TargetScope.PROJECT, "政府综合协调经费", null, TargetPeriod.ANNUAL, "年度绩效目标1",
                "保障办公正常运作", List.of(
                new Indicator("产出指标", "数量指标", "聘用人员数量", "≥18人", List.of("16人", "17人"), "2023年指标"),
                new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", List.of(), null)));
        NarrativeSection section = new NarrativeSection("一、部门收支预算总体安排情况", 2, 12, List.of(
                "部门收支总预算 300.00 万元，比 2023 年预算减少 4.35 万元，下降 1.43%。",
                "其中基本支出 250.00 万元，项目支出 50.00 万元，基本支出占 250.00 万元的比重最大。"));
        return new Document("某区某局", 2024, DocumentKind.BUDGET, "万元", List.of(expenditure), List.of(target),
                List.of(), List.of(section), List.of());
    }
}
