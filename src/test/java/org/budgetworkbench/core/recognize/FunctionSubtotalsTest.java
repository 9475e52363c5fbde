package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * A project list printed with a function-code column (科目编码 | 项目名称) may carry a line per 类, 款 or 项 above
 * its projects. Such a line names its level and is that level's subtotal, keyed by its code — a 3-digit 类 code is
 * not a unit's code — while unit rows (unit codes 003 / 003001) stay unit rows and project lines stay projects.
 */
class FunctionSubtotalsTest {

    private static DisclosureTable read(String total, String... lines) throws Exception {
        String[] rows = new String[4 + lines.length];
        rows[0] = "2025年项目支出预算表";
        rows[1] = "编制部门：某区商务委员会|||单位：万元";
        rows[2] = "科目编码|项目名称|合计|一般公共预算";
        rows[3] = "|合计|" + total + "|" + total;
        System.arraycopy(lines, 0, rows, 4, lines.length);
        Document doc = new DocumentAssembler().assemble(Path.of("某区商务委员会2025年部门预算.xlsx"),
                List.of(Grids.grid("项目支出表", rows)), List.of()).document();
        return doc.table(TableType.BUDGET_PROJECTS).orElseThrow();
    }

    private static final String[] LIST = {
        "003|某区商务委员会|100|100",
        "003001|某区商务委员会本级|100|100",
        "201|一般公共服务支出|70|70",
        "20113|商贸事务|70|70",
        "2011399|商贸发展专项|40|40",
        "2011399|展会补贴|30|30",
        "210|医疗卫生与计划生育支出|30|30",
        "2101101|离退休人员医疗补助|30|30",
    };

    @Test
    void classAndSectionLinesAreSubtotalsKeyedByTheirCode() throws Exception {
        DisclosureTable t = read("100", LIST);
        assertThat(t.rows()).extracting(Row::key).containsExactly("total", "unit:003", "unit:003001", "201", "20113",
                "name:商贸发展专项", "name:展会补贴", "210", "name:离退休人员医疗补助");
        assertThat(t.row("201").orElseThrow().amount("total")).isEqualByComparingTo("70");
        // a former class name (医疗卫生与计划生育支出 for 卫生健康支出) names the class as well
        assertThat(t.row("210").orElseThrow().name()).isEqualTo("医疗卫生与计划生育支出");
    }

    @Test
    void aClassCodeBesideAProjectsNameIsThatProjectsCodeNotAUnit() throws Exception {
        DisclosureTable t = read("40", "201|综合协调经费|25|25", "201|聘用人员经费|15|15");
        assertThat(t.rows()).extracting(Row::key).containsExactly("total", "name:综合协调经费", "name:聘用人员经费");
    }

    @Test
    void aProjectCodedListKeepsItsThreeDigitUnitRows() throws Exception {
        Document doc = new DocumentAssembler().assemble(Path.of("某区商务委员会2025年部门预算.xlsx"),
                List.of(Grids.grid("项目支出表", "2025年项目支出预算表", "编制部门：某区商务委员会|||单位：万元",
                        "项目编码|项目名称|合计|一般公共预算", "|合计|10|10", "201|某区商务委员会|10|10",
                        "42011125201T000000001|商贸发展专项|10|10")), List.of()).document();
        assertThat(doc.table(TableType.BUDGET_PROJECTS).orElseThrow().rows()).extracting(Row::key)
                .containsExactly("total", "unit:201", "42011125201T000000001");
    }

    @Test
    void theTotalIsCheckedAgainstTheClassSubtotalsNotAgainstEveryLine() throws Exception {
        assertThat(totalFindings(read("100", LIST))).isEmpty();
        assertThat(totalFindings(read("101", LIST))).singleElement()
                .satisfies(f -> assertThat(f.where().row()).isEqualTo("total"));
    }

    private static List<Finding> totalFindings(DisclosureTable t) {
        Document doc = new Document("某区商务委员会", 2025, org.budgetworkbench.model.DocumentKind.BUDGET, "万元",
                List.of(t), List.of(), List.of(), List.of(), List.of());
        return new Validator().validate(doc).stream().filter(f -> f.where() != null
                && "budget.projects".equals(f.where().table()) && "total".equals(f.where().column())
                && f.rule().startsWith("sum")).toList();
    }
}
