package org.budgetworkbench.core.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test code: a port of tools/score_findings.py — which truth defects a findings@1 output finds (same
 * table/row/column in where or other, same target and indicator, or a narrative quote sharing 12
 * characters with the same figure), and how many error findings match no defect.
 */
public final class FindingsScore {
    public int core;
    public int coreFound;
    public int info;
    public int infoFound;
    public final List<String> missed = new ArrayList<>();
    public final List<String> unmatchedErrors = new ArrayList<>();

    public double corePercent() {
        return core == 0 ? 100 : 100.0 * coreFound / core;
    }

    public static FindingsScore score(JsonNode truth, String findingsJson) throws Exception {
        JsonNode out = new ObjectMapper().readTree(findingsJson);
        List<JsonNode> findings = new ArrayList<>();
        out.path("documents").forEach(d -> d.path("findings").forEach(findings::add));
        FindingsScore s = new FindingsScore();
        Set<Integer> used = new HashSet<>();
        for (JsonNode d : truth.path("defects")) {
            String sev = d.path("severity").asText("info");
            boolean ok = false;
            for (int i = 0; i < findings.size(); i++) {
                if (matches(d, findings.get(i))) {
                    ok = true;
                    used.add(i);
                }
            }
            if ((sev.equals("error") || sev.equals("warning")) && !d.path("kind").asText().equals("other")) {
                s.core++;
                s.coreFound += ok ? 1 : 0;
                if (!ok) {
                    s.missed.add(d.path("id").asText() + " " + d.path("kind").asText() + " " + d.path("where"));
                }
            } else if (sev.equals("info")) {
                s.info++;
                s.infoFound += ok ? 1 : 0;
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            if (!used.contains(i) && findings.get(i).path("severity").asText().equals("error")) {
                s.unmatchedErrors.add(findings.get(i).path("rule").asText() + " " + findings.get(i).path("where"));
            }
        }
        return s;
    }

    private static Double num(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            String t = v.isTextual() ? v.asText() : v.toString();
            t = t.replace(",", "");
            while (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1);
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    private static List<JsonNode> places(JsonNode f) {
        List<JsonNode> w = new ArrayList<>();
        JsonNode where = f.path("where");
        w.add(where);
        if (f.path("other").isObject()) {
            w.add(f.path("other"));
        }
        if (where.path("other").isObject()) {
            w.add(where.path("other"));
        }
        return w;
    }

    static boolean sharesText(String a, String b, int n) {
        a = norm(a);
        b = norm(b);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        for (int i = 0; i < Math.max(1, a.length() - n + 1); i++) {
            if (b.contains(a.substring(i, Math.min(a.length(), i + n)))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern GOAL = Pattern.compile("^(长期|年度)?(?:绩效)?目标\\s*([0-9]+)[:：]?$");
    private static final Pattern LEVEL = Pattern.compile("^(产出|效益|满意度|成本|效果)指标$");

    /** A place on a performance form: project, goal (period word + number), the line it names, or null. */
    private record FormPlace(String project, String goal, String leaf) {
        static FormPlace of(JsonNode w) {
            String project = norm(text(w, "project"));
            String goal = w.path("goal").isInt() ? "|" + w.path("goal").asInt() : goal(text(w, "goal"));
            String target = text(w, "target");
            if (goal == null && goal(target) != null) {
                goal = goal(target);
            } else if (project.isEmpty() && !target.isEmpty() && goal(target) == null) {
                project = norm(target);
            }
            String leaf = norm(text(w, "indicator").isEmpty() ? text(w, "field") : text(w, "indicator"));
            String row = text(w, "row").strip();
            if (goal(row) != null) {
                goal = goal == null ? goal(row) : goal;
            } else if (leaf.isEmpty() && !row.isEmpty() && !LEVEL.matcher(row).matches()) {
                String[] path = row.split("/");
                leaf = norm(path[path.length - 1]);
            }
            return new FormPlace(project, goal, leaf);
        }

        private static String goal(String text) {
            Matcher m = GOAL.matcher(text == null ? "" : text.replaceAll("\\s+", ""));
            return m.matches() ? (m.group(1) == null ? "" : m.group(1)) + "|" + m.group(2) : null;
        }

        boolean sameGoal(FormPlace o) {
            if (goal == null || o.goal == null) {
                return true;
            }
            String[] a = goal.split("\\|");
            String[] b = o.goal.split("\\|");
            return a[1].equals(b[1]) && (a[0].isEmpty() || b[0].isEmpty() || a[0].equals(b[0]));
        }
    }

    /** The contract's form places (project, goal, indicator or field), and the older shapes of the truths. */
    private static boolean formMatch(JsonNode dw, JsonNode fw) {
        FormPlace d = FormPlace.of(dw);
        FormPlace f = FormPlace.of(fw);
        if (!d.project().isEmpty() && !f.project().isEmpty() && !sharesText(d.project(), f.project(), 6)) {
            return false;
        }
        if (!d.sameGoal(f) || (d.goal() != null && f.goal() == null && d.leaf().isEmpty())) {
            return false;
        }
        if (d.leaf().isEmpty()) {
            return f.leaf().isEmpty() && (d.goal() != null || !d.project().isEmpty());
        }
        return sharesText(d.leaf(), f.leaf(), 4);
    }

    public static boolean matches(JsonNode defect, JsonNode finding) {
        JsonNode dw = defect.path("where");
        for (JsonNode fw : places(finding)) {
            String table = text(dw, "table");
            if ((table.startsWith("performance.") || table.startsWith("evaluation.")) && table.equals(text(fw, "table"))
                    && formMatch(dw, fw)) {
                return true;
            }
            if (!text(dw, "table").isEmpty() && text(fw, "table").equals(text(dw, "table"))) {
                String drow = norm(text(dw, "row"));
                String frow = norm(text(fw, "row"));
                String dcol = norm(text(dw, "column"));
                String fcol = norm(text(fw, "column"));
                if (!drow.isEmpty() && !frow.isEmpty() && drow.equals(frow)
                        && (dcol.isEmpty() || fcol.isEmpty() || dcol.equals(fcol))) {
                    return true;
                }
                String dtarget = norm(text(dw, "target").isEmpty() ? text(dw, "project") : text(dw, "target"));
                String ftarget = norm(text(fw, "target").isEmpty() ? text(fw, "project") : text(fw, "target"));
                if (!dtarget.isEmpty() && dtarget.equals(ftarget)) {
                    String ind = text(fw, "indicator").isEmpty() ? frow : text(fw, "indicator");
                    if (!drow.isEmpty() && sharesText(drow, ind, 4)) {
                        return true;
                    }
                    boolean samePeriod = text(dw, "period").isEmpty() || text(fw, "period").isEmpty()
                            || text(dw, "period").equals(text(fw, "period"));
                    if (drow.isEmpty() && samePeriod) {
                        return true;
                    }
                }
            }
            if (!text(dw, "quote").isEmpty() && (!text(fw, "quote").isEmpty() || !text(fw, "section").isEmpty())) {
                Double df = num(defect.get("found"));
                Double ff = num(finding.get("found"));
                if (sharesText(text(dw, "quote"), text(fw, "quote"), 12)) {
                    if (df == null || ff == null || Math.abs(df - ff) < 0.005) {
                        return true;
                    }
                }
                if (df != null && ff != null && Math.abs(df - ff) < 0.005 && !text(fw, "quote").isEmpty()
                        && Pattern.compile(Pattern.quote(pyStr(defect.get("found"))))
                        .matcher(norm(text(fw, "quote"))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** str() of a JSON figure as Python prints it (40.0, 1754.25, 2). */
    private static String pyStr(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.asText();
        }
        if (v.isNumber()) {
            return Double.toString(v.asDouble());
        }
        return v.asText();
    }

    @Override
    public String toString() {
        return String.format("core %d/%d (%.1f%%) info %d/%d unmatched-errors %d", coreFound, core, corePercent(),
                infoFound, info, unmatchedErrors.size());
    }
}
