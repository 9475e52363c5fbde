package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetworkbench.core.recognize.Grids.read;
import static org.budgetworkbench.core.recognize.Grids.region;

import java.math.BigDecimal;
import java.util.List;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;
import org.junit.jupiter.api.Test;

class PerformanceFormReaderTest {

    private static final String TARGET_HEADER = "长期绩效指标|一级指标|二级指标|指标名称|指标值|指标值确定依据";

    @Test
    void projectFormRunsOverSeveralRegionsUntilTheNextTitle() {
        PerformanceForms forms = read(
                region("20", "某区2024年项目资金绩效目标申报表",
                        "项目名称|道路保洁经费||项目代码|420100001",
                        "项目总预算|120||项目当年预算|100"),
                region("22", "项目绩效总目标", "名称|目标说明",
                        "长期绩效目标1|道路干净整洁", "年度绩效目标1|保洁覆盖全区"),
                region("23", "长期绩效目标表",
                        "目标名称|一级指标|二级指标|三级指标|指标值|指标值确定依据",
                        "长期绩效目标1|产出指标|数量指标|保洁面积|≥ 30万平方米|往年面积"),
                region("24", "年度绩效目标表",
                        "目标名称|一级指标|二级指标|三级指标|指标值|||指标值确定依据",
                        "||||前年|上年|预计当年实现",
                        "年度绩效目标1|产出指标|质量指标|保洁合格率|95%|96%|≥98%|考核办法"),
                region("25", "某区2024年项目资金绩效目标申报表", "项目名称|垃圾清运经费",
                        "目标名称|一级指标|二级指标|三级指标|指标值",
                        "年度绩效目标1|产出指标|数量指标|清运次数|365次"));

        assertThat(forms.targets()).extracting(Target::project, Target::projectCode, Target::period, Target::label,
                Target::goal).containsExactly(
                tuple("道路保洁经费", "420100001", TargetPeriod.LONG_TERM, "长期绩效目标1", "道路干净整洁"),
                tuple("道路保洁经费", "420100001", TargetPeriod.ANNUAL, "年度绩效目标1", "保洁覆盖全区"),
                tuple("垃圾清运经费", null, TargetPeriod.ANNUAL, "年度绩效目标1", null));
        assertThat(forms.targets()).allMatch(t -> t.scope() == TargetScope.PROJECT);
        Indicator longTerm = forms.targets().get(0).indicators().get(0);
        assertThat(longTerm.value()).isEqualTo("≥30万平方米");
        assertThat(longTerm.basis()).isEqualTo("往年面积");
        assertThat(longTerm.history()).isEmpty();
        Indicator annual = forms.targets().get(1).indicators().get(0);
        assertThat(annual.value()).isEqualTo("≥98%");
        assertThat(annual.history()).containsExactly("95%", "96%");
        assertThat(annual.basis()).isEqualTo("考核办法");
        assertThat(annual.valueCell()).isEqualTo(CellRef.sheetCell("24", 3, 6));
        assertThat(forms.unused()).isEmpty();
    }

    @Test
    void departmentGoalBlocksGiveLabelGoalAndPeriod() {
        Grid.Builder annual = Grids.builder("16",
                "年度目标2：|保障运转",
                "年度绩效指标|一级指标|二级指标|指标名称|指标值|||绩效标准",
                "||||近两年指标值||预期当年实现值",
                "||||2022|2023",
                "|产出指标|数量指标|司机人数|5人|5人|6人|6人");
        annual.merge(1, 1, 4, 6).merge(2, 2, 4, 5);
        PerformanceForms forms = read(
                region("11", "某区2024年部门整体支出绩效目标申报表", "部门（单位）名称|某区政府办"),
                region("13", "长期目标1:|提高办公效率", TARGET_HEADER,
                        "|产出指标|数量指标|会议次数|12次|会议记录"),
                GridRegion.whole(annual.build()));

        assertThat(forms.targets()).extracting(Target::scope, Target::project, Target::period, Target::label,
                Target::goal).containsExactly(
                tuple(TargetScope.DEPARTMENT, null, TargetPeriod.LONG_TERM, "长期目标1", "提高办公效率"),
                tuple(TargetScope.DEPARTMENT, null, TargetPeriod.ANNUAL, "年度目标2", "保障运转"));
        Indicator driver = forms.targets().get(1).indicators().get(0);
        assertThat(driver.value()).isEqualTo("6人");
        assertThat(driver.history()).containsExactly("5人", "5人");
        assertThat(driver.basis()).isEqualTo("6人");
    }

    @Test
    void columnsThatHoldNoTextOfTheirOwnAreNoHistoryYears() {
        // a PDF page ruled finer by another form on it: each year's cell spans two grid columns (merged)
        Grid.Builder annual = Grids.builder("16",
                "年度目标1：|保障运转",
                "年度绩效指标|一级指标|二级指标|指标名称|指标值|||||绩效标准",
                "||||近两年指标值||||预期当年实现值",
                "||||2022||2023",
                "|产出指标|数量指标|司机人数|5人||5人||6人|6人",
                "年度目标2：|其他",
                "年度绩效指标|一级指标|二级指标|指标名称|指标值|||||绩效标准",
                "||||近两年指标值|||预期当年实现值",
                "||||2022||2023|",
                "|产出指标|数量指标|车辆数|3辆|x|3辆||4辆|4辆");
        annual.merge(1, 1, 4, 8).merge(2, 2, 4, 7).merge(3, 3, 4, 5).merge(3, 3, 6, 7)
                .merge(4, 4, 4, 5).merge(4, 4, 6, 7).merge(7, 7, 4, 6);
        PerformanceForms forms = read(region("11", "某区2024年部门整体支出绩效目标申报表", "部门（单位）名称|某区政府办"),
                GridRegion.whole(annual.build()));

        Indicator driver = forms.targets().get(0).indicators().get(0);
        assertThat(driver.history()).containsExactly("5人", "5人");
        assertThat(driver.value()).isEqualTo("6人");
        // in the next form a column holds text of its own, so it stays one of the form's columns
        Indicator cars = forms.targets().get(1).indicators().get(0);
        assertThat(cars.history()).containsExactly("3辆", "x", "3辆");
    }

    @Test
    void levelsCarryDownAndEmptyLevelLinesAreNoIndicators() {
        PerformanceForms forms = read(region("13", "长期目标1:|目标", TARGET_HEADER,
                "|产出指标|数量指标|会议次数|12次|记录",
                "||质量指标|合格率|100%|",
                "||成本指标|||",
                "|效益指标|经济效益指标|||",
                "||社会效益指标|办公效率|提升|",
                "||满意度指标|领导满意度|90%|"));

        assertThat(forms.targets().get(0).indicators())
                .extracting(Indicator::level1, Indicator::level2, Indicator::level3, Indicator::value)
                .containsExactly(
                        tuple("产出指标", "数量指标", "会议次数", "12次"),
                        tuple("产出指标", "质量指标", "合格率", "100%"),
                        tuple("效益指标", "社会效益指标", "办公效率", "提升"),
                        tuple("效益指标", "满意度指标", "领导满意度", "90%"));
        assertThat(forms.targets().get(0).indicators().get(1).basis()).isNull();
    }

    @Test
    void mergedLevelCellsCarryDown() {
        Grid.Builder b = Grids.builder("23", "长期目标1:|目标", TARGET_HEADER,
                "|产出指标|数量指标|会议次数|12次|",
                "|||培训次数|4次|");
        b.merge(2, 3, 1, 1).merge(2, 3, 2, 2);
        PerformanceForms forms = read(GridRegion.whole(b.build()));
        assertThat(forms.targets().get(0).indicators()).extracting(Indicator::level1, Indicator::level2)
                .containsOnly(tuple("产出指标", "数量指标"));
        assertThat(forms.targets().get(0).indicators()).hasSize(2);
    }

    @Test
    void numberedIndicatorsInOneCellAreSplitAndValuesMatchedByNumber() {
        PerformanceForms forms = read(region("24",
                "目标名称|一级指标|二级指标|三级指标|指标值|||指标值确定依据",
                "||||前年|上年|预计当年实现",
                "年度绩效目标1|产出指标|数量指标|1. 聘用人员数量; 2. 培训次数; 3. 应急事件处理完成率|100%|100%"
                        + "|1. ≥18人; 2. ≥12次; 3. 100%|",
                "||质量指标|1. 经费使用合规率; 2. 会议出勤率; 3. 培训参与度|100%|100%|1. 100%; 2、3 ≥90%|",
                "||时效指标|1. 完成及时率；|90%|95%|1. ≥ 95 %；|"));

        List<Indicator> inds = forms.targets().get(0).indicators();
        assertThat(inds).extracting(Indicator::level2, Indicator::level3, Indicator::value).containsExactly(
                tuple("数量指标", "聘用人员数量", "≥18人"),
                tuple("数量指标", "培训次数", "≥12次"),
                tuple("数量指标", "应急事件处理完成率", "100%"),
                tuple("质量指标", "经费使用合规率", "100%"),
                tuple("质量指标", "会议出勤率", "≥90%"),
                tuple("质量指标", "培训参与度", "≥90%"),
                tuple("时效指标", "完成及时率", "≥95%"));
        assertThat(inds.get(1).history()).containsExactly("100%", "100%");
    }

    @Test
    void placeholderGoalsAndEllipsisRowsGiveNoTarget() {
        PerformanceForms forms = read(region("23",
                "目标名称|一级指标|二级指标|三级指标|指标值",
                "长期绩效目标1|产出指标|数量指标|次数|3次",
                "长期绩效目标2",
                "长期绩效目标3|……|……",
                "长期绩效目标4|……|……|……|……"),
                region("19", "年度目标4:|只有目标没有指标", TARGET_HEADER, "|产出指标|数量指标||"));

        assertThat(forms.targets()).extracting(Target::label).containsExactly("长期绩效目标1");
    }

    @Test
    void departmentSelfEvaluation() {
        Grid.Builder b = Grids.builder("11",
                "2024年度部门(单位)整体绩效自评表",
                "单位名称||某区政府办",
                "基本支出总额||100||项目支出总额|50",
                "预算执行情况(万元)(20分)|部门整体支出总额|预算数(A)|执行数(B)|执行率(B/A)|得分(20分*执行率)",
                "||150|147|98.00%|19.6",
                "年度目标1:||办结率100%。",
                "年度绩效指标|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分",
                "|数量指标||下发通知|≥130份|168份|3",
                "|产出指标||办结率|100%|100%|2",
                "年度目标2:||服务高质量。",
                "年度绩效指标|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分",
                "|效益指标|社会效益指标|公信力|有效增强|达成预期指标|1",
                "总分|||80.6",
                "偏差大或目标未完成原因分析|||无");
        b.set(4, 2, "150.00", 150.0).set(4, 4, "98.00%", 0.98);
        PerformanceForms forms = read(GridRegion.whole(b.build()));

        assertThat(forms.evaluations()).hasSize(1);
        Evaluation e = forms.evaluations().get(0);
        assertThat(e.scope()).isEqualTo(TargetScope.DEPARTMENT);
        assertThat(e.project()).isNull();
        assertThat(e.unit()).isEqualTo("某区政府办");
        assertThat(e.budget()).isEqualByComparingTo("150");
        assertThat(e.executed()).isEqualByComparingTo("147");
        assertThat(e.rate()).isEqualByComparingTo("0.98");
        assertThat(e.executionScore()).isEqualByComparingTo("19.6");
        assertThat(e.executionWeight()).isEqualTo(20);
        assertThat(e.totalScore()).isEqualByComparingTo("80.6");
        assertThat(e.goals()).containsExactly("办结率100%。", "服务高质量。");
        assertThat(e.indicators()).extracting(EvaluationIndicator::level1, EvaluationIndicator::level2,
                EvaluationIndicator::level3, EvaluationIndicator::target, EvaluationIndicator::actual,
                EvaluationIndicator::goalIndex).containsExactly(
                tuple("数量指标", null, "下发通知", "≥130份", "168份", 1),
                tuple("产出指标", null, "办结率", "100%", "100%", 1),
                tuple("效益指标", "社会效益指标", "公信力", "有效增强", "达成预期指标", 2));
        assertThat(e.indicators()).extracting(EvaluationIndicator::score)
                .containsExactly(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("1"));
        assertThat(forms.targets()).isEmpty();
        assertThat(forms.fields()).extracting(FormField::table, FormField::label, FormField::value)
                .contains(tuple("evaluation.department", "基本支出总额", "100"),
                        tuple("evaluation.department", "项目支出总额", "50"),
                        tuple("evaluation.department", "偏差大或目标未完成原因分析", "无"));
    }

    @Test
    void projectSelfEvaluationWithBlankScoreAndPrintedWeight() {
        PerformanceForms forms = read(
                region("12", "2024年度购买服务项目自评表", "单位名称：某区政府办",
                        "项目名称|购买服务项目",
                        "预算执行情况(万元)(30分)|年度财政资金总额|预算数(A)|执行数(B)|执行率(B/A)|得分(30分*执行率)",
                        "||6|6|100.00%|",
                        "年度绩效目标|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分",
                        "|产出指标|质量指标|推进|有效推进|达成预期指标|10",
                        "|效益指标||带动发展|有效带动|达成预期指标|10",
                        "总分|100"),
                region("13", "2024年度另一项目自评表", "项目名称|另一项目",
                        "年度绩效目标|一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分",
                        "|产出指标|数量指标|次数|≥3次|4次|20"));

        assertThat(forms.evaluations()).extracting(Evaluation::scope, Evaluation::project, Evaluation::unit)
                .containsExactly(tuple(TargetScope.PROJECT, "购买服务项目", null),
                        tuple(TargetScope.PROJECT, "另一项目", null));
        Evaluation e = forms.evaluations().get(0);
        assertThat(e.executionWeight()).isEqualTo(30);
        assertThat(e.executionScore()).isNull();
        assertThat(e.rate()).isEqualByComparingTo("1");
        assertThat(e.totalScore()).isEqualByComparingTo("100");
        assertThat(e.goals()).isEmpty();
        assertThat(e.indicators()).extracting(EvaluationIndicator::level2, EvaluationIndicator::goalIndex)
                .containsExactly(tuple("质量指标", null), tuple(null, null));
        assertThat(forms.fields()).filteredOn(f -> f.label().equals("单位名称"))
                .extracting(FormField::project).containsExactly("购买服务项目");
    }

    @Test
    void goalNamedOnItsFirstIndicatorLine() {
        PerformanceForms forms = read(region("24",
                "年度绩效指标|一级指标|二级指标|三级指标|指标值",
                "年度绩效目标1|产出指标|数量指标|次数|3次",
                "|||人数|5人",
                "年度绩效目标2|效益指标|社会效益指标|覆盖率|90%",
                "|||满意度|95%"));
        assertThat(forms.targets()).extracting(Target::label, t -> t.indicators().size())
                .containsExactly(tuple("年度绩效目标1", 2), tuple("年度绩效目标2", 2));
        assertThat(forms.targets().get(1).indicators().get(1).level1()).isEqualTo("效益指标");
    }

    @Test
    void standardExecutionBlockTakesTheFullYearBudgetAndThePrintedWeight() {
        PerformanceForms forms = read(region("12", "项目支出绩效自评表", "项目名称|某项目",
                "预算执行情况（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分",
                "|年度资金总额|8|10|9|10|90%|9",
                "|其中：当年财政拨款|8|10|9|—|—|—",
                "年度绩效目标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
                "|产出指标|数量指标|次数|3次|3次|20|20"));
        Evaluation e = forms.evaluations().get(0);
        assertThat(e.budget()).isEqualByComparingTo("10");
        assertThat(e.executed()).isEqualByComparingTo("9");
        assertThat(e.rate()).isEqualByComparingTo("0.9");
        assertThat(e.executionScore()).isEqualByComparingTo("9");
        assertThat(e.executionWeight()).isEqualTo(10);
        assertThat(e.indicators()).extracting(EvaluationIndicator::target, EvaluationIndicator::actual,
                EvaluationIndicator::score).containsExactly(tuple("3次", "3次", new BigDecimal("20")));
        assertThat(forms.fields()).extracting(FormField::label, FormField::value)
                .contains(tuple("年度资金总额", "10"), tuple("其中：当年财政拨款", "10"))
                .doesNotContain(tuple("—", "—"));
    }

    @Test
    void valuesAreReadAsPrinted() {
        Grid.Builder b = Grids.builder("13", "长期目标1:|目标", TARGET_HEADER,
                "|产出指标|数量指标|事件数||",
                "||质量指标|合规率||",
                "||时效指标|及时性| 及 时 |");
        b.set(2, 4, "20.00", 20.0).set(3, 4, "100%", 1.0).set(3, 5, "95.50%", 0.955);
        PerformanceForms forms = read(GridRegion.whole(b.build()));
        assertThat(forms.targets().get(0).indicators()).extracting(Indicator::value, Indicator::basis)
                .containsExactly(tuple("20", null), tuple("100%", "95.50%"), tuple("及 时", null));
    }

    @Test
    void unrelatedRowsArePassedOverAndRegionsWithoutFormsAreUnused() {
        GridRegion stacked = region("公开表",
                "收支总表",
                "项目|金额|项目|金额",
                "一般公共预算拨款收入|100|一般公共服务支出|100",
                "",
                "某区2024年部门整体支出绩效目标申报表",
                "年度目标1:|做好服务",
                "年度绩效指标|一级指标|二级指标|指标名称|指标值",
                "|满意度指标|服务对象满意度指标|群众满意度|90%");
        GridRegion notes = region("10 表", "序号|重要事项|工作内容及目标|完成情况", "1|年度目标1|做好服务|100%");
        GridRegion text = region("说明", "名词解释", "一、财政拨款收入：指本级财政当年拨付的资金。");

        PerformanceForms forms = read(notes, stacked, text);

        assertThat(forms.targets()).extracting(Target::label).containsExactly("年度目标1");
        assertThat(forms.targets().get(0).indicators()).hasSize(1);
        assertThat(forms.unused()).containsExactly(notes, text);
        assertThat(forms.fields()).extracting(FormField::label).doesNotContain("项目", "一般公共预算拨款收入");
    }

    @Test
    void fieldsOfTheProjectForm() {
        PerformanceForms forms = read(
                region("20", "某区2024年项目资金绩效目标申报表",
                        "项目名称|保洁经费||项目代码|4201",
                        "项目总预算|120||项目当年预算|100",
                        "项目前两年预算及当年预算变动情况|预算调整为100元。",
                        "项目资金来源|资金来源项目|||金额",
                        "|合计|||100",
                        "|其中：申请当年预算拨款|||",
                        "|3.|||"),
                region("12", "某区2024年部门整体支出绩效目标申报表",
                        "部门总体资金情况|总体资金情况||当年金额|占比|近两年收支金额",
                        "|||||2022|2023",
                        "|支出构成|特定目标类项目支出|50|20%|40|30",
                        "整体绩效目标|长期目标(截止 年)||年度目标",
                        "|目标1：长期||目标1：年度"));

        assertThat(forms.fields()).extracting(FormField::table, FormField::project, FormField::label,
                FormField::value).contains(
                tuple("performance.project", "保洁经费", "项目代码", "4201"),
                tuple("performance.project", "保洁经费", "项目总预算", "120"),
                tuple("performance.project", "保洁经费", "项目当年预算", "100"),
                tuple("performance.project", "保洁经费", "项目前两年预算及当年预算变动情况", "预算调整为100元。"),
                tuple("performance.project", "保洁经费", "合计", "100"),
                tuple("performance.project", "保洁经费", "其中：申请当年预算拨款", null),
                tuple("performance.department", null, "特定目标类项目支出", "50"),
                tuple("performance.department", null, "长期目标(截止 年)", "目标1：长期"),
                tuple("performance.department", null, "年度目标", "目标1：年度"));
        assertThat(forms.fields()).extracting(FormField::label).doesNotContain("3.", "2022");
        FormField blank = forms.fields().stream().filter(f -> f.label().startsWith("其中")).findFirst().orElseThrow();
        assertThat(blank.cell()).isEqualTo(CellRef.sheetCell("20", 6, 4));
        assertThat(forms.targets()).isEmpty();
        assertThat(forms.unused()).isEmpty();
    }

    @Test
    void sectionTitlesOpenNoNewForm() {
        assertThat(FormTitle.parse("长期绩效目标表")).isNull();
        assertThat(FormTitle.parse("年度绩效目标表")).isNull();
        assertThat(FormTitle.parse("项目绩效总目标")).isNull();
        assertThat(FormTitle.parse("洪山区2024年项目资金绩效目标申报表"))
                .isEqualTo(new FormTitle(FormTitle.Kind.TARGETS, TargetScope.PROJECT));
        assertThat(FormTitle.parse("2024年部门整体支出绩效目标表"))
                .isEqualTo(new FormTitle(FormTitle.Kind.TARGETS, TargetScope.DEPARTMENT));
        assertThat(FormTitle.parse("2024年度部门(单位)整体绩效自评表"))
                .isEqualTo(new FormTitle(FormTitle.Kind.EVALUATION, TargetScope.DEPARTMENT));
        assertThat(FormTitle.parse("2024年度督查调研及专项文印费项目自评表"))
                .isEqualTo(new FormTitle(FormTitle.Kind.EVALUATION, TargetScope.PROJECT));
    }

    @Test
    void aSheetTitledOnlyByItsProjectIsThatProjectsFormButAWrappedGoalTextIsNot() {
        PerformanceForms forms = read(
                region("1", "某区2024年部门整体支出绩效目标申报表", "部门（单位）名称|某区政府办",
                        "长期目标1:|提高办公效率，《政府工作", TARGET_HEADER, "|产出指标|数量指标|会议次数|12次|会议记录"),
                region("2", "", "报告》通过率达90%以上，文件材料领导满意", "", "长期目标2:|保障运转", TARGET_HEADER,
                        "|产出指标|数量指标|司机人数|5人|人事记录"),
                region("3", "道路保洁经费", "目标名称|一级指标|二级指标|三级指标|指标值",
                        "年度绩效目标1|产出指标|数量指标|清扫次数|365次"));

        assertThat(forms.targets()).extracting(Target::scope, Target::project, Target::label).containsExactly(
                tuple(TargetScope.DEPARTMENT, null, "长期目标1"), tuple(TargetScope.DEPARTMENT, null, "长期目标2"),
                tuple(TargetScope.PROJECT, "道路保洁经费", "年度绩效目标1"));
    }

    @Test
    void goalLabels() {
        assertThat(GoalLabel.parse("长期目标1:"))
                .isEqualTo(new GoalLabel("长期目标1", TargetPeriod.LONG_TERM, 1, null, null));
        assertThat(GoalLabel.parse("年度绩效目标2"))
                .isEqualTo(new GoalLabel("年度绩效目标2", TargetPeriod.ANNUAL, 2, null, null));
        assertThat(GoalLabel.parse("年度目标 3：")).isEqualTo(new GoalLabel("年度目标3", TargetPeriod.ANNUAL, 3, null, null));
        assertThat(GoalLabel.parse("年度目标2（30分）：保障机关运转"))
                .isEqualTo(new GoalLabel("年度目标2", TargetPeriod.ANNUAL, 2, 30, "保障机关运转"));
        assertThat(GoalLabel.parse("年度目标十二(5分)"))
                .isEqualTo(new GoalLabel("年度目标12", TargetPeriod.ANNUAL, 12, 5, null));
        assertThat(GoalLabel.parse("目标3：")).isEqualTo(new GoalLabel("目标3", null, 3, null, null));
        assertThat(GoalLabel.parse("目标4: 积极推进对口帮扶工作。")).isNull();
        assertThat(GoalLabel.parse("年度目标")).isNull();
        assertThat(GoalLabel.parse("长期目标(截止 年)")).isNull();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
