package org.budgetworkbench.core.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.check.Docs.fin;
import static org.budgetworkbench.core.check.Docs.row;
import static org.budgetworkbench.core.check.Docs.table;
import static org.budgetworkbench.core.check.Docs.withText;

import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/** The 类/款/项 paths of the narrative against the function subjects of the expenditure table. */
class NarrativeFunctionSubjectsInTablesTest {
    private static final Document TABLES = fin(table(TableType.FINAL_EXPENDITURE,
            row("total", "合计", "total", "30"),
            row("201", "一般公共服务支出", "total", "10"),
            row("20103", "政府办公厅（室）及相关机构事务", "total", "10"),
            row("2010301", "行政运行", "total", "10"),
            row("210", "卫生健康支出", "total", "20"),
            row("21011", "行政事业单位医疗", "total", "20"),
            row("2101101", "行政单位医疗", "total", "12"),
            row("2101103", "公务员医疗补助", "total", "8")));
    private static final String GLOSSARY = "(十)本部门使用的支出功能分类科目(到项级)";

    private static Document glossary(String... items) {
        return withText(TABLES, GLOSSARY, items);
    }

    @Test
    void aKuanNamedOtherwiseThanInTheTableIsNoted() {
        Document d = glossary("1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。反映行政运行支出。",
                "2.卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)：反映行政单位医疗经费。",
                "3.卫生健康支出(类)行政单位医疗(款)公务员医疗补助(项)：反映公务员医疗补助经费。");
        assertThat(new NarrativeFunctionSubjectsInTables().check(d)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.TEXT_TABLE_MISMATCH);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.found()).isEqualTo("行政单位医疗");
            assertThat(f.expected()).isEqualTo("行政事业单位医疗");
            assertThat(f.where().quote()).startsWith("3.卫生健康支出(类)行政单位医疗(款)公务员医疗补助(项)");
            assertThat(f.other().row()).isEqualTo("2101103");
        });
    }

    @Test
    void aXiangTheTablesDoNotHaveIsNoted() {
        Document d = withText(TABLES, "（十二）本部门使用的主要支出功能分类科目包括：",
                "1. 一般公共服务(类)政府办公厅(室)及相关机构事务(款)行政运行(项)，反映行政单位的基本支出。",
                "2. 卫生健康支出(类)行政事业单位医疗(款)事业单位医疗(项)，反映事业单位医疗经费。",
                "3. 一般公共服务(类)其他一般公共服务支出(款)其他一般公共服务支出(项)，反映其他支出。");
        assertThat(new NarrativeFunctionSubjectsInTables().check(d)).extracting(f -> f.found())
                .containsExactly("事业单位医疗", "其他一般公共服务支出");
    }

    @Test
    void aCompleteListMissingASubjectIsNoted() {
        Document d = glossary("1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。",
                "2.卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)。");
        assertThat(new NarrativeFunctionSubjectsInTables().check(d)).singleElement().satisfies(f -> {
            assertThat(f.found()).isEqualTo(2);
            assertThat(f.expected()).isEqualTo(3);
            assertThat(f.where().quote()).isEqualTo(GLOSSARY);
            assertThat(f.message()).contains("2101103 公务员医疗补助");
        });
    }

    @Test
    void pathsThatMatchTheTablesAreSilent() {
        Document d = glossary("1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。",
                "2.卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)。",
                "3.卫生健康支出(类)行政事业单位医疗(款)公务员医疗补助(项)。");
        assertThat(new NarrativeFunctionSubjectsInTables().check(d)).isEmpty();
        Document mainOnly = withText(TABLES, "（十二）本部门使用的主要支出功能分类科目包括：",
                "1. 一般公共服务(类)政府办公厅(室)及相关机构事务(款)行政运行(项)，反映行政单位的基本支出。",
                "2. 卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)。");
        assertThat(new NarrativeFunctionSubjectsInTables().check(mainOnly)).isEmpty();
    }

    @Test
    void pathsInEveryPrintedFormAreRead() {
        // codes in the brackets, a dash path with 科目, and a path broken over two printed lines
        Document d = withText(TABLES, "（三）一般公共预算财政拨款支出决算具体情况",
                "1、一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）。",
                "2、卫生健康支出（类）行政事业单位医疗（款）",
                "公务员医疗补贴（项）。年初预算为8.00万元。",
                "3.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：反映行政单位医疗经费",
                "4.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：反映基本支出");
        assertThat(new NarrativeFunctionSubjectsInTables().check(d)).singleElement().satisfies(f -> {
            assertThat(f.found()).isEqualTo("公务员医疗补贴");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        Document dash = withText(TABLES, "2025年部门预算编制说明",
                "1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目10万元，主要用于基本支出。",
                "2. “卫生健康支出-行政单位医疗-公务员医疗补助”科目8万元。");
        assertThat(new NarrativeFunctionSubjectsInTables().check(dash)).singleElement().satisfies(f -> {
            assertThat(f.found()).isEqualTo("行政单位医疗");
            assertThat(f.expected()).isEqualTo("行政事业单位医疗");
        });
    }

    @Test
    void aLegacyClassNameIsAWarningNamingTheTablesClass() {
        Document d = withText(TABLES, "（三）具体情况",
                "1、医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为12.00万元。");
        assertThat(new NarrativeFunctionSubjectsInTables().check(d)).singleElement().satisfies(f -> {
            assertThat(f.found()).isEqualTo("医疗卫生与计划生育支出");
            assertThat(f.expected()).isEqualTo("卫生健康支出");
            assertThat(f.other().row()).isEqualTo("210");
        });
        Document ok = withText(TABLES, "（三）具体情况",
                "1、卫生健康支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）。",
                "2. “卫生健康支出-行政事业单位医疗-公务员医疗补助”科目8万元。");
        assertThat(new NarrativeFunctionSubjectsInTables().check(ok)).isEmpty();
    }
}
