package org.budgetworkbench.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.TargetScope;
import org.junit.jupiter.api.Test;

class DocumentEditorTest {
    private final Document doc = TestDocuments.smallBudget();
    private final Place.Cell housing = new Place.Cell(TableType.BUDGET_EXPENDITURE, "2210201", "total");

    private static BigDecimal cell(Document d, String row, String column) {
        return d.table(TableType.BUDGET_EXPENDITURE).orElseThrow().row(row).orElseThrow().values().get(column);
    }

    @Test
    void aCellEditChangesThatCellOnlyAndLeavesTheOriginalAlone() {
        Document after = DocumentEditor.apply(doc, new Edit(housing, "100.00", "1,210.50"));
        assertThat(cell(after, "2210201", "total")).isEqualByComparingTo("1210.50");
        assertThat(cell(after, "2210201", "basic")).isEqualByComparingTo("100.00");
        assertThat(cell(after, "22102", "total")).isEqualByComparingTo("100.00");
        assertThat(cell(doc, "2210201", "total")).isEqualByComparingTo("100.00");
        assertThat(after.targets()).isEqualTo(doc.targets());
    }

    @Test
    void aBlankValueClearsTheCell() {
        Document after = DocumentEditor.apply(doc, DocumentEditor.edit(doc, housing, "  "));
        assertThat(cell(after, "2210201", "total")).isNull();
        assertThat(after.table(TableType.BUDGET_EXPENDITURE).orElseThrow().row("2210201").orElseThrow().values())
                .containsKey("total");
    }

    @Test
    void aColumnTheRowLeftBlankCanBeFilled() {
        Place.Cell project = new Place.Cell(TableType.BUDGET_EXPENDITURE, "2210201", "project");
        Document after = DocumentEditor.apply(doc, new Edit(project, "", "5"));
        assertThat(cell(after, "2210201", "project")).isEqualByComparingTo("5");
    }

    @Test
    void aNonNumberForAnAmountIsRefused() {
        assertThatThrownBy(() -> DocumentEditor.apply(doc, new Edit(housing, "100.00", "一百")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("“一百”不是金额");
        assertThatThrownBy(() -> DocumentEditor.apply(doc, new Edit(housing, "100.00", "12.5万元")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("不是金额");
    }

    @Test
    void placesThatDoNotExistAreRefused() {
        assertThatThrownBy(() -> DocumentEditor.apply(doc,
                new Edit(new Place.Cell(TableType.BUDGET_GPB_BASIC, "301", "total"), "", "1")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("文档中没有一般公共预算基本支出表");
        assertThatThrownBy(() -> DocumentEditor.apply(doc,
                new Edit(new Place.Cell(TableType.BUDGET_EXPENDITURE, "2240106", "total"), "", "1")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("没有行 2240106");
        assertThatThrownBy(() -> DocumentEditor.apply(doc,
                new Edit(new Place.Cell(TableType.BUDGET_EXPENDITURE, "221", "gpb"), "", "1")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("没有列 gpb");
        assertThatThrownBy(() -> DocumentEditor.apply(doc, new Edit(new Place.IndicatorField(TargetScope.PROJECT,
                "政府综合协调经费", "年度绩效目标1", 5, Place.Field.VALUE), "", "1")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("没有第 6 个");
        assertThatThrownBy(() -> DocumentEditor.apply(doc, new Edit(new Place.Narrative("八、其他", 0), "", "x")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("八、其他");
    }

    @Test
    void anEditMadeAgainstAnotherStateOfTheDocumentIsRefused() {
        assertThatThrownBy(() -> DocumentEditor.apply(doc, new Edit(housing, "99.00", "98.00")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("不符");
    }

    @Test
    void indicatorFieldsAreEdited() {
        Place.IndicatorField value = new Place.IndicatorField(TargetScope.PROJECT, "政府综合协调经费", "年度绩效目标1", 0,
                Place.Field.VALUE);
        Place.IndicatorField lastYear = new Place.IndicatorField(TargetScope.PROJECT, "政府综合协调经费", "年度绩效目标1",
                1, Place.Field.HISTORY1);
        Document after = DocumentEditor.apply(doc, DocumentEditor.edit(doc, value, "≥20人"));
        after = DocumentEditor.apply(after, DocumentEditor.edit(after, lastYear, "88%"));
        assertThat(after.targets().get(0).indicators().get(0).value()).isEqualTo("≥20人");
        assertThat(after.targets().get(0).indicators().get(0).history()).containsExactly("16人", "17人");
        assertThat(after.targets().get(0).indicators().get(1).history()).containsExactly("", "88%");
        assertThat(DocumentEditor.valueAt(after, lastYear)).isEqualTo("88%");
        assertThat(doc.targets().get(0).indicators().get(0).value()).isEqualTo("≥18人");
    }

    @Test
    void aFigureInTheNarrativeIsReplacedAtItsOccurrenceOnly() {
        Place.Narrative second = new Place.Narrative("一、部门收支预算总体安排情况", 1, "250.00", 1);
        Document after = DocumentEditor.apply(doc, new Edit(second, "250.00", "300.00"));
        assertThat(after.narrative().get(0).paragraphs().get(1))
                .isEqualTo("其中基本支出 250.00 万元，项目支出 50.00 万元，基本支出占 300.00 万元的比重最大。");
        assertThat(after.narrative().get(0).paragraphs().get(0)).isEqualTo(doc.narrative().get(0).paragraphs().get(0));
    }

    @Test
    void aFigureIsMatchedWholeNotInsideALargerNumber() {
        // 50.00 occurs inside 250.00 in this paragraph; only the standalone 50.00 is the figure
        Place.Narrative p = new Place.Narrative("一、部门收支预算总体安排情况", 1, "50.00", 0);
        Document after = DocumentEditor.apply(doc, new Edit(p, "50.00", "55.00"));
        assertThat(after.narrative().get(0).paragraphs().get(1)).contains("项目支出 55.00 万元").contains("基本支出 250.00");
        assertThatThrownBy(() -> DocumentEditor.apply(doc,
                new Edit(new Place.Narrative("一、部门收支预算总体安排情况", 1, "50.00", 1), "50.00", "1")))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("没有数字 50.00");
    }

    @Test
    void aWholeParagraphCanBeRewritten() {
        Place.Narrative p = new Place.Narrative("一、部门收支预算总体安排情况", 0);
        Document after = DocumentEditor.apply(doc, DocumentEditor.edit(doc, p, "新的段落。"));
        assertThat(after.narrative().get(0).paragraphs()).first().isEqualTo("新的段落。");
    }
}
