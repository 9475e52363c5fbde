package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.check.Docs;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * Columns some templates print that extract@1 has no id for — the 三公 table's 机关运行经费(预算数) and the
 * 收入总表's 财政拨款收入 (Shanghai's budget layout) — are read into the table, checked where an identity holds,
 * and left out of extract@1 rather than put into a column they are not (机关运行 is no 公务用车运行费).
 */
class ColumnsBeyondContractTest {
    private static final String THREE_TITLE = "2025年部门“三公”经费和机关运行经费预算表";

    /** Header as a workbook prints it: the 三公 group over its columns, 机关运行经费预算数 in one merged cell. */
    private static Grid threePublicWorkbook(String admin) {
        return Grids.builder("三公",
                        THREE_TITLE,
                        "编制部门：某区商务委员会||||||单位:万元",
                        "“三公”经费预算数||||||机关运行经费预算数",
                        "合计|因公出国(境)费|公务接待费|公务用车购置及运行费|||",
                        "|||小计|购置费|运行费|",
                        "1.00||1.00||||" + admin)
                .merge(2, 2, 0, 5).merge(2, 4, 6, 6).merge(3, 3, 3, 5)
                .merge(3, 4, 0, 0).merge(3, 4, 1, 1).merge(3, 4, 2, 2).build();
    }

    /** The same as a PDF gives it: no merges, 预算数 wrapped so that "数" stands on a header row of its own. */
    private static Grid threePublicPdf(String admin) {
        return Grids.grid("三公",
                THREE_TITLE,
                "编制部门：某区商务委员会||||||单位:万元",
                "合计|因公出国(境)费|公务用车购置及运行费|||公务接待费|机关运行经费预算",
                "||小计|购置费|运行费||数",
                "30.00|10.00|15.00|5.00|10.00|5.00|" + admin);
    }

    private static Grid income(String total) {
        return Grids.grid("收入",
                "2025年部门收入预算总表",
                "编制部门：某区商务委员会||||单位：万元",
                "功能分类科目编码|功能分类科目名称|合计|财政拨款收入|事业收入|其他收入",
                "201|一般公共服务支出|" + total + "|90.00|8.00|2.00",
                "|合计|" + total + "|90.00|8.00|2.00");
    }

    private static Document read(Grid... grids) {
        try {
            return new DocumentAssembler().assemble(Path.of("某区商务委员会2025年部门预算.xlsx"), List.of(grids),
                    List.of()).document();
        } catch (DisclosureReadException e) {
            throw new AssertionError(e);
        }
    }

    private static DisclosureTable three(Document d) {
        return d.table(TableType.BUDGET_THREE_PUBLIC).orElseThrow();
    }

    @Test
    void theAgencyOperatingColumnIsItsOwnInAWorkbookHeader() {
        DisclosureTable t = three(read(threePublicWorkbook("171.01")));
        assertThat(t.prints("admin_running")).isTrue();
        assertThat(t.amount("total", "admin_running")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("171.01"));
        assertThat(t.amount("total", "vehicle_operation").orElse(BigDecimal.ZERO)).isEqualByComparingTo("0");
        assertThat(t.amount("total", "total")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    }

    @Test
    void theAgencyOperatingColumnIsItsOwnWhenItsHeaderWrapsInAPdf() {
        DisclosureTable t = three(read(threePublicPdf("213.28")));
        assertThat(t.amount("total", "admin_running")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("213.28"));
        assertThat(t.amount("total", "vehicle_operation")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(t.amount("total", "reception")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
        // 机关运行经费 is no part of the 三公 合计: 30 = 10 + 15 + 5 holds, so no column finding
        assertThat(new Validator().validate(read(threePublicPdf("213.28"))))
                .noneMatch(f -> f.where() != null && "budget.three_public".equals(f.where().table()));
    }

    @Test
    void theFiscalIncomeColumnIsReadAndAddsUpWithTheOtherSources() {
        Document right = read(income("100.00"));
        DisclosureTable t = right.table(TableType.BUDGET_INCOME).orElseThrow();
        assertThat(t.columns()).containsExactly("total", "fiscal", "business", "other");
        assertThat(t.amount("total", "fiscal")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
        assertThat(incomeColumnFindings(right)).isEmpty();
        assertThat(incomeColumnFindings(read(income("110.00")))).isNotEmpty()
                .allSatisfy(f -> assertThat(f.where().column()).isEqualTo("total"));
    }

    private static List<Finding> incomeColumnFindings(Document d) {
        return new Validator().validate(d).stream().filter(f -> "sum.columns".equals(f.rule())).toList();
    }

    @Test
    void extractWritesTheColumnsAsAdditionsAndReadsThemBack() throws Exception {
        Document d = read(threePublicWorkbook("171.01"), income("100.00"));
        List<Document> back = ExtractJson.read(ExtractJson.write(List.of(d)));
        DisclosureTable three = back.get(0).table(TableType.BUDGET_THREE_PUBLIC).orElseThrow();
        assertThat(three.columns()).contains("admin_running");
        assertThat(three.amount("total", "admin_running")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("171.01"));
        assertThat(back.get(0).table(TableType.BUDGET_INCOME).orElseThrow().amount("total", "fiscal"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
        assertThat(TableType.BUDGET_THREE_PUBLIC.isContractColumn("admin_running")).isFalse();
        assertThat(TableType.BUDGET_THREE_PUBLIC.contractColumns()).doesNotContain("admin_running");
    }

    @Test
    void theStandardWorkbookPrintsTheColumnsAndReadsThemBack(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Document d = read(threePublicPdf("213.28"), income("100.00"));
        Path out = dir.resolve("export.xlsx");
        new org.budgetworkbench.core.export.DisclosureWorkbookWriter().write(d, out);
        Document back = new org.budgetworkbench.core.DisclosureExtractor().extract(out).document();
        DisclosureTable three = back.table(TableType.BUDGET_THREE_PUBLIC).orElseThrow();
        assertThat(three.amount("total", "admin_running")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("213.28"));
        assertThat(three.amount("total", "vehicle_operation")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("10"));
        DisclosureTable income = back.table(TableType.BUDGET_INCOME).orElseThrow();
        assertThat(income.columns()).containsExactly("total", "fiscal", "business", "other");
        assertThat(income.amount("201", "fiscal")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
    }

    @Test
    void theNarrativeAgencyOperatingFigureIsComparedWithTheColumnInTwoPhrasings() {
        Document table = read(threePublicPdf("213.28"));
        assertThat(agencyFindings(Docs.withText(table, "二、机关运行经费预算",
                "2025年某区商务委员会财政拨款的机关运行经费预算为213.28万元。"))).isEmpty();
        assertThat(agencyFindings(Docs.withText(table, "二、机关运行经费预算",
                "2025年某区商务委员会财政拨款的机关运行经费预算为231.28万元。"))).singleElement()
                .satisfies(f -> assertThat((BigDecimal) f.expected()).isEqualByComparingTo("213.28"));
        assertThat(agencyFindings(Docs.withText(table, "（三）其他相关情况说明",
                "本部门机关运行经费 213.28 万元，比上年减少 1.00 万元。"))).isEmpty();
        assertThat(agencyFindings(Docs.withText(table, "（三）其他相关情况说明",
                "本部门机关运行经费 212.28 万元，比上年减少 1.00 万元。"))).hasSize(1);
    }

    @Test
    void theNarrativeFiscalIncomeIsComparedWithTheIncomeTablesColumn() {
        Document table = read(income("100.00"));
        assertThat(fiscalFindings(Docs.withText(table, "一、收入支出预算总体情况",
                "2025年，某区商务委员会收入预算100.00万元，其中：财政拨款收入90.00万元，比2024年预算增加1.00万元。")))
                .isEmpty();
        assertThat(fiscalFindings(Docs.withText(table, "一、收入支出预算总体情况",
                "2025年，某区商务委员会收入预算100.00万元，其中：财政拨款收入99.00万元，比2024年预算增加1.00万元。")))
                .singleElement().satisfies(f -> assertThat((BigDecimal) f.expected()).isEqualByComparingTo("90"));
        assertThat(fiscalFindings(Docs.withText(table, "二、收入预算情况",
                "财政拨款收入 80.00 万元，占 80.00%。"))).hasSize(1);
    }

    private static List<Finding> fiscalFindings(Document d) {
        return new Validator().validate(d).stream()
                .filter(f -> f.other() != null && "fiscal".equals(f.other().column())).toList();
    }

    @Test
    void aFigureColumnOfNoKnownMeaningIsNamedAsUnreadAndTheReadOnesAreNot() throws Exception {
        Grid withMeetings = Grids.grid("三公",
                THREE_TITLE,
                "编制部门：某区商务委员会|||||||单位:万元",
                "合计|因公出国(境)费|公务用车购置及运行费|||公务接待费|会议费|机关运行经费",
                "||小计|购置费|运行费||||",
                "30.00|10.00|15.00|5.00|10.00|5.00|3.00|213.28");
        var result = new DocumentAssembler().assemble(Path.of("某区商务委员会2025年部门预算.xlsx"),
                List.of(withMeetings), List.of());
        assertThat(result.unread()).singleElement().satisfies(u -> {
            assertThat(u.message()).contains("会议费").contains("未读取").contains("机关运行经费预算表");
        });
        assertThat(result.skipped()).anySatisfy(n -> assertThat(n).contains("会议费"));
        // a line-number column and the columns read are no unread columns
        var lines = new DocumentAssembler().assemble(Path.of("某区商务委员会2025年部门预算.xlsx"), List.of(Grids.grid("支出",
                "2025年部门支出总表",
                "编制部门：某区商务委员会||||单位：万元",
                "科目编码|科目名称|行次|合计|基本支出|项目支出",
                "201|一般公共服务支出|1|10.00|6.00|4.00",
                "|合计|2|10.00|6.00|4.00")), List.of());
        assertThat(lines.unread()).isEmpty();
        assertThat(read(threePublicWorkbook("171.01")).tables()).isNotEmpty();
        assertThat(new DocumentAssembler().assemble(Path.of("x.xlsx"), List.of(threePublicWorkbook("171.01")),
                List.of()).unread()).isEmpty();
    }

    private static Grid basic(String publicTotal) {
        return Grids.grid("基本支出",
                "2025年部门一般公共预算基本支出部门预算经济分类预算表",
                "编制部门：某区商务委员会||||单位：万元",
                "经济分类科目编码|经济分类科目名称|合计|人员经费|公用经费",
                "301|工资福利支出|800.00|800.00|",
                "302|商品和服务支出|" + publicTotal + "||" + publicTotal,
                "|合计|" + new BigDecimal("800.00").add(new BigDecimal(publicTotal)) + "|800.00|" + publicTotal);
    }

    private static List<Finding> agencyCosts(Document d) {
        return new Validator().validate(d).stream().filter(f -> f.rule().equals("cross.agency_costs")).toList();
    }

    @Test
    void agencyCostsAboveThePublicFundsAreAWarningInBothHeaderLayouts() {
        assertThat(agencyCosts(read(threePublicWorkbook("171.01"), basic("171.01")))).isEmpty();
        // less than 公用经费: a 事业单位's 公用经费 is no 机关运行经费
        assertThat(agencyCosts(read(threePublicPdf("150.00"), basic("213.28")))).isEmpty();
        assertThat(agencyCosts(read(threePublicWorkbook("181.01"), basic("171.01")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(org.budgetworkbench.model.Severity.WARNING);
                    assertThat(f.message()).contains("机关运行经费").contains("181.01").contains("171.01");
                });
        assertThat(agencyCosts(read(threePublicPdf("213.29"), basic("213.28")))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(org.budgetworkbench.model.Severity.INFO));
    }

    @Test
    void withoutTheColumnTheNarrativeFigureIsComparedWithNothing() {
        // the Wuhan layout: no 机关运行经费 column; 机关运行经费 is not 公用经费 for a unit that is no 机关
        Document table = read(Grids.grid("三公",
                "2025年一般公共预算“三公”经费支出表",
                "部门：某区商务委员会||||单位：万元",
                "合计|因公出国(境)费|公务用车购置及运行费|||公务接待费",
                "||小计|购置费|运行费|",
                "30.00|10.00|15.00|5.00|10.00|5.00"));
        assertThat(agencyFindings(Docs.withText(table, "二、机关运行经费预算", "机关运行经费预算为 999.00 万元。")))
                .isEmpty();
    }

    private static List<Finding> agencyFindings(Document d) {
        return new Validator().validate(d).stream()
                .filter(f -> f.other() != null && "admin_running".equals(f.other().column())).toList();
    }
}
