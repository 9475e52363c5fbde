package org.budgetworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.edit.DocumentEditor;
import org.budgetworkbench.core.edit.IndicatorListText;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 写回绩效目标: a department's own performance form ({@link TargetFormWorkbook}, .xlsx and .xls, its 一级 merged
 * or carried down), read by the reader, edited as the editor edits, written back, and read back again.
 */
class TargetWriteBackTest {
    private static final String SHEET = TargetFormWorkbook.SHEET;

    @TempDir
    Path dir;

    private Path form(String name, boolean merged) throws IOException {
        return TargetFormWorkbook.write(dir.resolve(name), merged);
    }

    private static Document read(Path file) throws Exception {
        return new DisclosureExtractor().extract(file).document();
    }

    private static Document set(Document doc, Place place, String value) {
        return DocumentEditor.apply(doc, DocumentEditor.edit(doc, place, value));
    }

    private static Place.IndicatorField field(Target t, int i, Place.Field f) {
        return new Place.IndicatorField(t.scope(), t.project(), t.label(), i, f);
    }

    @Test
    void theReaderKeepsWhereEachNameAndGoalTextStood() throws Exception {
        Document doc = read(form("部门原表.xlsx", false));
        assertThat(doc.targets()).hasSize(2);
        Target first = doc.targets().get(0);
        assertThat(first.goal()).isEqualTo("保障机关正常运转");
        assertThat(first.goalCell()).isEqualTo(CellRef.sheetCell(SHEET, 2, 1));
        assertThat(doc.targets().get(1).goalCell()).isEqualTo(CellRef.sheetCell(SHEET, 3, 0));
        Indicator quality = first.indicators().get(1);
        assertThat(quality.level3()).isEqualTo("培训合格率");
        // the 一级 printed once above is the cell the line below shares
        assertThat(quality.nameCells().level1()).isEqualTo(CellRef.sheetCell(SHEET, 5, 1));
        assertThat(quality.nameCells().level2()).isEqualTo(CellRef.sheetCell(SHEET, 6, 2));
        assertThat(quality.nameCells().level3()).isEqualTo(CellRef.sheetCell(SHEET, 6, 3));
        assertThat(quality.valueCell()).isEqualTo(CellRef.sheetCell(SHEET, 6, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"部门原表.xlsx", "部门原表.xls"})
    void levelNameAndGoalEditsGoBackIntoTheirCellsAndOnlyChangedCellsCount(String name) throws Exception {
        for (boolean merged : new boolean[] {false, true}) {
            Path original = form((merged ? "m-" : "") + name, merged);
            Document doc = read(original);
            Target first = doc.targets().get(0);
            Target second = doc.targets().get(1);
            doc = set(doc, new Place.Goal(first.scope(), first.project(), first.label()), "保障机关高效运转");
            doc = set(doc, new Place.Goal(second.scope(), second.project(), second.label()), "提升政务服务满意度");
            doc = set(doc, field(first, 1, Place.Field.LEVEL3), "培训考核合格率");
            doc = set(doc, field(first, 2, Place.Field.LEVEL2), "可持续影响指标");
            doc = set(doc, field(second, 0, Place.Field.VALUE), "≥92%");
            // the shared 一级 renamed on both lines it covers: one cell
            doc = set(doc, field(first, 0, Place.Field.LEVEL1), "产出");
            doc = set(doc, field(first, 1, Place.Field.LEVEL1), "产出");
            // a value set back to what it was: no cell
            doc = set(doc, field(first, 0, Place.Field.VALUE), "≥100人");
            Path out = dir.resolve("回写-" + (merged ? "m-" : "") + name);

            WriteBack.Result r = new WriteBack().write(original, doc, out);

            assertThat(r.written()).containsExactlyInAnyOrder(
                    CellRef.sheetCell(SHEET, 2, 1), CellRef.sheetCell(SHEET, 3, 0),
                    CellRef.sheetCell(SHEET, 6, 3), CellRef.sheetCell(SHEET, 7, 2),
                    CellRef.sheetCell(SHEET, 8, 4), CellRef.sheetCell(SHEET, 5, 1));
            assertThat(r.skipped()).isEmpty();
            try (Workbook wb = WorkbookFactory.create(out.toFile())) {
                Sheet s = wb.getSheet(SHEET);
                // what the cell printed before the text stays: the goal's label and weight, the name's numbering
                assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("年度绩效目标2（30分）：提升政务服务满意度");
                assertThat(s.getRow(6).getCell(3).getStringCellValue()).isEqualTo("1.培训考核合格率");
            }
            Document back = read(out);
            assertThat(back.targets().get(0).goal()).isEqualTo("保障机关高效运转");
            assertThat(back.targets().get(1).goal()).isEqualTo("提升政务服务满意度");
            assertThat(back.targets().get(0).indicators()).extracting(Indicator::level1, Indicator::level2,
                    Indicator::level3).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("产出", "数量指标", "培训人数"),
                    org.assertj.core.groups.Tuple.tuple("产出", "质量指标", "培训考核合格率"),
                    org.assertj.core.groups.Tuple.tuple("效益指标", "可持续影响指标", "群众知晓度"));
            assertThat(back.targets().get(1).indicators().get(0).value()).isEqualTo("≥92%");

            // written again from the copy: nothing changed, nothing counted
            assertThat(new WriteBack().write(out, doc, dir.resolve("again-" + (merged ? "m-" : "") + name))
                    .written()).isEmpty();
        }
    }

    @Test
    void aSharedCellRenamedForOneLineOnlyAndAnAddedIndicatorAreListedNotWritten() throws Exception {
        Path original = form("部门原表.xlsx", true);
        Document doc = read(original);
        Target first = doc.targets().get(0);
        doc = set(doc, field(first, 1, Place.Field.LEVEL1), "成本指标");
        List<Indicator> list = new ArrayList<>(doc.targets().get(0).indicators());
        list.add(new Indicator("效益指标", "社会效益指标", "政策宣传次数", "≥4次", List.of(), null));
        doc = set(doc, new Place.Indicators(first.scope(), first.project(), first.label()),
                IndicatorListText.write(list));

        WriteBack.Result r = new WriteBack().write(original, doc, dir.resolve("out.xlsx"));

        assertThat(r.written()).isEmpty();
        assertThat(r.skipped()).hasSize(2);
        assertThat(r.skipped().get(0)).contains("一级指标", SHEET + "!B6", "培训人数", "培训合格率", "共用");
        assertThat(r.skipped().get(1)).contains("政策宣传次数", "添加", "没有它的行", "效益指标");
        assertThat(String.join("", r.skipped())).doesNotContain("[", "{");
    }
}
