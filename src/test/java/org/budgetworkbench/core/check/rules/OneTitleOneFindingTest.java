package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.withText;

import java.util.List;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableHead;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * One misprinted title is one finding: text.title_department owns titles — over a table, as a heading, or as a
 * line of the running text — and text.department_name judges the body's near copies of the name as before.
 */
class OneTitleOneFindingTest {
    private static final String OWN = "上海市普陀区规划和自然资源局";

    private static Document doc(String caption, String heading, String... paragraphs) {
        DisclosureTable summary = new DisclosureTable(TableType.FINAL_SUMMARY, "收入支出决算总表", TableSource.UNKNOWN,
                List.of(row("income.gpb", "一般公共预算财政拨款收入", "amount", "1")), null, List.of(),
                new TableHead(caption == null ? List.of() : List.of(caption), List.of("项目", "决算数")));
        Document d = withText(fin(summary), heading, paragraphs);
        return new Document(OWN, d.year(), d.kind(), d.scope(), d.unit(), d.tables(), d.targets(), d.evaluations(),
                d.narrative(), d.formFields());
    }

    private static List<Finding> nameFindings(Document d) {
        return new Validator().validate(d).stream()
                .filter(f -> f.rule().equals("text.title_department") || f.rule().equals("text.department_name"))
                .toList();
    }

    @Test
    void aPartTitleOverATableAndAgainInTheTextIsOneFinding() {
        List<Finding> f = nameFindings(doc("第二部分 上海市规划和自然资源局 2024 年度部门决算表", "第二部分 部门决算表",
                "上海市规划和自然资源局 2024 年度部门决算表"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("text.title_department");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.found()).isEqualTo("上海市规划和自然资源局");
        });
    }

    @Test
    void aTitleWithOneCharacterOffInTheTextIsOneFindingOfTheTitleRule() {
        // 与 for 和 in a title line of the text: before, a note of text.department_name beside nothing — now the
        // title rule's warning alone, the same whether or not a caption repeats it
        List<Finding> inText = nameFindings(doc(null, "第三部分 情况说明", "上海市普陀区规划与自然资源局2024年度部门决算情况说明"));
        assertThat(inText).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("text.title_department"));
        List<Finding> both = nameFindings(doc("第二部分 上海市普陀区规划与自然资源局2024年度部门决算表", "第三部分 情况说明",
                "上海市普陀区规划与自然资源局2024年度部门决算表"));
        assertThat(both).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("text.title_department"));
    }

    @Test
    void bodyTextIsJudgedAsBefore() {
        List<Finding> f = nameFindings(doc(null, "八、政府性基金预算财政拨款收入支出决算情况说明",
                "上海市普陀区规划与自然资源局2024年度无政府性基金预算财政拨款收入和支出。",
                "贯彻执行上海市规划和自然资源局的工作部署。"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("text.department_name");
            assertThat(x.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(nameFindings(doc("第二部分 上海市普陀区规划和自然资源局 2024 年度部门决算表", "一、主要职能",
                "上海市普陀区规划和自然资源局是区政府工作部门。"))).isEmpty();
    }
}
