package org.budgetworkbench.core.review;

import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.rules.RequiredTablesPresent;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.TableType;

/**
 * The parts a disclosure must have (公开内容要素), by kind: a budget (部门预算) has the budget tables, a
 * 项目经费情况说明 and 绩效目标; final accounts (部门决算) the nine 公开01-09表 and 绩效自评. Text parts are recognised
 * by their headings in the words districts use (主要职能 / 主要职责, 机构设置 / 单位构成, 情况说明 / 编制说明, or an
 * explanation printed as its sections only: 支出预算安排情况, 收入支出决算总体情况 …).
 */
public final class RequiredParts {
    /** A text part and the headings that carry it. */
    public record TextPart(String name, String requirement, Pattern heading) {
    }

    public static final TextPart COVER = new TextPart("封面", "有封面，标明单位名称、年度和公开类型",
            Pattern.compile(".*20\\d\\d.*(预算|决算).*|.*(预算|决算).*公开.*"));
    public static final TextPart CONTENTS = new TextPart("目录", "有目录", Pattern.compile(".*目\\s*录.*"));
    public static final TextPart FUNCTIONS = new TextPart("主要职能", "说明部门主要职能（职责）",
            Pattern.compile(".*主要(职能|职责).*"));
    public static final TextPart ORGANISATION = new TextPart("机构设置", "说明机构设置及单位构成",
            Pattern.compile(".*(机构设置|单位构成|机构情况|内设机构).*"));
    public static final TextPart GLOSSARY = new TextPart("名词解释", "有名词解释", Pattern.compile(".*名词解释.*"));
    public static final TextPart EXPLANATION = new TextPart("编制说明/情况说明", "有情况说明，数字与公开表一致",
            Pattern.compile(".*(情况说明|编制说明|预算说明|决算说明|安排情况|总体情况|决算情况|执行情况).*"));
    public static final TextPart OTHER = new TextPart("其他相关说明",
            "说明机关运行经费、政府采购、国有资产占用、绩效管理等其他事项",
            Pattern.compile(".*(其他重要事项|其他相关|其他需要说明|机关运行经费|政府采购|国有资产).*"));
    public static final TextPart PROJECTS = new TextPart("项目经费情况说明", "说明项目支出安排情况",
            Pattern.compile(".*项目(支出|经费).*"));
    public static final TextPart PERFORMANCE_BUDGET = new TextPart("绩效目标", "公开部门整体及项目绩效目标",
            Pattern.compile(".*绩效目标.*"));
    public static final TextPart PERFORMANCE_FINAL = new TextPart("绩效自评", "公开绩效自评情况",
            Pattern.compile(".*(绩效自评|绩效评价|预算绩效情况|绩效情况).*"));

    private RequiredParts() {
    }

    /** The text parts in front of the tables. */
    public static List<TextPart> leading() {
        return List.of(COVER, CONTENTS, FUNCTIONS, ORGANISATION, GLOSSARY, EXPLANATION);
    }

    /** The text parts after the tables, as the kind's template has them. */
    public static List<TextPart> trailing(DocumentKind kind) {
        return kind == DocumentKind.BUDGET ? List.of(OTHER, PROJECTS, PERFORMANCE_BUDGET)
                : List.of(OTHER, PERFORMANCE_FINAL);
    }

    /**
     * The tables the document's template requires: the same list the validator checks for (缺表) — those its own
     * 目录 lists, else its kind's standard set.
     */
    public static List<TableType> tables(org.budgetworkbench.model.Document doc) {
        return RequiredTablesPresent.required(doc);
    }
}
