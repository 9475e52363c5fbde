package org.budgetworkbench.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class ExtractJsonTest {

    @Test
    void truthDocumentsSurviveWriteAndRead() throws Exception {
        for (String id : List.of("000_2efbff76b0545c5f", "002_7253a26da12f1913")) {
            Document truth = ExtractJson.read(Files.readString(Path.of("src/test/resources/corpus/" + id + ".truth.json"))).get(0);
            Document back = ExtractJson.read(ExtractJson.write(List.of(truth))).get(0);
            assertThat(back).isEqualTo(truth);
        }
    }

    @Test
    void writesTheContractFieldsAndKeepsBlanksAsNull() throws Exception {
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        values.put("total", new BigDecimal("2255.84"));
        values.put("basic", null);
        Document d = new Document("某部门", 2024, DocumentKind.BUDGET, null,
                List.of(new DisclosureTable(TableType.BUDGET_EXPENDITURE, "支出总表", new TableSource(7, null),
                        List.of(new Row("total", "合计", values)))),
                List.of(), List.of(), List.of(new NarrativeSection("一、总体情况", 2, 12, List.of("段落"))),
                List.of(new FormField("performance.project", "某项目", "项目总预算", "501.6", null)));
        String json = ExtractJson.write(List.of(d));
        assertThat(json).contains("\"schema\" : \"budget-workbench/extract@1\"", "\"kind\" : \"budget\"",
                "\"unit\" : \"万元\"", "\"basic\" : null", "\"page\" : 7", "\"heading\" : \"一、总体情况\"");
        Document back = ExtractJson.read(json).get(0);
        assertThat(back.formFields()).containsExactly(new FormField("performance.project", "某项目", "项目总预算", "501.6", null));
        assertThat(back.narrative()).isEqualTo(d.narrative());
        assertThat(back.tables().get(0).rows().get(0).values()).containsEntry("basic", null);
    }
}
