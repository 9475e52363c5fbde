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
 * A project called exactly what its 项 is called (a 行政运行 project under 2010301) is a project, not the 项's
 * subtotal: what follows under the code and the list's 合计 tell them apart, in lists with and without 项 lines.
 */
class ProjectsNamedAsTheirItemTest {

    private static DisclosureTable readUnder(String header, String total, String... lines) throws Exception {
        String[] rows = new String[4 + lines.length];
        rows[0] = "2025年项目支出预算表";
        rows[1] = "编制部门：某区商务委员会|||单位：万元";
        rows[2] = header;
        rows[3] = "|合计|" + total + "|" + total;
        System.arraycopy(lines, 0, rows, 4, lines.length);
        Document doc = new DocumentAssembler().assemble(Path.of("某区商务委员会2025年部门预算.xlsx"),
                List.of(Grids.grid("项目支出表", rows)), List.of()).document();
        return doc.table(TableType.BUDGET_PROJECTS).orElseThrow();
    }

    private static DisclosureTable read(String total, String... lines) throws Exception {
        return readUnder("科目编码|项目名称|合计|一般公共预算", total, lines);
    }

    @Test
    void aProjectNamedAsItsItemInAListWithoutItemLinesIsAProject() throws Exception {
        DisclosureTable t = read("80", "2010301|行政运行|50|50", "2010301|办公楼维修|30|30");
        assertThat(t.rows()).extracting(Row::key).containsExactly("total", "name:行政运行", "name:办公楼维修");
        assertThat(sumFindings(t)).isEmpty();
    }

    @Test
    void aProjectNamedAsItsItemLastUnderItsCodeIsAProject() throws Exception {
        DisclosureTable t = readUnder("功能科目编码|项目名称|金额|一般公共预算", "80",
                "2010350|信息化建设|30|30", "2010301|行政运行|50|50");
        assertThat(t.rows()).extracting(Row::key).containsExactly("total", "name:信息化建设", "name:行政运行");
    }

    @Test
    void anItemLineWithItsProjectsUnderItIsTheSubtotal() throws Exception {
        DisclosureTable t = read("80", "2010301|行政运行|50|50", "2010301|办公楼维修|30|30",
                "2010301|信息系统运维|20|20", "2010302|一般行政管理事务|30|30", "2010302|专项调研|30|30");
        assertThat(t.rows()).extracting(Row::key).containsExactly("total", "2010301", "name:办公楼维修",
                "name:信息系统运维", "2010302", "name:专项调研");
        assertThat(sumFindings(t)).isEmpty();
    }

    @Test
    void theListTotalTellsWhereTheFiguresUnderTheCodeCannot() throws Exception {
        // two projects of one code, equal: the 合计 (60) counts both, so 行政运行 is a project
        DisclosureTable projects = read("60", "2010301|行政运行|30|30", "2010301|办公楼维修|30|30");
        assertThat(projects.rows()).extracting(Row::key).containsExactly("total", "name:行政运行", "name:办公楼维修");
        // the same lines under a 合计 of 30: 行政运行 is the 项's line over its one project
        DisclosureTable subtotal = read("30", "2010301|行政运行|30|30", "2010301|办公楼维修|30|30");
        assertThat(subtotal.rows()).extracting(Row::key).containsExactly("total", "2010301", "name:办公楼维修");
    }

    @Test
    void aMisaddedItemLineStaysASubtotal() throws Exception {
        // the projects add up to the 合计 without the line: it is the 项's line, and it is wrong
        DisclosureTable t = read("50", "2010301|行政运行|55|55", "2010301|办公楼维修|30|30",
                "2010301|信息系统运维|20|20");
        assertThat(t.row("2010301")).isPresent();
    }

    private static List<Finding> sumFindings(DisclosureTable t) {
        Document doc = new Document("某区商务委员会", 2025, org.budgetworkbench.model.DocumentKind.BUDGET, "万元",
                List.of(t), List.of(), List.of(), List.of(), List.of());
        return new Validator().validate(doc).stream().filter(f -> f.where() != null
                && "budget.projects".equals(f.where().table()) && f.rule().startsWith("sum")).toList();
    }
}
