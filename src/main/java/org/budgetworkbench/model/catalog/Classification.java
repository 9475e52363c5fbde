package org.budgetworkbench.model.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A classification catalogue shipped as data: one line per code, {@code code<TAB>name[<TAB>former|former…]}.
 * Names are compared with whitespace removed and brackets folded (（） and () alike), as printed tables vary.
 */
public class Classification {
    private static final Pattern CODE = Pattern.compile("[0-9]{3}|[0-9]{5}|[0-9]{7}");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");
    /** 一、 / 廿一、 / (一) / 1. / 1、 / (1): a numeral with its mark; the mark is what tells it from a name. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(\\([一二三四五六七八九十廿]+\\)|[一二三四五六七八九十廿]+[、.]|\\([0-9]+\\)|[0-9]+[、.](?![0-9]))");
    private final Map<String, ClassificationEntry> byCode;
    private final Map<String, List<ClassificationEntry>> byName;
    private final Map<String, List<ClassificationEntry>> children;

    protected Classification(String resource) {
        Map<String, ClassificationEntry> codes = new LinkedHashMap<>();
        try (InputStream in = Classification.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classification data missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                    throw new IllegalStateException("科目表 " + resource + " 格式错误（应为 编码<TAB>名称）：" + line);
                }
                List<String> former = f.length > 2 && !f[2].isBlank() ? Arrays.asList(f[2].split("\\|")) : List.of();
                String code = f[0].strip();
                if (!CODE.matcher(code).matches()) {
                    throw new IllegalStateException("科目表 " + resource + " 编码应为3、5或7位数字：" + line);
                }
                if (codes.put(code, new ClassificationEntry(code, f[1].strip(), former)) != null) {
                    throw new IllegalStateException("科目表 " + resource + " 编码重复：" + code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<ClassificationEntry>> names = new LinkedHashMap<>();
        for (ClassificationEntry e : codes.values()) {
            names.computeIfAbsent(normalise(e.name()), k -> new ArrayList<>()).add(e);
            for (String f : e.formerNames()) {
                List<ClassificationEntry> same = names.computeIfAbsent(normalise(f), k -> new ArrayList<>());
                if (!same.contains(e)) {
                    same.add(e);
                }
            }
        }
        Map<String, List<ClassificationEntry>> kids = new HashMap<>();
        for (ClassificationEntry e : codes.values()) {
            parentCode(e.code()).ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = Collections.unmodifiableMap(names);
        this.children = Collections.unmodifiableMap(kids);
    }

    /** The code one level up: 项 2010301 → 款 20103, 款 20103 → 类 201; a 类 has none. */
    public static Optional<String> parentCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.length()) {
            case 5 -> Optional.of(code.substring(0, 3));
            case 7 -> Optional.of(code.substring(0, 5));
            default -> Optional.empty();
        };
    }

    public Optional<ClassificationEntry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** Every code whose current or former name is this name (several: 行政运行 stands under many 款). */
    public List<ClassificationEntry> byName(String name) {
        return byName.getOrDefault(normalise(name), List.of());
    }

    /** True when the printed name is the catalogue's name for the code, now or formerly. */
    public boolean nameMatches(String code, String printedName) {
        ClassificationEntry e = byCode.get(code);
        if (e == null || printedName == null) {
            return false;
        }
        String n = normalise(printedName);
        return normalise(e.name()).equals(n) || e.formerNames().stream().anyMatch(f -> normalise(f).equals(n));
    }

    public Collection<ClassificationEntry> entries() {
        return byCode.values();
    }

    /** The entries one level below: the 款 of a 类, the 项 of a 款, in code order; none for an unknown code. */
    public List<ClassificationEntry> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The 类 a code belongs to (its first three digits), if the catalogue has it. */
    public Optional<ClassificationEntry> classOf(String code) {
        if (code == null || code.length() < 3) {
            return Optional.empty();
        }
        return find(code.substring(0, 3));
    }

    /**
     * Repairs a code printed cut short or split (2010 for 2010350, six digits for seven): the catalogue codes that
     * start with the printed digits and whose name, now or formerly, is the row's name. Several may fit
     * (事业运行 stands under many 款); {@link #completeCode(String, String, String)} narrows by the enclosing code.
     */
    public List<String> completeCode(String partialCode, String name) {
        return completeCode(partialCode, name, null);
    }

    /**
     * As {@link #completeCode(String, String)}, keeping only codes under {@code underCode} (the 类 or 款 the row
     * stands in, known from the rows above it); a null or blank {@code underCode} does not narrow.
     */
    public List<String> completeCode(String partialCode, String name, String underCode) {
        String digits = partialCode == null ? "" : partialCode.replaceAll("[^0-9]", "");
        String n = normalise(name);
        if (digits.isEmpty() || n.isEmpty()) {
            return List.of();
        }
        String under = underCode == null ? "" : underCode.strip();
        List<String> found = new ArrayList<>();
        for (ClassificationEntry e : byName(name)) {
            if (e.code().startsWith(digits) && e.code().startsWith(under)) {
                found.add(e.code());
            }
        }
        found.sort(null);
        return List.copyOf(found);
    }

    /**
     * Repairs a name printed cut short (七、文化旅游体育与传媒支 for 207): the catalogue's name for the code, current
     * or former, that begins with the printed text. Empty when the code is unknown or no name begins so.
     */
    public Optional<String> completeName(String code, String partialName) {
        ClassificationEntry e = code == null ? null : byCode.get(code);
        String p = normalise(partialName);
        if (e == null || p.isEmpty()) {
            return Optional.empty();
        }
        if (normalise(e.name()).startsWith(p)) {
            return Optional.of(e.name());
        }
        return e.formerNames().stream().filter(f -> normalise(f).startsWith(p)).findFirst();
    }

    /**
     * Whitespace (full-width too) removed, full-width brackets and quotes folded to ASCII, leading numbering
     * (一、 （一） 廿一、 1. (1)) dropped. Numbering needs its mark, so 一般公共服务支出 keeps its 一.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = hasSpace(name) ? WHITESPACE.matcher(name).replaceAll("") : name;
        s = s.replace('（', '(').replace('）', ')')
                .replace('“', '"').replace('”', '"').replace('＂', '"')
                .replace('．', '.');
        // the checks normalise every row name for every phrase they look up: the matchers only where they can match
        return s.isEmpty() || !mayBeNumbered(s.charAt(0)) ? s : NUMBERING.matcher(s).replaceFirst("");
    }

    /** Does the name hold a character {@link #WHITESPACE} matches? */
    private static boolean hasSpace(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0'
                    || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** Can {@link #NUMBERING} match at a name starting with {@code c}? */
    private static boolean mayBeNumbered(char c) {
        return c == '(' || c >= '0' && c <= '9' || "一二三四五六七八九十廿".indexOf(c) >= 0;
    }

}
