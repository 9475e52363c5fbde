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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A classification catalogue shipped as data: one line per code, {@code code<TAB>name[<TAB>former|former…]}.
 * Names are compared with whitespace removed and brackets folded (（） and () alike), as printed tables vary.
 */
public class Classification {
    private final Map<String, ClassificationEntry> byCode;
    private final Map<String, List<ClassificationEntry>> byName;

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
                List<String> former = f.length > 2 && !f[2].isBlank() ? Arrays.asList(f[2].split("\\|")) : List.of();
                codes.put(f[0].strip(), new ClassificationEntry(f[0].strip(), f[1].strip(), former));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<ClassificationEntry>> names = new LinkedHashMap<>();
        for (ClassificationEntry e : codes.values()) {
            names.computeIfAbsent(normalise(e.name()), k -> new ArrayList<>()).add(e);
            for (String f : e.formerNames()) {
                names.computeIfAbsent(normalise(f), k -> new ArrayList<>()).add(e);
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = Collections.unmodifiableMap(names);
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

    /** Whitespace removed, full-width brackets folded to ASCII, leading numbering (一、 （一）) dropped. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = name.replaceAll("\\s+", "")
                .replace('（', '(').replace('）', ')')
                .replace('“', '"').replace('”', '"');
        return s.replaceFirst("^(\\(?[一二三四五六七八九十廿]+[)、.]?|[0-9]+[.、])", "");
    }
}
