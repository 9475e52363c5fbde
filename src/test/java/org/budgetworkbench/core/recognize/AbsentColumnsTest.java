package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.edit.DocumentEditor;
import org.budgetworkbench.core.edit.EditRejectedException;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.core.fix.Fixes;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * A column the template does not print (一般公共预算支出表 without 人员经费/公用经费) is absent: read as such,
 * never compared, never offered a fix, and written to extract@1 as absent — while a printed 0 is still compared.
 */
class AbsentColumnsTest {
    private static final String BASIC_TABLE = "2025年部门一般公共预算基本支出部门预算经济分类预算表";

    /** A budget whose 一般公共预算支出表 prints {@code gpbHeader} and whose 基本支出表 splits 100 as 80 + 20. */
    private static Document read(String gpbHeader, String gpbTotal) throws Exception {
        var gpb = Grids.grid("一般公共预算支出表",
                "2025年部门一般公共预算支出功能分类预算表",
                "编制部门：某区商务委员会||单位：万元",
                "科目编码|科目名称|" + gpbHeader,
                "201|一般公共服务支出|" + gpbTotal,
                "|合计|" + gpbTotal);
        var basic = Grids.grid("基本支出表",
                BASIC_TABLE,
                "编制部门：某区商务委员会||单位：万元",
                "科目编码|科目名称|合计|人员经费|公用经费",
                "301|工资福利支出|80|80|",
                "302|商品和服务支出|20||20",
                "|合计|100|80|20");
        return new DocumentAssembler().assemble(Path.of("某区商务委员会2025年部门预算.xlsx"), List.of(gpb, basic),
                List.of()).document();
    }

    private static List<Finding> personnelFindings(Document doc) {
        return new Validator().validate(doc).stream().filter(f -> f.where() != null
                && "budget.gpb_expenditure".equals(f.where().table())
                && ("personnel".equals(f.where().column()) || "public".equals(f.where().column()))).toList();
    }

    @Test
    void aTableWithoutPersonnelColumnsPrintsOnlyItsOwnAndGetsNoFalseFinding() throws Exception {
        Document doc = read("合计|基本支出|项目支出", "100|100|");
        DisclosureTable t = doc.table(TableType.BUDGET_GPB_EXPENDITURE).orElseThrow();
        assertThat(t.columns()).containsExactly("total", "basic", "project");
        assertThat(t.prints("personnel")).isFalse();
        assertThat(t.row("total").orElseThrow().values()).doesNotContainKey("personnel");
        assertThat(t.amount("total", "personnel")).isEmpty();
        assertThat(personnelFindings(doc)).isEmpty();
        assertThat(doc.department()).isEqualTo("某区商务委员会");
        assertThat(doc.scope()).isEqualTo(DocumentScope.DEPARTMENT);
    }

    @Test
    void aPrintedZeroIsStillCompared() throws Exception {
        Document doc = read("合计|基本支出|项目支出|人员经费|公用经费", "100|100||0|0");
        DisclosureTable t = doc.table(TableType.BUDGET_GPB_EXPENDITURE).orElseThrow();
        assertThat(t.columns()).containsExactly("total", "basic", "personnel", "public", "project");
        assertThat(personnelFindings(doc)).extracting(f -> f.where().column())
                .contains("personnel", "public");
        assertThat(Fixes.proposeAll(doc, personnelFindings(doc))).isNotEmpty();
    }

    @Test
    void anAbsentColumnCannotBeEditedAndExtractKeepsItAbsent() throws Exception {
        Document doc = read("合计|基本支出|项目支出", "100|100|");
        Place.Cell absent = new Place.Cell(TableType.BUDGET_GPB_EXPENDITURE, "total", "personnel");
        assertThatThrownBy(() -> DocumentEditor.valueAt(doc, absent)).isInstanceOf(EditRejectedException.class);
        String json = ExtractJson.write(List.of(doc));
        assertThat(json).contains("\"columns\" : [ \"total\", \"basic\", \"project\" ]");
        Document back = ExtractJson.read(json).get(0);
        // extract@1 carries neither cell places nor the head's words (TableHead)
        assertThat(back).isEqualTo(doc.withTables(doc.tables().stream().map(x -> x.withRows(x.rows().stream()
                .map(r -> new org.budgetworkbench.model.Row(r.key(), r.name(), r.values())).toList())
                .withHead(org.budgetworkbench.model.TableHead.NONE)).toList()));
        DisclosureTable gpb = back.table(TableType.BUDGET_GPB_EXPENDITURE).orElseThrow();
        assertThat(gpb.prints("personnel")).isFalse();
        assertThat(gpb.rows()).allSatisfy(r -> assertThat(r.values()).doesNotContainKey("personnel"));
    }
}
