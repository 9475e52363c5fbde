package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;

/**
 * 表头标题区: the rows above a table's column header — its number (表3, 附表4-3, 公开03表), its title
 * (支出总表, 2024年度支出决算表), and captions (部门/单位：…, 单位：万元). {@code bodyStart} is the first row after them.
 */
record TitleBlock(String number, String title, List<String> captions, int bodyStart) {

    private static final Pattern NUMBER = Pattern.compile(
            "^(附表|公开表|公开|表)[0-9０-９一二三四五六七八九十\\-－—.]+表?(\\(续\\)|续)?$");
    private static final Pattern CAPTION = Pattern.compile(
            "(单位|部门|日期|编制|填报|金额)[^:]{0,6}:");
    private static final Pattern YEAR = Pattern.compile("^[0-9]{4}年度?$|^\\(?[0-9]{4}年度?\\)?$");
    private static final Pattern MONEY_UNIT = Pattern.compile("单位:?(万元|元|千元|亿元)$|单位:(万元|元|千元|亿元)");

    /**
     * Reads the title rows at the top of a region, in any order: the number above or below the title or beside it,
     * a part title (…公开表) stacked over the table's own title (the lower title is the table's; the part title is
     * kept as a caption for the document's facts), a year row (2024年度) and captions anywhere among them.
     */
    static TitleBlock of(GridRegion region) {
        Grid g = region.grid();
        String number = "";
        String title = "";
        List<String> captions = new ArrayList<>();
        int r = region.firstRow();
        for (; r <= region.lastRow(); r++) {
            List<String> cells = g.rowTexts(r);
            if (cells.isEmpty()) {
                continue;
            }
            boolean allCaptions = cells.stream().allMatch(TitleBlock::isCaption);
            String joined = Texts.fold(String.join("", cells));
            if (allCaptions || cells.size() == 1 && YEAR.matcher(joined).matches()) {
                captions.addAll(cells);
                continue;
            }
            if (cells.size() > 2 || hasNumber(g, r)) {
                break;
            }
            if (isNumber(joined) && number.isEmpty()) {
                number = joined;
            } else if (cells.size() == 2 && isNumber(Texts.fold(cells.get(0))) && isTitle(Texts.fold(cells.get(1)))
                    && number.isEmpty()) {
                number = Texts.fold(cells.get(0));
                title = stacked(title, Texts.fold(cells.get(1)), captions);
            } else if (isTitle(joined) && !isNumber(joined)) {
                title = stacked(title, joined, captions);
            } else {
                break;
            }
        }
        return new TitleBlock(number, title, captions, r);
    }

    /** A second title under the first: the first was the part title over the table's own. */
    private static String stacked(String above, String title, List<String> captions) {
        if (!above.isEmpty()) {
            captions.add(above);
        }
        return title;
    }

    /** The text a recogniser reads: number and title together. */
    String fullTitle() {
        return number + title;
    }

    /** 1, or 0.0001 when the caption says the table is printed in 元. */
    BigDecimal scale() {
        for (String c : captions) {
            Matcher m = MONEY_UNIT.matcher(Texts.fold(c));
            if (m.find()) {
                String unit = m.group(1) != null ? m.group(1) : m.group(2);
                return switch (unit) {
                    case "元" -> AmountParser.YUAN_TO_WAN;
                    case "千元" -> new BigDecimal("0.1");
                    case "亿元" -> new BigDecimal("10000");
                    default -> BigDecimal.ONE;
                };
            }
        }
        return BigDecimal.ONE;
    }

    static boolean isNumber(String folded) {
        return NUMBER.matcher(folded).matches();
    }

    /** A table title: short text ending in 表 (or 表(续) / 续表). */
    static boolean isTitle(String folded) {
        if (folded.isEmpty() || folded.length() > 60 || folded.startsWith("注") || folded.startsWith("备注")) {
            return false;
        }
        String t = folded.replaceAll("\\(续\\d*\\)$|续表$|\\(续表\\)$", "");
        return t.endsWith("表") || folded.endsWith("续表");
    }

    static boolean isCaption(String cell) {
        String f = Texts.fold(cell);
        return CAPTION.matcher(f).find() && f.length() < 80;
    }

    private static boolean hasNumber(Grid g, int r) {
        for (int c = 0; c < g.columnCount(); c++) {
            if (g.number(r, c) != null) {
                return true;
            }
        }
        return false;
    }
}
