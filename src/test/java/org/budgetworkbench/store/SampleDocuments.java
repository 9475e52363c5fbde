package org.budgetworkbench.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;

/** Documents the store tests save: the dev-corpus truths and a small one using every part of the model. */
final class SampleDocuments {
    static final String BUDGET_TRUTH = "000_2efbff76b0545c5f";
    static final String FINAL_TRUTH = "002_7253a26da12f1913";

    private SampleDocuments() {
    }

    static Document truth(String id) throws IOException {
        List<Document> docs = ExtractJson.read(
                Files.readString(Path.of("src/test/resources/corpus/" + id + ".truth.json")));
        return docs.get(0);
    }

    static Document everyPart(String department, int year) {
        Map<String, BigDecimal> totalValues = new LinkedHashMap<>();
        totalValues.put("total", new BigDecimal("2255.84"));
        totalValues.put("basic", new BigDecimal("1754.240"));
        totalValues.put("project", null);
        totalValues.put("operating", new BigDecimal("0"));
        totalValues.put("to_superior", new BigDecimal("1E+3"));
        totalValues.put("to_affiliated", new BigDecimal("0.12345678"));
        totalValues.put("carryforward", new BigDecimal("-12.5"));
        Map<String, CellRef> totalCells = new LinkedHashMap<>();
        totalCells.put("total", CellRef.sheetCell("支出总表", 5, 2));
        totalCells.put("project", CellRef.sheetCell("支出总表", 5, 4));
        totalCells.put("remark", CellRef.pageCell(7, 3, 9));
        Row total = new Row("total", "合计", totalValues, totalCells);
        Row plain = new Row("2010301", "行政运行", Map.of("total", new BigDecimal("1040.55")));
        Row nameless = new Row("name:某项目", null, Map.of());
        DisclosureTable expenditure = new DisclosureTable(TableType.BUDGET_EXPENDITURE, "支出总表",
                new TableSource(7, "Sheet3"), List.of(total, plain, nameless));
        DisclosureTable untitled = new DisclosureTable(TableType.BUDGET_GPB_BASIC, null, null, List.of());

        Indicator withAll = new Indicator("产出指标", "数量指标", "聘用人员数量", "≥18人", List.of("100%", "98%"),
                "2023年指标552万元", CellRef.pageCell(12, 4, 5));
        Indicator bare = new Indicator("效益指标", null, "满意度", null, null, null);
        Target project = new Target(TargetScope.PROJECT, "政府综合协调经费", "421000-001", TargetPeriod.ANNUAL,
                "年度目标1", "保障区政府各科室办公正常运作。", List.of(withAll, bare));
        Target empty = new Target(null, null, null, null, null, null, List.of());

        EvaluationIndicator scored = new EvaluationIndicator("产出指标", "质量指标", "会计服务", "高质量", "达成预期指标",
                new BigDecimal("10"), 1, CellRef.sheetCell("自评表", 9, 6));
        EvaluationIndicator unscored = new EvaluationIndicator("满意度指标", null, null, null, null, null, null);
        Evaluation evaluation = new Evaluation(TargetScope.PROJECT, "购买社会服务支出项目", "某单位",
                new BigDecimal("58.73"), new BigDecimal("58.730"), new BigDecimal("1.0"), new BigDecimal("20.00"),
                new BigDecimal("100"), 20, List.of("目标一", "目标二"), List.of(scored, unscored));
        Evaluation blank = new Evaluation(TargetScope.DEPARTMENT, null, null, null, null, null, null, null, null,
                null, List.of());

        List<NarrativeSection> narrative = List.of(
                new NarrativeSection("一、部门收支预算总体安排情况", 2, 12,
                        List.of("收入预算 2255.84 万元。", "支出预算 2255.84 万元。")),
                new NarrativeSection(null, 3, null, List.of()));
        List<FormField> fields = List.of(
                new FormField("performance.project", "政府综合协调经费", "项目总预算", "552", CellRef.sheetCell("目标表", 2, 3)),
                new FormField("performance.department", null, "其中：申请当年预算拨款", null, null));

        return new Document(department, year, DocumentKind.BUDGET, "万元", List.of(expenditure, untitled),
                List.of(project, empty), List.of(evaluation, blank), narrative, fields);
    }

    /** A document with {@code rows} function-code rows of seven columns each, for timing. */
    static Document large(String department, int rows) {
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            Map<String, CellRef> cells = new LinkedHashMap<>();
            int c = 0;
            for (String column : TableType.BUDGET_EXPENDITURE.columns()) {
                values.put(column, BigDecimal.valueOf(i * 100L + c, 2));
                cells.put(column, CellRef.sheetCell("支出总表", i + 5, c++));
            }
            list.add(new Row(String.valueOf(2010000 + i), "第" + i + "行", values, cells));
        }
        DisclosureTable t = new DisclosureTable(TableType.BUDGET_EXPENDITURE, "支出总表", new TableSource(null, "支出总表"),
                list);
        return new Document(department, 2024, DocumentKind.BUDGET, null, List.of(t), null, null, null, null);
    }

    static List<String> names(String... names) {
        return Arrays.asList(names);
    }
}
