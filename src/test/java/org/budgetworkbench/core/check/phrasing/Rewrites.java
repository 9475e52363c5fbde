package org.budgetworkbench.core.check.phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.model.NarrativeSection;

/**
 * The text rewrites the phrasings are made of (改写手法), each a plain function of the text: spacing, separators,
 * punctuation widths, quotes, comparison and direction words, numbering, paragraph breaks. Each leaves alone what
 * it cannot rewrite without changing the meaning (a year is no amount; a code is no figure).
 */
final class Rewrites {
    private Rewrites() {
    }

    private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d)\\s*(万元|亿元|元|%|％|个|人|辆|家|次)");
    private static final Pattern HAN_NUMBER = Pattern.compile("(?<=[\\p{IsHan}“”「」])\\s*(?=\\d)");
    private static final Pattern NUMBER_HAN = Pattern.compile("(?<=\\d)\\s*(?=[年度])");

    /** "2255.84万元" → "2255.84 万元", "为2255.84" → "为 2255.84", "2024年" → "2024 年", as Word 决算 print. */
    static String spacesAdded(String s) {
        String t = NUMBER_UNIT.matcher(s).replaceAll("$1 $2");
        t = HAN_NUMBER.matcher(t).replaceAll(" ");
        return NUMBER_HAN.matcher(t).replaceAll(" ");
    }

    /** Every space next to a figure taken away: "9746.50 万元" → "9746.50万元". */
    static String spacesRemoved(String s) {
        String t = Pattern.compile("(?<=\\d)[ \\u3000\\t]+(?=[\\p{IsHan}%％])").matcher(s).replaceAll("");
        return Pattern.compile("(?<=[\\p{IsHan}“”「」，：,:])[ \\u3000\\t]+(?=\\d)").matcher(t).replaceAll("");
    }

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(\\d{4,})(\\.\\d+)?(?=\\s*(?:万|亿元|元))");

    /** Amounts of four digits and more with thousands separators: "1202.95万元" → "1,202.95万元" (years untouched). */
    static String separatorsAdded(String s) {
        Matcher m = AMOUNT.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String whole = m.group(1);
            StringBuilder g = new StringBuilder();
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (whole.length() - i) % 3 == 0) {
                    g.append(',');
                }
                g.append(whole.charAt(i));
            }
            m.appendReplacement(b, Matcher.quoteReplacement(g + (m.group(2) == null ? "" : m.group(2))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** "1,202.95" → "1202.95". */
    static String separatorsRemoved(String s) {
        return Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))").matcher(s).replaceAll("");
    }

    /** "938.99万元" → "938.99万" where 万元 follows a figure (a heading's "单位：万元" is no amount). */
    static String wanForWanyuan(String s) {
        return Pattern.compile("(?<=\\d)(\\s*)万元").matcher(s).replaceAll("$1万");
    }

    /** Full-width brackets, colons, commas and percent as half-width ones (as a workbook typed in English mode). */
    static String halfWidth(String s) {
        String t = s.replace('（', '(').replace('）', ')').replace('：', ':').replace('％', '%');
        return t.replace('，', ',');
    }

    /** Half-width brackets, colons, commas and percent as full-width ones; a comma inside a figure stays. */
    static String fullWidth(String s) {
        String t = s.replace('(', '（').replace(')', '）').replace(':', '：').replace('%', '％');
        return Pattern.compile(",(?!\\d{3}(?!\\d))").matcher(t).replaceAll("，");
    }

    /** Chinese quotes as straight ones: “三公”经费 → "三公"经费. */
    static String straightQuotes(String s) {
        return s.replace('“', '"').replace('”', '"');
    }

    /** Chinese quotes as corner brackets: “三公”经费 → 「三公」经费. */
    static String cornerQuotes(String s) {
        return s.replace('“', '「').replace('”', '」');
    }

    private static final Pattern COMPARED_WITH = Pattern.compile("比(\\s*(?:上年|上一年度?|去年|\\d{4}\\s*年度?))");

    /** 比上年 → 较上年 (the same comparison in the other word). */
    static String jiaoForBi(String s) {
        return COMPARED_WITH.matcher(s).replaceAll("较$1");
    }

    private static final Pattern COMPARISON_CLAUSE = Pattern.compile(
            "比(\\s*(?:上年|上一年度?|去年|\\d{4}\\s*年度?)[^，。；比较与]{0,14}?)(?=增加|减少|增长|下降|上升|降低|持平|基本持平)");

    /** 比上年预算增加 → 与上年预算相比增加 (与…相比 takes the place of 比…). */
    static String yuXiangbi(String s) {
        return COMPARISON_CLAUSE.matcher(s).replaceAll("与$1相比，");
    }

    private static String swap(String s, Map<String, String> words) {
        StringBuilder b = new StringBuilder();
        Pattern p = Pattern.compile(String.join("|", words.keySet()));
        Matcher m = p.matcher(s);
        while (m.find()) {
            m.appendReplacement(b, words.get(m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** 增加 ↔ 增长 and 减少 ↔ 下降, as writers use them interchangeably for amounts and rates. */
    static String directionSwapped(String s) {
        return swap(s, Map.of("增加", "增长", "增长", "增加", "减少", "下降", "下降", "减少"));
    }

    /** 增加 → 上升, 减少 → 降低. */
    static String directionRiseFall(String s) {
        return swap(s, Map.of("增加", "上升", "减少", "降低"));
    }

    private static final String[] HAN_DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    static String hanNumeral(int n) {
        if (n <= 10) {
            return HAN_DIGITS[n];
        }
        return (n < 20 ? "" : HAN_DIGITS[n / 10]) + "十" + HAN_DIGITS[n % 10];
    }

    static int hanValue(String s) {
        if (s.equals("十")) {
            return 10;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return List.of(HAN_DIGITS).indexOf(s);
        }
        int tens = ten == 0 ? 1 : List.of(HAN_DIGITS).indexOf(s.substring(0, ten));
        int ones = ten == s.length() - 1 ? 0 : List.of(HAN_DIGITS).indexOf(s.substring(ten + 1));
        return tens * 10 + ones;
    }

    private static final Pattern HAN_COMMA = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    private static final Pattern HAN_BRACKET = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[)）]");
    private static final Pattern ARABIC_DOT = Pattern.compile("^(\\d{1,2})[.．](?!\\d)");
    private static final Pattern ARABIC_COMMA = Pattern.compile("^(\\d{1,2})、");
    private static final Pattern ARABIC_BRACKET = Pattern.compile("^[（(](\\d{1,2})[)）]");

    /**
     * A numbering mark in the next style: 一、 → （一） → 1. → （1） → 1、 → 一、. Districts number the same level in
     * any of these; the rules must not depend on which.
     */
    static String nextNumbering(String s) {
        Matcher m;
        if ((m = HAN_COMMA.matcher(s)).find()) {
            return "（" + m.group(1) + "）" + s.substring(m.end());
        }
        if ((m = HAN_BRACKET.matcher(s)).find()) {
            return hanValue(m.group(1)) + "." + s.substring(m.end());
        }
        if ((m = ARABIC_DOT.matcher(s)).find()) {
            return "（" + m.group(1) + "）" + s.substring(m.end());
        }
        if ((m = ARABIC_BRACKET.matcher(s)).find()) {
            return m.group(1) + "、" + s.substring(m.end());
        }
        if ((m = ARABIC_COMMA.matcher(s)).find()) {
            int n = Integer.parseInt(m.group(1));
            return n >= 1 && n <= 99 ? hanNumeral(n) + "、" + s.substring(m.end()) : s;
        }
        return s;
    }

    /**
     * Each paragraph of more than 30 characters broken in two inside a sentence, after a comma near its middle, as a
     * PDF whose line ended there would give it (the sentence runs on in the next paragraph).
     */
    static NarrativeSection splitInSentence(NarrativeSection s) {
        List<String> out = new ArrayList<>();
        for (String p : s.paragraphs()) {
            int cut = p.length() < 30 ? -1 : commaNear(p, p.length() / 2);
            if (cut < 0) {
                out.add(p);
            } else {
                out.add(p.substring(0, cut));
                out.add(p.substring(cut));
            }
        }
        return new NarrativeSection(s.heading(), s.level(), s.page(), out);
    }

    private static int commaNear(String p, int middle) {
        for (int d = 0; d < p.length(); d++) {
            for (int at : new int[] {middle + d, middle - d}) {
                if (at > 0 && at < p.length() - 1 && (p.charAt(at) == '，' || p.charAt(at) == ',')
                        && !Character.isDigit(p.charAt(at + 1))) {
                    return at + 1;
                }
            }
        }
        return -1;
    }
}
