package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Severity;

/**
 * Wording a proof-reader marks (文字错误): "比2024年预算持平" (持平 takes 与/同), a word printed twice ("的的",
 * "预算预算"), a document number with round brackets for the year ("沪商规（2024）2号" for 〔2024〕), and the
 * mis-writings official texts commonly carry (士地 for 土地, 较上一度 for 上一年度, 截止 for 截至 before a date).
 * Notes only.
 */
public final class EditorialWording implements Rule {
    private static final Pattern BI_CHIPING = Pattern.compile("比\\s*(\\d{4}\\s*年|上年|上一年度?|去年)[^，。；比与]{0,14}?持平");
    private static final Pattern REPEATED = Pattern.compile("(\\p{IsHan}{2,4})\\1|([的了和与及在是对])\\2");
    /** Doubled words that are words: 人人, 常常, 年年, 天天, 个个, 逐步逐步 is not one. */
    private static final Set<String> REDUPLICATIONS = Set.of("人人", "常常", "年年", "天天", "个个", "家家", "户户",
            "处处", "事事", "时时", "层层", "步步", "样样", "件件", "项项", "条条", "方方面面", "点点", "滴滴", "多多");
    private static final Pattern DOC_NUMBER = Pattern.compile("\\p{IsHan}{1,10}[（(]\\s*((?:19|20)\\d{2})\\s*[）)]\\s*\\d{1,4}\\s*号");
    /** Mis-writing → the right form; each is wrong wherever it stands. */
    private static final Map<String, String> MISWRITINGS = Map.of("士地", "土地", "上一度", "上一年度",
            "载止", "截至", "帐务", "账务", "按装", "安装");
    private static final Pattern MISWRITING = Pattern.compile("士地|(?<!年)上一度(?!年)|载止|帐务|按装");
    private static final Pattern JIEZHI = Pattern.compile("截止(?=\\s*\\d{4}\\s*年)");

    @Override
    public String id() {
        return "text.wording";
    }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        out.addAll(NarrativeText.each(doc, BI_CHIPING, (s, m) -> note(s, m.start(), m.group(),
                m.group().replaceFirst("^比", "与"), "“" + m.group() + "”：持平应与“与”或“同”搭配（与…持平）")));
        out.addAll(NarrativeText.each(doc, REPEATED, (s, m) -> {
            if (REDUPLICATIONS.contains(m.group()) || s.crossesParagraph(m.start(), m.end())) {
                return null;
            }
            String once = m.group(1) != null ? m.group(1) : m.group(2);
            return note(s, m.start(), m.group(), once, "“" + once + "”重复");
        }));
        out.addAll(NarrativeText.each(doc, DOC_NUMBER, (s, m) -> note(s, m.start(), m.group(),
                m.group().replaceFirst("[（(]\\s*(\\d{4})\\s*[）)]", "〔$1〕"),
                "文号“" + m.group() + "”的年份应使用六角括号〔〕")));
        out.addAll(NarrativeText.each(doc, MISWRITING, (s, m) -> note(s, m.start(), m.group(),
                MISWRITINGS.get(m.group()), "“" + m.group() + "”应为“" + MISWRITINGS.get(m.group()) + "”")));
        out.addAll(NarrativeText.each(doc, JIEZHI, (s, m) -> note(s, m.start(), "截止", "截至",
                "表示到某一时间为止应写“截至”，不是“截止”")));
        return out;
    }

    private Finding note(NarrativeText.Section s, int at, String found, String expected, String message) {
        return new Finding(id(), FindingKind.OTHER, Severity.INFO, FindingPlace.text(s.heading(), s.sentence(at)),
                found, expected, message);
    }
}
