package org.budgetworkbench.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.CorpusDocuments;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;

/**
 * Test-side generator of many distinct disclosures (扰动样本) from the two corpus truth documents, for the
 * batch benchmarks: each copy gets its own department name and year, every amount (tables, narrative
 * 万元 figures, evaluation budgets) scaled by a whole factor so the identities that held still hold, and a
 * few copies get a broken total or a wrong narrative figure so the validator has findings to store.
 * Performance targets and evaluation scores are kept as they are.
 */
public final class CorpusPerturbation {
    /** A figure printed in 万元 in the narrative: "2255.84 万元", "1,548.05万元". */
    private static final Pattern WANYUAN = Pattern.compile("(?<![\\d.])(\\d[\\d,]*(?:\\.\\d+)?)(\\s*万元)");
    /** A year before 年/年度: "2024 年", "2023年度". */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?=\\s*年)");

    private final List<Document> bases;

    public CorpusPerturbation(List<Document> bases) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no base documents");
        }
        this.bases = List.copyOf(bases);
    }

    /** The two corpus disclosures, narrative and form fields included (the validation test's fixture). */
    public static CorpusPerturbation fromCorpus() throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String id : CorpusDocuments.IDS) {
            docs.add(CorpusDocuments.document(id));
        }
        return new CorpusPerturbation(docs);
    }

    /** {@code n} documents, no two with the same department, year and kind. */
    public List<Document> documents(int n) {
        List<Document> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(perturb(i));
        }
        return out;
    }

    /** The {@code i}-th copy: base {@code i mod bases}, factor 1–5, year shifted −2…+2. */
    public Document perturb(int i) {
        Document base = bases.get(i % bases.size());
        BigDecimal factor = BigDecimal.valueOf(1 + (i / bases.size()) % 5);
        int yearShift = (i / (bases.size() * 5)) % 5 - 2;
        String department = base.department() + "（样本" + (i + 1) + "）";

        List<DisclosureTable> tables = new ArrayList<>();
        for (DisclosureTable t : base.tables()) {
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                r.values().forEach((col, v) -> values.put(col, v == null ? null : v.multiply(factor)));
                rows.add(new Row(r.key(), r.name(), values, r.cells()));
            }
            tables.add(t.withRows(rows));
        }
        if (i % 7 == 3) {
            breakFirstTotal(tables);
        }

        List<NarrativeSection> narrative = new ArrayList<>();
        boolean brokeFigure = i % 11 != 5;
        for (NarrativeSection s : base.narrative()) {
            List<String> paragraphs = new ArrayList<>();
            for (String p : s.paragraphs()) {
                String text = shiftYears(p.replace(base.department(), department), yearShift);
                String scaled = scaleWanyuan(text, factor, brokeFigure ? null : BigDecimal.TEN);
                brokeFigure |= !scaled.equals(scaleWanyuan(text, factor, null));
                paragraphs.add(scaled);
            }
            narrative.add(new NarrativeSection(shiftYears(s.heading().replace(base.department(), department),
                    yearShift), s.level(), s.page(), paragraphs));
        }

        List<Evaluation> evaluations = new ArrayList<>();
        for (Evaluation e : base.evaluations()) {
            evaluations.add(new Evaluation(e.scope(), e.project(), e.unit(), times(e.budget(), factor),
                    times(e.executed(), factor), e.rate(), e.executionScore(), e.totalScore(), e.executionWeight(),
                    e.goals(), e.indicators()));
        }
        return new Document(department, base.year() + yearShift, base.kind(), base.unit(), tables, base.targets(),
                evaluations, narrative, base.formFields());
    }

    /** Adds 1.00 to the first figure of the first total row, so a sum no longer holds. */
    private static void breakFirstTotal(List<DisclosureTable> tables) {
        for (int t = 0; t < tables.size(); t++) {
            List<Row> rows = new ArrayList<>(tables.get(t).rows());
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                if (row.isTotal() && !row.values().isEmpty()) {
                    String col = row.values().keySet().iterator().next();
                    rows.set(r, row.withValue(col, row.amount(col).add(BigDecimal.ONE)));
                    tables.set(t, tables.get(t).withRows(rows));
                    return;
                }
            }
        }
    }

    /** Scales every 万元 figure; when {@code addToFirst} is given, the first non-zero figure is also raised by it. */
    static String scaleWanyuan(String text, BigDecimal factor, BigDecimal addToFirst) {
        Matcher m = WANYUAN.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean added = addToFirst == null;
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1).replace(",", "")).multiply(factor);
            if (!added && v.signum() != 0) {
                v = v.add(addToFirst);
                added = true;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v.toPlainString() + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String shiftYears(String text, int shift) {
        if (shift == 0) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group(1)) + shift));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static BigDecimal times(BigDecimal v, BigDecimal factor) {
        return v == null ? null : v.multiply(factor);
    }
}
