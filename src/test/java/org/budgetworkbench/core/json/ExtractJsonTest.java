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

    /** A table's notes (本表无数据 …) are a field the contract leaves open: written where there are any, read back. */
    @Test
    void writesATablesNotesOnlyWhereItHasSome() throws Exception {
        Map<String, BigDecimal> blank = new java.util.LinkedHashMap<>();
        blank.put("total", null);
        DisclosureTable empty = new DisclosureTable(TableType.BUDGET_GOV_FUND, "政府性基金预算支出表", TableSource.UNKNOWN,
                List.of(new Row("total", "合计", blank)), List.of("total"), List.of("注：本部门无政府性基金预算，故本表为空表。"));
        DisclosureTable plain = new DisclosureTable(TableType.BUDGET_EXPENDITURE, "支出总表", TableSource.UNKNOWN,
                List.of(new Row("total", "合计", Map.of("total", BigDecimal.ONE))));
        Document d = new Document("某部门", 2025, DocumentKind.BUDGET, "万元", List.of(empty, plain), List.of(),
                List.of(), List.of(), List.of());
        String json = ExtractJson.write(List.of(d));
        var tables = ExtractJson.mapper().readTree(json).path("documents").get(0).path("tables");
        assertThat(tables.get(0).path("notes").get(0).asText()).isEqualTo("注：本部门无政府性基金预算，故本表为空表。");
        assertThat(tables.get(1).has("notes")).isFalse();
        Document back = ExtractJson.read(json).get(0);
        assertThat(back.tables().get(0).notes()).containsExactly("注：本部门无政府性基金预算，故本表为空表。");
        assertThat(back.tables().get(0).notedAsEmpty()).isTrue();
        assertThat(back.tables().get(1).notes()).isEmpty();
    }
}
