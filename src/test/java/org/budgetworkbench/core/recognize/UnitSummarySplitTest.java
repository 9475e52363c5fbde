package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * The 单位 version of the 收支总表 splits its expenditure side into 合计 | 基本支出 | 项目支出 — 基本支出 printed as
 * one column, as 小计 / 人员经费 / 公用经费, or only as 人员经费 / 公用经费 (Shanghai's 预算单位 form). Every printed
 * column is read (basic, personnel, public, project beside amount), listed as printed and written to extract@1;
 * the split is checked against the line's 合计 and against the 支出总表.
 */
class UnitSummarySplitTest {
    private static final Path FILE = Path.of("某区商务委员会2025年单位预算.xlsx");

    /** The expenditure-side headers under 预算数 and how they are merged; each row's split figures follow. */
    private enum Split {
        /** 合计 | 基本支出 | 项目支出, one header row */
        BASIC("基本支出"),
        /** 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出, no 小计: the Shanghai 单位 form */
        PARTS_ONLY("人员经费", "公用经费"),
        /** 合计 | 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出 */
        SUBTOTAL_AND_PARTS("小计", "人员经费", "公用经费");

        final List<String> basicHeads;

        Split(String... basicHeads) {
            this.basicHeads = List.of(basicHeads);
        }
    }

    /**
     * A unit's 收支总表: 201 = 80 (basic 40 = 30 + 10, project 40), 208 = 20 (basic 20, all personnel); 支出总计 100.
     * {@code publicOf201} lets a test print a wrong 公用经费.
     */
    private static Grid summary(Split split, String publicOf201) {
        int basicCols = split.basicHeads.size();
        int width = 3 + 1 + basicCols + 1; // 项目 | 预算数 | 项目 | 合计 | 基本… | 项目支出
        Grid.Builder b = Grid.builder("单位预算.xlsx", "收支总表");
        b.set(0, 0, "2025年预算单位财务收支预算总表");
        b.set(1, 0, "编制单位：某区商务委员会").set(1, width - 1, "单位：万元");
        b.set(2, 0, "本年收入").set(2, 2, "本年支出");
        b.merge(2, 2, 0, 1).merge(2, 2, 2, width - 1);
        b.set(3, 0, "项目").set(3, 1, "预算数").set(3, 2, "项目").set(3, 3, "预算数");
        b.merge(3, 5, 0, 0).merge(3, 5, 1, 1).merge(3, 5, 2, 2).merge(3, 3, 3, width - 1);
        b.set(4, 3, "合计").merge(4, 5, 3, 3);
        if (split == Split.BASIC) {
            b.set(4, 4, "基本支出").merge(4, 5, 4, 4);
        } else {
            b.set(4, 4, "基本支出").merge(4, 4, 4, 3 + basicCols);
            for (int i = 0; i < basicCols; i++) {
                b.set(5, 4 + i, split.basicHeads.get(i));
            }
        }
        b.set(4, width - 1, "项目支出").merge(4, 5, width - 1, width - 1);
        line(b, 6, split, "一、财政拨款收入", "100", "一、一般公共服务支出", "80", "30", publicOf201, "40");
        line(b, 7, split, "1、一般公共预算资金", "100", "二、社会保障和就业支出", "20", "20", null, null);
        line(b, 8, split, "二、事业收入", null, null, null, null, null, null);
        line(b, 9, split, "收入总计", "100", "支出总计", "100", "50", publicOf201, "40");
        return b.build();
    }

    private static void line(Grid.Builder b, int r, Split split, String income, String incomeAmount, String item,
                             String amount, String personnel, String pub, String project) {
        b.set(r, 0, income);
        set(b, r, 1, incomeAmount);
        if (item != null) {
            b.set(r, 2, item);
        }
        set(b, r, 3, amount);
        int c = 4;
        if (split == Split.BASIC) {
            set(b, r, c++, personnel == null ? null : sum(personnel, pub));
        } else {
            if (split == Split.SUBTOTAL_AND_PARTS) {
                set(b, r, c++, personnel == null ? null : sum(personnel, pub));
            }
            set(b, r, c++, personnel);
            set(b, r, c++, pub);
        }
        set(b, r, c, project);
    }

    private static String sum(String a, String b) {
        return new java.math.BigDecimal(a).add(b == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(b))
                .toPlainString();
    }

    private static void set(Grid.Builder b, int r, int c, String v) {
        if (v != null) {
            b.set(r, c, v, Double.valueOf(v));
        }
    }

    /** The unit's 支出总表: 201 basic 40 project 40, 208 basic 20. */
    private static Grid expenditure() {
        return Grids.grid("支出总表",
                "2025年预算单位支出预算总表",
                "编制单位：某区商务委员会||||单位：万元",
                "科目编码|科目名称|合计|基本支出|项目支出",
                "201|一般公共服务支出|80|40|40",
                "208|社会保障和就业支出|20|20|",
                "|合计|100|60|40");
    }

    private static Document read(Split split, String publicOf201) throws Exception {
        return new DocumentAssembler().assemble(FILE, List.of(summary(split, publicOf201), expenditure()), List.of())
                .document();
    }

    private static List<Finding> splitFindings(Document doc) {
        return new Validator().validate(doc).stream().filter(f -> f.where() != null
                && "budget.summary".equals(f.where().table())).toList();
    }

    @Test
    void everyPrintedColumnOfTheSplitIsRead() throws Exception {
        for (Split split : Split.values()) {
            DisclosureTable t = read(split, "10").table(TableType.BUDGET_SUMMARY).orElseThrow();
            List<String> expected = switch (split) {
                case BASIC -> List.of("amount", "basic", "project");
                case PARTS_ONLY -> List.of("amount", "personnel", "public", "project");
                case SUBTOTAL_AND_PARTS -> List.of("amount", "basic", "personnel", "public", "project");
            };
            assertThat(t.columns()).as(split.name()).containsExactlyElementsOf(expected);
            Row cls = t.row("expenditure.201").orElseThrow();
            assertThat(cls.amount("amount")).as(split.name()).isEqualByComparingTo("80");
            assertThat(cls.amount("project")).as(split.name()).isEqualByComparingTo("40");
            if (t.prints("basic")) {
                assertThat(cls.amount("basic")).as(split.name()).isEqualByComparingTo("40");
            }
            if (t.prints("personnel")) {
                assertThat(cls.amount("personnel")).as(split.name()).isEqualByComparingTo("30");
                assertThat(cls.amount("public")).as(split.name()).isEqualByComparingTo("10");
            }
            // the income side prints none of them: its lines carry only their 预算数
            assertThat(t.row("income.gpb").orElseThrow().values()).as(split.name()).containsOnlyKeys("amount");
            assertThat(t.row("expenditure.grand_total").orElseThrow().amount("project")).isEqualByComparingTo("40");
        }
    }

    @Test
    void extractWritesTheSplitAsPrintedColumns() throws Exception {
        Document doc = read(Split.PARTS_ONLY, "10");
        var table = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ExtractJson.write(List.of(doc))).path("documents").get(0)
                .path("tables").get(0);
        assertThat(table.path("type").asText()).isEqualTo("budget.summary");
        assertThat(table.path("columns").toString()).isEqualTo("[\"amount\",\"personnel\",\"public\",\"project\"]");
        var cls = table.path("rows").findValues("key").stream().map(k -> k.asText()).toList()
                .indexOf("expenditure.201");
        var values = table.path("rows").get(cls).path("values");
        assertThat(values.path("amount").decimalValue()).isEqualByComparingTo("80");
        assertThat(values.path("personnel").decimalValue()).isEqualByComparingTo("30");
        assertThat(values.path("public").decimalValue()).isEqualByComparingTo("10");
        assertThat(values.path("project").decimalValue()).isEqualByComparingTo("40");
    }

    @Test
    void aSplitThatAddsUpAndMatchesTheExpenditureTablePasses() throws Exception {
        for (Split split : Split.values()) {
            assertThat(splitFindings(read(split, "10"))).as(split.name()).isEmpty();
        }
    }

    @Test
    void aWrongPartOfTheSplitIsFoundOnItsLineAndAgainstTheExpenditureTable() throws Exception {
        for (Split split : Split.values()) {
            // 公用经费 11 (基本支出 printed 41 where it has a column): 合计 80 ≠ 81, and 基本 ≠ 支出总表's 40
            List<Finding> found = splitFindings(read(split, "11"));
            assertThat(found).as(split.name()).extracting(Finding::rule).contains("sum.columns", "cross.summary");
            assertThat(found).as(split.name()).allSatisfy(f -> assertThat(f.where().row())
                    .isIn("expenditure.201", "expenditure.grand_total"));
            assertThat(found).as(split.name()).filteredOn(f -> f.rule().equals("cross.summary"))
                    .extracting(f -> f.where().column()).containsOnly(split == Split.PARTS_ONLY ? "personnel" : "basic");
        }
    }
}
