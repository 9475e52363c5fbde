package org.budgetworkbench.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.model.catalog.Classification;

/**
 * The function-subject paths (功能科目 类/款/项) the narrative names, in the forms districts print them:
 * {@code 一般公共服务支出（类）商贸事务（款）行政运行（项）} (brackets full- or half-width, even mixed),
 * {@code 一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）} (codes in the brackets), and
 * {@code “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目} (a dash path in quotes).
 */
public final class SubjectPaths {
    /** A name, which may hold a short bracketed part of its own: 政府办公厅（室）及相关机构事务. */
    private static final String NAME = "((?:[^，。；：:、“”「」\"()（）\\-—－]|[（(][^()（）类款项]{1,3}[)）])+?)";
    private static final Pattern BRACKETS = Pattern.compile(NAME + "[（(]\\s*(\\d{3})?\\s*类\\s*[)）]\\s*" + NAME
            + "[（(]\\s*(\\d{2,5})?\\s*款\\s*[)）]\\s*" + NAME + "[（(]\\s*(\\d{2,7})?\\s*项\\s*[)）]");
    private static final String DASH_NAME = "((?:[^，。；：:、“”「」\"\\-—－])+?)";
    private static final Pattern DASH = Pattern.compile("[“\"「]" + DASH_NAME + "\\s*[-—－]\\s*" + DASH_NAME
            + "\\s*[-—－]\\s*" + DASH_NAME + "[”\"」]");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*(?:[“\"「]|[（(]\\s*[0-9一二三四五六七八九十]+\\s*[)）]|[0-9]+\\s*[.、．]|[一二三四五六七八九十]+、|\\s)*");

    /**
     * One path: the three names as printed (numbering taken off), the codes printed in the brackets (null where none),
     * and where it stands in the text.
     */
    public record Path(String cls, String kuan, String xiang, String classCode, String kuanCode, String xiangCode,
                       int start, int end) {
        /** The 项 code the printed codes make, or null: 201 + 13 + 01 → 2011301 (a full code in 项 also counts). */
        public String code() {
            if (xiangCode != null && xiangCode.length() == 7) {
                return xiangCode;
            }
            if (classCode == null || kuanCode == null || xiangCode == null) {
                return null;
            }
            String k = kuanCode.length() == 5 ? kuanCode.substring(3) : kuanCode;
            return k.length() == 2 && xiangCode.length() == 2 ? classCode + k + xiangCode : null;
        }
    }

    private SubjectPaths() {
    }

    /** Every path in a text, in order. */
    public static List<Path> in(String text) {
        List<Path> out = new ArrayList<>();
        // each form has a mark no match can lack: a closed 类 bracket, a quote and a dash; texts without it (most
        // of a narrative: "功能分类" names no path) are spared the search, which tries every position
        if (CLASS_BRACKET.matcher(text).find()) {
            Matcher m = BRACKETS.matcher(text);
            while (m.find()) {
                out.add(new Path(clean(m.group(1)), Classification.normalise(m.group(3)),
                        Classification.normalise(m.group(5)), m.group(2), m.group(4), m.group(6), m.start(), m.end()));
            }
        }
        if ((text.indexOf('“') >= 0 || text.indexOf('"') >= 0 || text.indexOf('「') >= 0) && hasDash(text)) {
            Matcher m = DASH.matcher(text);
            while (m.find()) {
                if (!m.group(1).contains("支出")) {
                    continue; // a dash path begins with its 类, every one of which ends in 支出
                }
                out.add(new Path(clean(m.group(1)), Classification.normalise(m.group(2)),
                        Classification.normalise(m.group(3)), null, null, null, m.start(), m.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** What {@link #BRACKETS} must find: 类 and its closing bracket. */
    private static final Pattern CLASS_BRACKET = Pattern.compile("类\\s*[)）]");

    private static boolean hasDash(String text) {
        return text.indexOf('-') >= 0 || text.indexOf('—') >= 0 || text.indexOf('－') >= 0;
    }

    /** An item number inside what the class group took: the class begins after it ("…的支出9.卫生健康支出"). */
    private static final Pattern INNER_NUMBER = Pattern.compile(".*(?:\\d+\\s*[.、．]|[（(]\\s*\\d+\\s*[)）])");

    private static String clean(String cls) {
        String c = INNER_NUMBER.matcher(cls).replaceFirst("");
        return Classification.normalise(LEADING_NUMBER.matcher(c).replaceFirst(""));
    }
}
