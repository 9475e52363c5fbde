package org.budgetworkbench.core.recognize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.model.DocumentScope;

/**
 * 文档名称: the department (or unit) and the scope (部门/单位) a line names — a cover's title
 * ("上海市XX局 / 2024 年度部门决算", "2024年度XX部门决算公开"), a labelled line ("预算主管部门：X",
 * "编制单位：X"), a part title ("第二部分 XX局2024年度部门决算表", "第一部分 XX局概况"), a table title or
 * a file name. Every rule reads folded text (no spaces, half-width colons and brackets), so spacing, colon
 * width and a name broken over lines do not matter once the lines are joined.
 */
public final class DisclosureNames {
    /** A department or unit named, and the scope the phrasing says (null when it says none). */
    public record Named(String name, DocumentScope scope) {
    }

    private static final String YEAR = "20\\d{2}年度?";
    /**
     * 区级 / 市级 …: the level of government, printed between the year and 部门预算 in some provinces. Not
     * 本级: "X本级" is the department's own office without its units, part of the name printed.
     */
    private static final String LEVEL = "(?:省级|市级|区级|县级|旗级)?";
    private static final String KIND = "(?:预算|决算)";
    /** "X2024年度部门决算", "X2025年区级单位预算", "X2024年部门预算公开": the name before the year. */
    private static final Pattern BEFORE_YEAR = Pattern.compile("^(.+?)" + YEAR + LEVEL + "(部门|单位)?" + KIND);
    /** "2024年度X部门决算公开": the name between the year and the scope word. */
    private static final Pattern AFTER_YEAR = Pattern.compile(YEAR + "(.+?)" + LEVEL + "(部门|单位)" + KIND);
    /** "第二部分 X2024年度部门决算表", "第一部分 X概况". */
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十0-9]+部分(.+)$");
    private static final Pattern PART_OVERVIEW = Pattern.compile("^(.+?)(?:基本)?概况$");
    /** A labelled name; the label says the scope where it is one of the unambiguous ones. */
    private static final Pattern LABELLED = Pattern.compile(
            "^(预算主管部门|主管部门|编制部门|部门名称|预算单位|编制单位|单位名称|填报单位|部门/单位|部门\\(单位\\)"
                    + "|单位\\(部门\\)|部门|单位)(?:名称)?:(.+)$");
    /** Only a place: 上海市普陀区, 武汉市 — the district's name on a cover, not a department's. */
    private static final Pattern PLACE_ONLY = Pattern.compile(".*(省|自治区|市|州|盟|区|县|旗)$");
    private static final Pattern MONEY_UNIT = Pattern.compile("(金额)?单位:?(万元|元|千元|亿元)$");
    /** Words of titles and tables, never of a department's name (部门一般公共预算基本支出… is a table's). */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^(部门|单位).*|.*(部分|目录|公开|说明|预算|决算|支出|收入|经费|拨款|[0-9:：]).*");

    private DisclosureNames() {
    }

    /** A labelled line ("预算主管部门：X", "编制单位:X", "部门/单位：X"), or null. */
    static Named labelled(String line) {
        Matcher m = LABELLED.matcher(fold(line));
        if (!m.matches()) {
            return null;
        }
        String name = MONEY_UNIT.matcher(m.group(2)).replaceFirst("");
        if (name.isEmpty() || name.matches("(万元|元|千元|亿元)")) {
            return null;
        }
        String label = m.group(1);
        DocumentScope scope = switch (label) {
            case "预算主管部门", "主管部门", "编制部门", "部门名称" -> DocumentScope.DEPARTMENT;
            case "预算单位", "编制单位" -> DocumentScope.UNIT;
            default -> null; // 部门/单位, 单位, 填报单位: printed on both kinds of document
        };
        return new Named(name, scope);
    }

    /**
     * A document title ("X2024年度部门决算", "2024年度X部门决算公开", "X 2024 年部门预算表"): the name it
     * gives (null when it gives none, or only a place) and the scope its 部门/单位 word says.
     */
    public static Named title(String line) {
        String f = fold(line);
        Matcher after = AFTER_YEAR.matcher(f);
        if (after.find() && plausible(after.group(1))) {
            return new Named(after.group(1), scopeWord(after.group(2)));
        }
        Matcher before = BEFORE_YEAR.matcher(f);
        if (before.find()) {
            return new Named(plausible(before.group(1)) ? before.group(1) : null, scopeWord(before.group(2)));
        }
        Matcher scoped = Pattern.compile(YEAR + LEVEL + "(部门|单位)" + KIND).matcher(f);
        return scoped.find() ? new Named(null, scopeWord(scoped.group(1))) : null;
    }

    /** A part title ("第二部分 X2024年度部门决算表", "第一部分 X概况"), or null. */
    public static Named partTitle(String line) {
        Matcher m = PART.matcher(fold(line));
        if (!m.matches()) {
            return null;
        }
        Named t = title(m.group(1));
        if (t != null) {
            return t;
        }
        Matcher o = PART_OVERVIEW.matcher(m.group(1));
        return o.matches() && plausible(o.group(1)) ? new Named(o.group(1), null) : null;
    }

    /**
     * A cover: its lines from the top (stopping at 目录 or the first part title). A labelled name wins over the
     * name in the title; the title is read with up to three lines above it joined, as covers break long
     * names ("上海市普陀区规划和自然 / 资源局 / 2024 年度部门决算"). Null when the cover names nothing.
     */
    static Named cover(List<String> lines) {
        List<String> folded = lines.stream().map(DisclosureNames::fold).filter(s -> !s.isEmpty())
                .takeWhile(s -> !s.startsWith("目录") && !s.endsWith("目录") && !PART.matcher(s).matches()).toList();
        String name = null;
        DocumentScope scope = null;
        for (String line : folded) {
            Named l = labelled(line);
            if (l != null && plausible(l.name())) {
                name = name == null ? l.name() : name;
                scope = scope == null ? l.scope() : scope;
            }
        }
        for (int k = 0; k < folded.size(); k++) {
            if (!Pattern.compile(KIND).matcher(folded.get(k)).find() || labelled(folded.get(k)) != null) {
                continue;
            }
            int j = k;
            while (j > 0 && k - j < 3 && partOfTitle(folded.get(j - 1))) {
                j--;
            }
            Named t = title(String.join("", folded.subList(j, k + 1)));
            if (t != null) {
                return new Named(name != null ? name : t.name(), scope != null ? scope : t.scope());
            }
        }
        return name == null && scope == null ? null : new Named(name, scope);
    }

    /** A file name's stem ("XX局2024年部门预算公开.pdf"); null when it names nothing. */
    static Named fileName(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z]{2,4}$", "");
        return title(stem);
    }

    /** Whether a text can be a department's name: long enough, no figures or labels, not a bare place. */
    static boolean plausible(String name) {
        return name != null && name.codePointCount(0, name.length()) >= 4 && !NOT_A_NAME.matcher(name).matches()
                && !PLACE_ONLY.matcher(name).matches();
    }

    /** A cover line that can belong to the title below it (a name broken over lines), not a label or date. */
    private static boolean partOfTitle(String line) {
        return line.length() <= 40 && !line.contains(":") && !line.startsWith("附件")
                && !line.matches(".*\\d{4}年\\d{1,2}月.*");
    }

    private static DocumentScope scopeWord(String word) {
        if (word == null) {
            return null;
        }
        return word.equals("单位") ? DocumentScope.UNIT : DocumentScope.DEPARTMENT;
    }

    /** {@link Texts#fold} with full-width digits made ASCII (２０２４年). */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : Texts.fold(s == null ? "" : s).toCharArray()) {
            b.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch);
        }
        return b.toString();
    }
}
