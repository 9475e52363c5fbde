package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell that lists several numbered items (分项列示): "1. 聘用人员数量; 2. 培训次数" or the matching values
 * "1. ≥18人; 2. ≥12次", where one entry may serve several numbers ("2、3 ≥90%").
 */
final class NumberedItems {
    /**
     * A number opening an item: at the start or after a separator, followed by 、 or by . ． (group 2 holds
     * the digit after the point, when there is one: then it may be a decimal point).
     */
    private static final Pattern MARKER =
            Pattern.compile("(?:^|(?<=[;；,，。\\s]))([0-9]{1,2})\\s*(?:[.．]([0-9])?|、)");
    /**
     * "3 ≥90%" after "2、": the entry names more numbers before its text; the space may be lost where a
     * printed line wrapped ("3≥90%"), so a comparison sign also ends the numbers.
     */
    private static final Pattern MORE_NUMBERS =
            Pattern.compile("^([0-9]{1,2}(?:\\s*[、,，]\\s*[0-9]{1,2})*)(?:\\s+|(?=[≥≤＞＜><]))(\\S.*)$", Pattern.DOTALL);
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[;；,，。\\s]+$");

    private NumberedItems() {
    }

    /**
     * The items of a numbered cell by number, in order; null when the cell does not start with a numbered item.
     * {@code limit} caps the extra numbers an entry may name (the number of items being matched).
     */
    static Map<Integer, String> split(String cell, int limit) {
        if (cell == null) {
            return null;
        }
        String s = cell.strip();
        Matcher m = MARKER.matcher(s);
        List<int[]> marks = new ArrayList<>();
        int from = 0;
        while (from < s.length() && m.find(from)) {
            int number = Integer.parseInt(m.group(1));
            if (m.group(2) != null && !nextAfterSeparator(s, m.start(), number, marks)) {
                from = m.end(1); // a decimal such as 1.5: go on after its integer part
                continue;
            }
            int end = m.group(2) != null ? m.end() - 1 : m.end();
            marks.add(new int[] {m.start(), end, number});
            from = end;
        }
        if (marks.isEmpty() || marks.get(0)[0] != 0) {
            return null;
        }
        Map<Integer, String> items = new LinkedHashMap<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : s.length();
            String content = TRAILING_SEPARATORS.matcher(s.substring(marks.get(i)[1], end).strip()).replaceAll("");
            int number = marks.get(i)[2];
            List<Integer> numbers = new ArrayList<>(List.of(number));
            Matcher more = MORE_NUMBERS.matcher(content);
            if (more.matches()) {
                List<Integer> extra = new ArrayList<>();
                for (String n : more.group(1).split("\\s*[、,，]\\s*")) {
                    extra.add(Integer.parseInt(n.strip()));
                }
                if (extra.stream().allMatch(n -> n > number && n <= limit)) {
                    numbers.addAll(extra);
                    content = more.group(2).strip();
                }
            }
            for (int n : numbers) {
                items.putIfAbsent(n, content);
            }
        }
        return items;
    }

    /**
     * "; 3.100%": a point followed by a digit still opens an item when the number is the next one of the
     * list and a separator stands before it: a printed line wrapped there and lost the space ("3. 100%").
     */
    private static boolean nextAfterSeparator(String s, int at, int number, List<int[]> marks) {
        if (marks.isEmpty() || marks.get(marks.size() - 1)[2] + 1 != number) {
            return false;
        }
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i >= 0 && ";；,，。".indexOf(s.charAt(i)) >= 0;
    }

    /** The text without a leading "1." when the cell holds exactly one numbered item. */
    static String single(String cell) {
        Map<Integer, String> items = split(cell, 1);
        return items != null && items.size() == 1 ? items.values().iterator().next() : cell;
    }
}
