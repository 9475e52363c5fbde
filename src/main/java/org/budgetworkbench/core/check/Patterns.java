package org.budgetworkbench.core.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches}, {@code replaceAll} and {@code replaceFirst} with each expression compiled once
 * (编译一次的正则): the narrative rules test many short phrases against fixed expressions, and compiling
 * them afresh for every phrase was most of the validator's time.
 */
public final class Patterns {
    /**
     * The unit of an amount in 万元 as the narrative prints it (万元单位): 万元, or 万 with its 元 left off ("1720.00万"),
     * which text.unit notes but which is an amount all the same — unless a unit word follows (10万人次, 3万平方米).
     */
    public static final String WAN_YUAN = "万(?:元|(?![人户册份次件台套辆吨亩株头只字平方千米公里余多]))";

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Patterns() {
    }

    public static Pattern of(String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile);
    }

    /** As {@code s.matches(regex)}. */
    public static boolean matches(String s, String regex) {
        return of(regex).matcher(s).matches();
    }

    /** As {@code s.replaceAll(regex, replacement)}. */
    public static String replaceAll(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceAll(replacement);
    }

    /** As {@code s.replaceFirst(regex, replacement)}. */
    public static String replaceFirst(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceFirst(replacement);
    }
}
