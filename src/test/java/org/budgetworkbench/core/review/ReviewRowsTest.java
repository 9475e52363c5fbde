package org.budgetworkbench.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

class ReviewRowsTest {
    @Test
    void timelinessIsJudgedAgainstApprovalPlusTheDaysAndNeverGuessed() {
        LocalDate approved = LocalDate.of(2024, 1, 20);
        assertThat(Timeliness.row(approved, 20, LocalDate.of(2024, 2, 9)).meets()).isTrue();
        ReviewRow late = Timeliness.row(approved, 20, LocalDate.of(2024, 2, 12));
        assertThat(late.meets()).isFalse();
        assertThat(late.problems()).singleElement().asString().contains("晚于截止日期 3 天");
        assertThat(Timeliness.row(approved, 20, null).meets()).isNull();
        assertThat(Timeliness.row(null, 20, LocalDate.of(2024, 2, 1)).verdict()).isEqualTo("无法判断");
    }

    private static Document doc(List<NarrativeSection> text) {
        Row total = new Row("total", "合计", java.util.Map.of("total", BigDecimal.TEN));
        return new Document("某局", 2024, DocumentKind.BUDGET, null, List.of(new DisclosureTable(
                TableType.BUDGET_EXPENDITURE, "表3 支出总表", new TableSource(7, null), List.of(total))),
                List.of(), List.of(), text, List.of());
    }

    private static ReviewRow item(List<ReviewRow> rows, String item) {
        return rows.stream().filter(r -> r.item().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void eachPartIsARowItsFindingsItsProblemsWithPageOrTable() {
        List<NarrativeSection> text = List.of(
                new NarrativeSection("某局 2024 年部门预算", 1, 1, List.of()),
                new NarrativeSection("目录", 1, 1, List.of()),
                new NarrativeSection("一、部门主要职责", 2, 2, List.of("负责……")),
                new NarrativeSection("三、部门支出预算安排情况", 2, 5, List.of("支出总计 11.00 万元。")),
                new NarrativeSection("第四部分 名词解释", 1, 9, List.of("……")));
        Finding table = new Finding("sum.children", FindingKind.SUM_MISMATCH, Severity.ERROR,
                FindingPlace.cell("budget.expenditure", "total", "total"), BigDecimal.TEN, BigDecimal.ONE, "合计不等于各类之和");
        Finding prose = new Finding("text.amount", FindingKind.TEXT_TABLE_MISMATCH, Severity.ERROR,
                FindingPlace.text("三、部门支出预算安排情况", "支出总计 11.00 万元。"), 11, 10, "说明中的支出总计与支出总表不一致");
        List<ReviewRow> rows = ContentReview.rows(doc(text), List.of(new ListedFinding(table, true, "已通知更正", null),
                new ListedFinding(prose, false, null, null)));

        assertThat(item(rows, "封面").meets()).isTrue();
        assertThat(item(rows, "目录").meets()).isTrue();
        assertThat(item(rows, "主要职能").meets()).isTrue();
        assertThat(item(rows, "机构设置").meets()).isFalse();
        assertThat(item(rows, "机构设置").problems()).containsExactly("未见“机构设置”部分。");
        ReviewRow expenditure = item(rows, "表3 支出总表");
        assertThat(expenditure.meets()).isFalse();
        assertThat(expenditure.problems()).singleElement().asString().startsWith("合计不等于各类之和")
                .endsWith("；审核意见：已通知更正");
        assertThat(expenditure.where()).contains("第 7 页");
        ReviewRow explanation = item(rows, "编制说明/情况说明");
        assertThat(explanation.problems()).singleElement().asString().contains("第 5 页").endsWith("〔待核〕");
        // not there, and the validator's 缺表 finding not listed (the prose says there is none, or it was dismissed)
        assertThat(item(rows, "一般公共预算支出表").problems()).singleElement().asString().startsWith("未单独公开此表");
        assertThat(item(rows, "项目经费情况说明").meets()).isFalse();
    }

    @Test
    void aWorkbookWithoutItsTextHasItsTextPartsUnjudgedNotFailed() {
        List<ReviewRow> rows = ContentReview.rows(doc(List.of()), List.of());
        assertThat(item(rows, "主要职能").meets()).isNull();
        assertThat(item(rows, "主要职能").problems()).singleElement().asString().contains("只导入了工作簿");
        assertThat(item(rows, "表3 支出总表").meets()).isTrue();
    }
}
