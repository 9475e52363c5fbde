package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetworkbench.model.DocumentScope;
import org.junit.jupiter.api.Test;

/** Department and scope (部门/单位) from each place a disclosure prints them, in each phrasing of the family. */
class DocumentFactsTest {

    private static DocumentFacts cover(String... lines) {
        DocumentFacts f = new DocumentFacts();
        f.cover(List.of(lines));
        return f;
    }

    @Test
    void aCoverNameBrokenOverLinesAboveTheTitleIsJoined() {
        DocumentFacts f = cover("上海市某某区规划和自然", "资源局", "2024 年度部门决算");
        assertThat(f.department()).isEqualTo("上海市某某区规划和自然资源局");
        assertThat(f.scope()).isEqualTo(DocumentScope.DEPARTMENT);
        DocumentFacts g = cover("中共某市某区委", "社会工作部２０２４年度", "部门决算");
        assertThat(g.department()).isEqualTo("中共某市某区委社会工作部");
    }

    @Test
    void aCoverWithTheYearFirstGivesTheNameBetweenYearAndKindKeepingBenJi() {
        DocumentFacts f = cover("附件 1:", "2024 年度某市某区人民政府办公室本级 部门决算公开", "2025 年 11 月 10 日", "目 录");
        assertThat(f.department()).isEqualTo("某市某区人民政府办公室本级");
    }

    @Test
    void aBudgetCoverNamesTheDistrictInItsTitleAndTheDepartmentOnItsLabelledLine() {
        DocumentFacts dept = cover("某市某区2025年区级部门预算", "预算主管部门：某市某区商务委员会", "目 录", "第一部分 别的局概况");
        assertThat(dept.department()).isEqualTo("某市某区商务委员会");
        assertThat(dept.scope()).isEqualTo(DocumentScope.DEPARTMENT);
        DocumentFacts unit = cover("某市某区 2025 年区级单位预算", "预算单位: 某市某区商务委员会");
        assertThat(unit.department()).isEqualTo("某市某区商务委员会");
        assertThat(unit.scope()).isEqualTo(DocumentScope.UNIT);
    }

    @Test
    void aBarePlaceIsNoDepartment() {
        assertThat(cover("某市某区2025年区级部门预算").department()).isNull();
        assertThat(cover("某市某区2025年区级部门预算").scope()).isEqualTo(DocumentScope.DEPARTMENT);
        assertThat(cover("某省2025年省级单位预算").scope()).isEqualTo(DocumentScope.UNIT);
    }

    @Test
    void captionsSayTheScopeOnlyWhereTheirLabelDoes() {
        DocumentFacts unit = new DocumentFacts();
        unit.caption("编制单位：某区商务委员会");
        assertThat(unit.department()).isEqualTo("某区商务委员会");
        assertThat(unit.scope()).isEqualTo(DocumentScope.UNIT);
        DocumentFacts dept = new DocumentFacts();
        dept.caption("编制部门:某区商务委员会");
        assertThat(dept.scope()).isEqualTo(DocumentScope.DEPARTMENT);
        DocumentFacts both = new DocumentFacts();
        both.caption("部门/单位：某区人民政府办公室");
        both.caption("单位：某区人民政府办公室");
        both.caption("单位：万元");
        assertThat(both.department()).isEqualTo("某区人民政府办公室");
        assertThat(both.scope()).isEqualTo(DocumentScope.DEPARTMENT); // nothing says: a department's
    }

    @Test
    void aUnitCaptionDecidesOverAnAmbiguousOneButTheTitlesDecideBeforeCaptions() {
        DocumentFacts f = new DocumentFacts();
        f.caption("部门/单位：某区人民政府办公室");
        f.caption("编制单位：某区人民政府办公室");
        assertThat(f.scope()).isEqualTo(DocumentScope.UNIT);
        f.title("2025年部门财务收支预算总表");
        assertThat(f.scope()).isEqualTo(DocumentScope.DEPARTMENT);
    }

    @Test
    void tableTitlesOfAUnitsDocument() {
        DocumentFacts f = new DocumentFacts();
        f.title("2025年预算单位财务收支预算总表");
        f.title("2025年预算单位一般公共预算基本支出部门预算经济分类预算表");
        f.title("2025年单位“三公”经费和机关运行经费预算表");
        assertThat(f.scope()).isEqualTo(DocumentScope.UNIT);
        DocumentFacts d = new DocumentFacts();
        d.title("2025年部门一般公共预算基本支出部门预算经济分类预算表");
        d.title("2024年度收入支出决算总表");
        assertThat(d.scope()).isEqualTo(DocumentScope.DEPARTMENT);
        DocumentFacts none = new DocumentFacts();
        none.title("一般公共预算基本支出部门预算经济分类预算表");
        none.title("2025年预算单位收入预算总表");
        assertThat(none.scope()).isEqualTo(DocumentScope.UNIT);
    }

    @Test
    void theCoverOutranksTitlesCaptionsPartTitlesAndTheFileName() {
        DocumentFacts f = new DocumentFacts();
        f.fileName("某区财政局2024年单位决算.pdf");
        assertThat(f.department()).isEqualTo("某区财政局");
        assertThat(f.scope()).isEqualTo(DocumentScope.UNIT);
        f.partTitle("第二部分 某区别的局2024年度部门决算表");
        f.partTitle("第二部分 某区别的局2024年度部门决算表");
        assertThat(f.department()).isEqualTo("某区别的局");
        assertThat(f.scope()).isEqualTo(DocumentScope.DEPARTMENT);
        f.caption("单位：某区财政局（本级）");
        assertThat(f.department()).isEqualTo("某区财政局(本级)");
        f.weak("某区规划和自然资源局2024年度部门决算表");
        assertThat(f.department()).isEqualTo("某区规划和自然资源局");
        f.cover(List.of("某区规划和自然资源局", "2024 年度部门决算"));
        f.partTitle("第一部分 某区别的局概况");
        assertThat(f.department()).isEqualTo("某区规划和自然资源局");
    }

    @Test
    void partTitlesOfBothShapes() {
        DocumentFacts f = new DocumentFacts();
        f.partTitle("第一部分 某区规划和自然资源局概况");
        assertThat(f.department()).isEqualTo("某区规划和自然资源局");
        DocumentFacts g = new DocumentFacts();
        g.partTitle("第二部分某区商务委员会 2025 年单位预算表");
        assertThat(g.department()).isEqualTo("某区商务委员会");
        assertThat(g.scope()).isEqualTo(DocumentScope.UNIT);
        DocumentFacts h = new DocumentFacts();
        h.partTitle("第三部分 名词解释");
        h.partTitle("一、部门主要职能");
        assertThat(h.department()).isNull();
    }

    @Test
    void fileNamesWithoutANameSayNothing() {
        DocumentFacts f = new DocumentFacts();
        f.fileName("sh-putuo-ghj-2024-final.pdf");
        f.fileName("2024年部门预算.xlsx");
        assertThat(f.department()).isNull();
        assertThat(f.scope()).isEqualTo(DocumentScope.DEPARTMENT);
    }
}
