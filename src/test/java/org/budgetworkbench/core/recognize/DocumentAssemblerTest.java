package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** Recogniser rules on small hand-built Grids, as a workbook or a PDF page would give them. */
class DocumentAssemblerTest {
    private static final Path FILE = Path.of("测试.xlsx");
    private final DocumentAssembler assembler = new DocumentAssembler();

    /** Rows of cells; a null cell is blank. Numbers become stored numbers. */
    private static Grid grid(String sheet, Object[]... rows) {
        return grid(sheet, List.of(), rows);
    }

    /** The same, with merged regions {firstRow, lastRow, firstCol, lastCol} as a workbook prints a header group. */
    static Grid grid(String sheet, List<int[]> merges, Object[]... rows) {
        Grid.Builder b = Grid.builder("测试.xlsx", sheet);
        for (int[] m : merges) {
            b.merge(m[0], m[1], m[2], m[3]);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    b.set(r, c, String.valueOf(n), n.doubleValue());
                } else if (v != null) {
                    b.set(r, c, v.toString());
                }
            }
        }
        return b.build();
    }

    private ExtractResult assemble(Grid... grids) throws DisclosureReadException {
        return assembler.assemble(FILE, List.of(grids), List.of());
    }

    private static BigDecimal amount(DisclosureTable t, String key, String column) {
        Row r = t.row(key).orElseThrow(() -> new AssertionError("no row " + key + " in " + t.rows()));
        return r.values().get(column);
    }

    @Test
    void splitCodeColumnsAreRebuiltIntoFullCodes() throws Exception {
        Grid g = grid("公开03表",
                new Object[] {"2023年度支出决算表"},
                new Object[] {"部门：某某区财政局", null, null, null, "单位：万元"},
                new Object[] {"类", "款", "项", "科目名称", "合计"},
                new Object[] {null, null, null, "合计", 30.5},
                new Object[] {"201", null, null, "一般公共服务支出", 30.5},
                new Object[] {null, "06", null, "财政事务", 30.5},
                new Object[] {null, null, "01", "行政运行", 20},
                new Object[] {null, null, "02", "一般行政管理事务", 10.5});
        ExtractResult r = assemble(g);
        DisclosureTable t = r.document().table(TableType.FINAL_EXPENDITURE).orElseThrow();
        assertThat(t.rows()).extracting(Row::key).containsExactly("total", "201", "20106", "2010601", "2010602");
        assertThat(amount(t, "2010602", "total")).isEqualByComparingTo("10.5");
        assertThat(r.document().kind()).isEqualTo(DocumentKind.FINAL);
        assertThat(r.document().year()).isEqualTo(2023);
        assertThat(r.document().department()).isEqualTo("某某区财政局");
    }

    @Test
    void amountsInYuanAreConvertedAndTextFiguresParsed() throws Exception {
        Grid g = grid("Sheet1",
                new Object[] {"表3"},
                new Object[] {"支出总表"},
                new Object[] {null, null, "单位：元"},
                new Object[] {"科目编码", "科目名称", "合计", "基本支出", "项目支出"},
                new Object[] {null, "合计", "1,234,500.00", "1,000,000", "-"},
                new Object[] {"208", "社会保障和就业支出", 977399.9999999999, "—", ""});
        DisclosureTable t = assemble(g).document().table(TableType.BUDGET_EXPENDITURE).orElseThrow();
        assertThat(amount(t, "total", "total")).isEqualByComparingTo("123.45");
        assertThat(amount(t, "total", "basic")).isEqualByComparingTo("100");
        assertThat(amount(t, "total", "project")).isNull();
        assertThat(amount(t, "208", "total")).isEqualTo(new BigDecimal("97.74"));
        assertThat(amount(t, "208", "basic")).isNull();
    }

    @Test
    void stackedTablesOnOneSheetAreFoundOneByOne() throws Exception {
        Grid g = grid("公开表",
                new Object[] {"表1"},
                new Object[] {"收支总表"},
                new Object[] {"收入", null, "支出"},
                new Object[] {"项目", "预算数", "项目", "预算数"},
                new Object[] {"一、一般公共预算拨款收入", 100, "一、一般公共服务支出", 60},
                new Object[] {"二、上年结转", 5, "廿一、其他支出", 45},
                new Object[] {"收入总计", 105, "支出总计", 105},
                new Object[] {},
                new Object[] {"表2"},
                new Object[] {"2024 年一般公共预算“三公”经费支出表"},
                new Object[] {"合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"},
                new Object[] {null, null, "小计", "公务用车购置费", "公务用车运行费"},
                new Object[] {3, 0, 2, 0, 2, 1});
        ExtractResult r = assemble(g);
        assertThat(r.document().tables()).extracting(DisclosureTable::type)
                .containsExactly(TableType.BUDGET_SUMMARY, TableType.BUDGET_THREE_PUBLIC);
        DisclosureTable summary = r.document().tables().get(0);
        assertThat(summary.rows()).extracting(Row::key).containsExactly("income.gpb", "income.carryover",
                "income.grand_total", "expenditure.201", "expenditure.229", "expenditure.grand_total");
        DisclosureTable three = r.document().tables().get(1);
        assertThat(three.rows()).extracting(Row::key).containsExactly("total");
        assertThat(amount(three, "total", "vehicle")).isEqualByComparingTo("2");
        assertThat(amount(three, "total", "vehicle_operation")).isEqualByComparingTo("2");
        assertThat(amount(three, "total", "reception")).isEqualByComparingTo("1");
        assertThat(r.document().year()).isEqualTo(2024);
    }

    @Test
    void fundLinesUnderCarryoverAreTheCarryoverParts() throws Exception {
        Grid g = grid("表4",
                new Object[] {"财政拨款收支总表"},
                new Object[] {"收入", null, "支出"},
                new Object[] {"项目", "预算数", "项目", "预算数"},
                new Object[] {"一、本年收入", 10, "一、本年支出", 12},
                new Object[] {"（一）一般公共预算拨款", 10, "（一）卫生健康支出", 12},
                new Object[] {"二、上年结转", 2, "二、年终结转结余", null},
                new Object[] {"（一）一般公共预算拨款", 2},
                new Object[] {"收入总计", 12, "支出总计", 12});
        DisclosureTable t = assemble(g).document().table(TableType.BUDGET_FISCAL_SUMMARY).orElseThrow();
        assertThat(t.rows()).extracting(Row::key).containsExactly("income.current", "income.gpb",
                "income.carryover", "income.carryover_gpb", "income.grand_total", "expenditure.current",
                "expenditure.210", "expenditure.carryforward", "expenditure.grand_total");
    }

    @Test
    void multiRowHeadersGiveSourceAndCarryoverColumns() throws Exception {
        Grid.Builder b = Grid.builder("x", "表2");
        String[][] rows = {
            {"收入总表"},
            {"部门(单位)代码", "部门(单位)名称", "合计", "本年收入", null, null, "上年结转结余"},
            {null, null, null, "小计", "一般公共预算", "事业收入", "小计", "一般公共预算"},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    b.set(r, c, rows[r][c]);
                }
            }
        }
        b.merge(1, 1, 3, 5).merge(1, 1, 6, 7).merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 2, 2, 2);
        b.set(3, 0, "003").set(3, 1, "某局");
        double[] v = {12, 10, 9, 1, 2, 2};
        for (int i = 0; i < v.length; i++) {
            b.set(3, 2 + i, String.valueOf(v[i]), v[i]);
        }
        DisclosureTable t = assemble(b.build()).document().table(TableType.BUDGET_INCOME).orElseThrow();
        Row unit = t.row("unit:003").orElseThrow();
        assertThat(unit.values()).containsOnlyKeys("total", "gpb", "business", "carryover", "carryover_gpb");
        assertThat(unit.amount("carryover_gpb")).isEqualByComparingTo("2");
        assertThat(unit.amount("gpb")).isEqualByComparingTo("9");
    }

    @Test
    void aTableContinuedOnTheNextPageIsJoined() throws Exception {
        Grid g = grid(null,
                new Object[] {"支出总表"},
                new Object[] {"科目编码", "科目名称", "合计"},
                new Object[] {"201", "一般公共服务支出", 5},
                new Object[] {"支出总表（续）"},
                new Object[] {"科目编码", "科目名称", "合计"},
                new Object[] {"221", "住房保障支出", 7});
        ExtractResult r = assemble(g);
        assertThat(r.document().tables()).hasSize(1);
        assertThat(r.document().tables().get(0).rows()).extracting(Row::key).containsExactly("201", "221");
    }

    @Test
    void regionsNoTableClaimsAreNotedAsSkipped() throws Exception {
        Grid table = grid("表3", new Object[] {"支出总表"}, new Object[] {"科目编码", "科目名称", "合计"},
                new Object[] {"201", "一般公共服务支出", 5});
        Grid other = grid("封面", new Object[] {"某某局2024年部门预算"}, new Object[] {"二〇二四年一月"});
        ExtractResult r = assemble(table, other);
        assertThat(r.skipped()).containsExactly("工作表“封面”未识别为公开表，已跳过");
    }

    @Test
    void nothingRecognisedIsNoDisclosure() {
        Grid g = grid("Sheet1", new Object[] {"姓名", "电话"}, new Object[] {"张三", "123"});
        assertThatThrownBy(() -> assemble(g)).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("测试.xlsx").hasMessageContaining("不是部门预决算公开表");
    }

    @Test
    void regionsWithFiguresThatAreNoTableAreNamedWithTitleAndReason() throws Exception {
        Grid g = grid("公开表",
                new Object[] {"支出总表"}, new Object[] {"科目编码", "科目名称", "合计"},
                new Object[] {"201", "一般公共服务支出", 5},
                new Object[] {},
                new Object[] {"固定资产情况表"}, new Object[] {"资产名称", "原值"}, new Object[] {"办公设备", 12.5},
                new Object[] {},
                new Object[] {"项目支出表"}, new Object[] {"说明文字"});
        ExtractResult r = assemble(g);
        assertThat(r.document().tables()).hasSize(1);
        assertThat(r.unread()).extracting(org.budgetworkbench.core.UnreadRegion::title)
                .containsExactly("固定资产情况表", "项目支出表");
        assertThat(r.unread().get(0).place()).isEqualTo("工作表“公开表”第5-7行");
        assertThat(r.unread().get(0).reason()).contains("含有数字");
        assertThat(r.unread().get(1).reason()).contains("标题是公开表").contains("金额列");
        assertThat(r.skipped()).hasSize(2);
    }

    @Test
    void aProjectListPrintedWithFunctionCodesKeysItsProjectsByNameAndKeepsItsUnits() throws Exception {
        Grid g = grid("项目",
                new Object[] {"项目支出表"}, new Object[] {"单位：万元"},
                new Object[] {"科目编码", "项目名称", "合计", "一般公共预算"},
                new Object[] {null, "合计", 50, 50},
                new Object[] {"003", "某某局", 50, 50},
                new Object[] {"2010301", "综合协调经费", 30, 30},
                new Object[] {"2010301", "值班工作经费", 15, 15},
                new Object[] {"2010350", "综合协调经费", 5, 5});
        DisclosureTable t = assemble(g).document().tables().get(0);
        // two projects under one code stay two rows; a project name repeated under another code is a third
        assertThat(t.rows()).extracting(Row::key).containsExactly("total", "unit:003", "name:综合协调经费",
                "name:值班工作经费", "name:综合协调经费");
        assertThat(t.rows()).extracting(r -> r.values().get("total"))
                .containsExactly(new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("15"),
                        new BigDecimal("5"));
    }

    @Test
    void aProjectListWithProjectCodesKeysItsProjectsByCode() throws Exception {
        Grid g = grid("项目",
                new Object[] {"政府采购预算表"}, new Object[] {"单位：万元"},
                new Object[] {"项目编码", "项目名称", "合计"},
                new Object[] {null, "合计", 30},
                new Object[] {"42011124003T000000100", "办公设备购置", 30});
        assertThat(assemble(g).document().tables().get(0).rows()).extracting(Row::key)
                .containsExactly("total", "42011124003T000000100");
    }

    @Test
    void aThreeColumnSummaryReadsItsEconomicClassesAlsoWithTheCodeInTheName() throws Exception {
        Grid g = grid("总表",
                new Object[] {"收支总表"}, new Object[] {"单位：万元"},
                new Object[] {"收入", null, "支出（按功能分类）", null, "支出（按经济分类）"},
                new Object[] {"项目", "预算数", "项目", "预算数", "项目", "预算数"},
                new Object[] {"一般公共预算拨款收入", 100, "201 一般公共服务支出", 100, "301 工资福利支出", 60},
                new Object[] {null, null, null, null, "302 商品和服务支出", 40},
                new Object[] {"收入总计", 100, "支出总计", 100, "支出总计", 100});
        DisclosureTable t = assemble(g).document().tables().get(0);
        assertThat(t.rows()).extracting(Row::key).containsExactly("income.gpb", "income.grand_total",
                "expenditure.201", "expenditure.grand_total", "econ.301", "econ.302", "econ.grand_total");
        assertThat(amount(t, "econ.302", "amount")).isEqualByComparingTo("40");
    }

    @Test
    void aContentsListBeforeTheFirstTableIsNeitherATitleNorUnread() throws Exception {
        Grid g = grid("公开表",
                new Object[] {"目录"}, new Object[] {"表1", "收支总表"}, new Object[] {"表2", "支出总表"},
                new Object[] {},
                new Object[] {"表2"}, new Object[] {"支出总表"}, new Object[] {"科目编码", "科目名称", "合计"},
                new Object[] {"201", "一般公共服务支出", 5});
        ExtractResult r = assemble(g);
        assertThat(r.document().tables()).singleElement().satisfies(t -> assertThat(t.rows()).hasSize(1));
        assertThat(r.unread()).isEmpty();
    }

    @Test
    void aFileWithNoTableIsRefusedNamingWhatItHolds() {
        Grid g = grid("资产", new Object[] {"固定资产情况表"}, new Object[] {"资产名称", "原值"},
                new Object[] {"办公设备", 12.5});
        assertThatThrownBy(() -> assemble(g)).isInstanceOf(DisclosureReadException.class)
                .hasMessageContaining("未识别出任何公开表").hasMessageContaining("工作表“资产”")
                .hasMessageContaining("固定资产情况表");
    }

    @Test
    void aPartTitleAYearRowAndTheNumberBelowTheTitleMakeOneTitleBlock() throws Exception {
        Grid g = grid("表",
                new Object[] {"某某局2024年部门决算公开表"}, new Object[] {"收入决算表"}, new Object[] {"公开 02 表"},
                new Object[] {"2024年度"}, new Object[] {"编制单位：某某局", "单位：元"},
                new Object[] {"科目编码", "科目名称", "本年收入合计"},
                new Object[] {"合计", "-", "12,000.00"}, new Object[] {"201", "一般公共服务支出", "12,000.00"});
        ExtractResult r = assemble(g);
        DisclosureTable t = r.document().table(TableType.FINAL_INCOME).orElseThrow();
        assertThat(t.title()).isEqualTo("收入决算表");
        assertThat(t.row("201").orElseThrow().amount("total")).isEqualByComparingTo("1.2");
        assertThat(r.document().year()).isEqualTo(2024);
        assertThat(r.unread()).isEmpty();
    }

    @Test
    void theSumsDecideWhetherAShortCodeIsTheNextItemOrTheNextSection() throws Exception {
        // 201 / 03 / 01 / 04: "04" opens 20104 when 20103's items already make its figure, else it is 2010304
        Grid closed = grid("表3", new Object[] {"支出总表"}, new Object[] {"科目编码", "科目名称", "合计"},
                new Object[] {"201", "一般公共服务支出", 10}, new Object[] {"03", "政府办公厅", 6},
                new Object[] {"01", "行政运行", 6}, new Object[] {"04", "发展与改革事务", 4},
                new Object[] {"01", "行政运行", 4});
        assertThat(assemble(closed).document().tables().get(0).rows()).extracting(Row::key)
                .containsExactly("201", "20103", "2010301", "20104", "2010401");
        Grid open = grid("表3", new Object[] {"支出总表"}, new Object[] {"科目编码", "科目名称", "合计"},
                new Object[] {"201", "一般公共服务支出", 10}, new Object[] {"03", "政府办公厅", 10},
                new Object[] {"01", "行政运行", 6}, new Object[] {"04", "专项业务", 4});
        assertThat(assemble(open).document().tables().get(0).rows()).extracting(Row::key)
                .containsExactly("201", "20103", "2010301", "2010304");
    }
}
