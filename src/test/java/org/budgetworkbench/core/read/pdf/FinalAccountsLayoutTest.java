package org.budgetworkbench.core.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Shanghai final-accounts template (决算公开表) drawn as a PDF: tables with no 公开NN表 number, the first one
 * under the part title on the same page (two title lines stacked), the 三公 table with 预算数 / 决算数 as the
 * lowest header row, and an empty 政府性基金 table whose 合计 line sits on its lowest header row, with its
 * "本表无数据" note.
 */
class FinalAccountsLayoutTest {
    private static final float[] SUMMARY = {60, 220, 300, 460, 540};
    private static final float[] THREE = {40, 100, 160, 220, 280, 340, 400, 460, 520, 580, 640, 700, 760};
    private static final float[] FUND = {40, 100, 220, 300, 380, 460, 540, 620, 700};

    @TempDir
    Path dir;

    @Test
    void tablesUnderAPartTitleWithBudgetAndFinalAsTheLowestHeaderRowAndAnEmptyTableAreRead() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(false);
        pdf.centred(300, 60, 16, true, "上海市某某局2024年度部门决算表");
        pdf.centred(300, 90, 14, true, "收入支出决算总表");
        pdf.text(480, 112, 9, false, "单位：万元");
        pdf.table(SUMMARY, 120, 20, 9, new String[][] {
            {"收入", "<", "支出", "<"},
            {"项目", "决算数", "项目", "决算数"},
            {"一、一般公共预算财政拨款收入", "120.00", "一、一般公共服务支出", "100.00"},
            {"二、政府性基金预算财政拨款收入", "", "二、社会保障和就业支出", "20.00"},
            {"本年收入合计", "120.00", "本年支出合计", "120.00"},
            {"总计", "120.00", "总计", "120.00"}});

        pdf.page(true);
        pdf.centred(420, 60, 14, true, "财政拨款“三公”经费支出决算表");
        pdf.text(700, 82, 9, false, "单位：万元");
        pdf.table(THREE, 90, 22, 8, new String[][] {
            {"财政拨款“三公”经费", "<", "<", "<", "<", "<", "<", "<", "<", "<", "<", "<"},
            {"合计", "<", "因公出国（境）费", "<", "公务用车购置及运行维护费", "<", "<", "<", "<", "<", "公务接待费", "<"},
            {"^", "^", "^", "^", "小计", "<", "公务用车购置费", "<", "公务用车运行维护费", "<", "^", "^"},
            {"预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数"},
            {"12.85", "8.39", "5.00", "3.00", "4.00", "3.00", "0.00", "0.00", "4.00", "3.00", "3.85", "2.39"}});

        pdf.page(true);
        pdf.centred(420, 60, 14, true, "政府性基金预算财政拨款收入支出决算表");
        pdf.text(640, 82, 9, false, "单位：万元");
        float bottom = pdf.table(FUND, 90, 22, 8, new String[][] {
            {"项目", "<", "年初结转和结余", "本年收入", "本年支出", "<", "<", "年末结转和结余"},
            {"功能分类科目编码", "科目名称", "^", "^", "^", "<", "<", "^"},
            {"合计", "", "", "", "合计", "基本支出", "项目支出", ""},
            {"", "", "", "", "", "", "", ""}});
        pdf.text(40, bottom + 16, 9, false, "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。");
        pdf.text(40, bottom + 32, 9, false, "说明：上海市某某局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。");

        Document doc = new DisclosureExtractor().extract(pdf.save(dir.resolve("final.pdf"))).document();

        DisclosureTable summary = table(doc, TableType.FINAL_SUMMARY);
        assertThat(summary.title()).isEqualTo("收入支出决算总表");
        assertThat(summary.source().page()).isEqualTo(1);
        assertThat(summary.rows()).isNotEmpty();

        DisclosureTable three = table(doc, TableType.FINAL_THREE_PUBLIC);
        Row total = three.rows().get(0);
        assertThat(total.values()).containsEntry("budget_total", new BigDecimal("12.85"))
                .containsEntry("final_total", new BigDecimal("8.39"))
                .containsEntry("budget_overseas", new BigDecimal("5"))
                .containsEntry("final_vehicle", new BigDecimal("3"))
                .containsEntry("budget_vehicle_operation", new BigDecimal("4"))
                .containsEntry("final_reception", new BigDecimal("2.39"));
        // the identity the template implies: 合计 = 出国 + 车 + 接待, on both sides
        assertThat(sum(total, "final_overseas", "final_vehicle", "final_reception")).isEqualByComparingTo("8.39");

        DisclosureTable fund = table(doc, TableType.FINAL_GOV_FUND);
        assertThat(fund.rows()).extracting(Row::key).containsExactly("total");
        assertThat(fund.rows().get(0).values()).containsKeys("opening", "income", "total", "basic", "project",
                "closing");
        assertThat(fund.rows().get(0).values().values()).allMatch(v -> v == null);
        // the note under an empty table stays with it, for the checks to see that it is empty on purpose
        assertThat(fund.notes()).hasSize(2);
        assertThat(fund.notes().get(1)).startsWith("说明：").endsWith("故本表无数据。");
        assertThat(fund.notedAsEmpty()).isTrue();
        assertThat(three.notedAsEmpty()).isFalse();
    }

    @Test
    void wrappedNamesSideBySideBlocksAndCarryoverSubLinesAreRead() throws Exception {
        CjkPdf pdf = new CjkPdf();
        pdf.page(true);
        pdf.centred(420, 60, 14, true, "财政拨款收入支出决算总表");
        pdf.text(680, 82, 9, false, "单位：万元");
        pdf.table(new float[] {30, 170, 230, 370, 430, 530, 630, 730}, 90, 20, 8, new String[][] {
            {"收入", "<", "支出", "<", "<", "<", "<"},
            {"项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"},
            {"一、一般公共预算财政拨款", "30.00", "一、一般公共服务支出", "30.00", "30.00", "", ""},
            {"二、政府性基金预算财政拨款", "", "二、外交支出", "", "", "", ""},
            {"本年收入合计", "30.00", "本年支出合计", "30.00", "30.00", "", ""},
            {"年初财政拨款结转和结余", "", "年末财政拨款结转和结余", "", "", "", ""},
            {"一、一般公共预算财政拨款", "", "", "", "", "", ""},
            {"二、政府性基金预算财政拨款", "", "", "", "", "", ""},
            {"总计", "30.00", "总计", "30.00", "30.00", "", ""}});

        pdf.page(false);
        pdf.centred(300, 60, 14, true, "一般公共预算财政拨款支出决算表");
        pdf.text(380, 82, 9, false, "单位：万元");
        pdf.table(new float[] {40, 110, 230, 300, 370, 440}, 90, 20, 8, new String[][] {
            {"项目", "<", "合计", "基本支出", "项目支出"},
            {"功能分类科目编码", "科目名称", "^", "^", "^"},
            {"201", "一般公共服务支出", "30.00", "20.00", "10.00"},
            {"20103", "政府办公厅（室）及\n相关机构事务", "30.00", "20.00", "10.00"},
            {"2010301", "行政运行", "20.00", "20.00", "0.00"},
            {"2010399", "其他政府办公厅\n（室）及相关机构\n事务支出", "10.00", "0.00", "10.00"},
            {"合计", "", "30.00", "20.00", "10.00"}});

        pdf.page(false);
        pdf.centred(300, 60, 14, true, "一般公共预算财政拨款基本支出决算表");
        pdf.text(480, 82, 9, false, "单位：万元");
        pdf.table(new float[] {30, 100, 200, 260, 330, 430, 490}, 90, 20, 8, new String[][] {
            {"经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"},
            {"301", "工资福利支出", "15.00", "302", "商品和服务支出", "5.00"},
            {"30101", "基本工资", "10.00", "30201", "办公费", "3.00"},
            {"30102", "津贴补贴", "5.00", "30299", "其他商品和服务支出", "2.00"},
            {"303", "对个人和家庭的补助", "0.00", "310", "资本性支出", "0.00"},
            {"", "", "", "31002", "办公设备购置", "0.00"},
            {"人员经费合计", "<", "15.00", "公用经费合计", "<", "5.00"}});

        Document doc = new DisclosureExtractor().extract(pdf.save(dir.resolve("final2.pdf"))).document();

        DisclosureTable fiscal = table(doc, TableType.FINAL_FISCAL_SUMMARY);
        assertThat(fiscal.row("expenditure.201").orElseThrow().values())
                .containsEntry("total", new BigDecimal("30")).containsEntry("gpb", new BigDecimal("30"))
                .containsKeys("gov_fund", "state_capital");
        assertThat(fiscal.row("income.carryover_gpb")).isPresent();
        assertThat(fiscal.row("expenditure.grand_total").orElseThrow().values()).containsEntry("total", new BigDecimal("30"));

        DisclosureTable gpb = table(doc, TableType.FINAL_GPB_EXPENDITURE);
        assertThat(gpb.rows()).extracting(Row::key).containsExactly("201", "20103", "2010301", "2010399", "total");
        assertThat(gpb.row("2010399").orElseThrow().name()).isEqualTo("其他政府办公厅（室）及相关机构事务支出");
        assertThat(gpb.row("20103").orElseThrow().name()).isEqualTo("政府办公厅（室）及相关机构事务");
        assertThat(sum(gpb.row("20103").orElseThrow(), "basic", "project")).isEqualByComparingTo("30");

        DisclosureTable basic = table(doc, TableType.FINAL_GPB_BASIC);
        assertThat(basic.rows()).extracting(Row::key).containsExactly("301", "30101", "30102", "303", "302",
                "30201", "30299", "310", "31002", "personnel_total", "public_total");
        assertThat(basic.row("personnel_total").orElseThrow().values()).containsEntry("amount", new BigDecimal("15"));
        assertThat(basic.row("public_total").orElseThrow().values()).containsEntry("amount", new BigDecimal("5"));
        // 人员经费 = 301 + 303, 公用经费 = 302 + 310: the blocks were not mixed up
        assertThat(sum(basic.row("302").orElseThrow(), "amount").add(sum(basic.row("310").orElseThrow(), "amount")))
                .isEqualByComparingTo("5");
    }

    private static BigDecimal sum(Row r, String... ids) {
        BigDecimal s = BigDecimal.ZERO;
        for (String id : ids) {
            s = s.add(r.values().get(id));
        }
        return s;
    }

    private static DisclosureTable table(Document doc, TableType type) {
        return doc.tables().stream().filter(t -> t.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError(type + " not read; read: "
                        + doc.tables().stream().map(DisclosureTable::type).toList()));
    }
}
