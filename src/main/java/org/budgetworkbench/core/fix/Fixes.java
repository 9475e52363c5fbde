package org.budgetworkbench.core.fix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.edit.Amounts;
import org.budgetworkbench.model.ColumnNames;
import org.budgetworkbench.core.edit.DocumentEditor;
import org.budgetworkbench.core.edit.Edit;
import org.budgetworkbench.core.edit.EditRejectedException;
import org.budgetworkbench.core.edit.FigureText;
import org.budgetworkbench.core.edit.Place;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableType;

/**
 * Proposes one-click fixes for findings (修正建议). A finding that points at a table cell and expects a number
 * proposes setting the cell to it; a finding in the narrative (section and quote) with a number found and a
 * number expected proposes replacing that figure in its paragraph, printed with as many decimals as the
 * original. Findings about a clause (a quote) are fixed in the clause even when they name the table they were
 * checked against: the table is the reference there.
 */
public final class Fixes {
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");

    private Fixes() {
    }

    /** Every proposal for a list of findings, in their order; findings with none are left out. */
    public static List<FixProposal> proposeAll(Document doc, List<Finding> findings) {
        return findings.stream().map(f -> propose(doc, f)).flatMap(Optional::stream).toList();
    }

    /** The fix for one finding, or empty when it is not one a figure can settle or the document already agrees. */
    public static Optional<FixProposal> propose(Document doc, Finding finding) {
        FindingPlace where = finding.where();
        if (where == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> expected = number(finding.expected());
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        if (where.quote() != null) {
            return number(finding.found()).flatMap(found -> narrative(doc, finding, found, expected.get()));
        }
        if (where.table() != null && where.row() != null && where.column() != null) {
            return cell(doc, finding, expected.get());
        }
        return Optional.empty();
    }

    private static Optional<FixProposal> cell(Document doc, Finding finding, BigDecimal expected) {
        FindingPlace where = finding.where();
        TableType type;
        try {
            type = TableType.fromId(where.table());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a performance form or an evaluation: not a table cell
        }
        // a column the table does not print has nothing to correct: no fix for a finding on it
        boolean printed = doc.table(type).flatMap(t -> t.row(where.row()))
                .map(r -> r.values().containsKey(where.column())).orElse(false);
        if (!printed) {
            return Optional.empty();
        }
        Place.Cell place = new Place.Cell(type, where.row(), where.column());
        String now;
        try {
            now = DocumentEditor.valueAt(doc, place);
        } catch (EditRejectedException e) {
            return Optional.empty();
        }
        BigDecimal current = Amounts.parse(now);
        if (Amounts.orZero(current).compareTo(expected) == 0 && current != null) {
            return Optional.empty();
        }
        String newValue = Amounts.format(expected);
        Row row = doc.table(type).flatMap(t -> t.row(where.row())).orElseThrow();
        String rowLabel = row.isTotal() ? "合计行" : row.key() + (row.name() == null ? "" : " " + row.name());
        String description = "将 " + rowLabel + " " + ColumnNames.of(where.column()) + " 由 "
                + (current == null ? "空白" : Amounts.format(current)) + " 改为 " + newValue
                + "（" + tableTitle(doc, type) + "）";
        return Optional.of(new FixProposal(finding, new Edit(place, now, newValue), description));
    }

    private static Optional<FixProposal> narrative(Document doc, Finding finding, BigDecimal found,
                                                   BigDecimal expected) {
        FindingPlace where = finding.where();
        List<NarrativeSection> sections = doc.narrative();
        for (int pass = 0; pass < 2; pass++) {
            for (NarrativeSection s : sections) {
                // first the section the finding names; failing that, wherever the quote stands
                if (pass == 0 && !sameText(s.heading(), where.section())) {
                    continue;
                }
                for (int p = 0; p < s.paragraphs().size(); p++) {
                    Optional<FixProposal> fix = inParagraph(finding, s, p, found, expected);
                    if (fix.isPresent()) {
                        return fix;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<FixProposal> inParagraph(Finding finding, NarrativeSection s, int p, BigDecimal found,
                                                     BigDecimal expected) {
        String text = s.paragraphs().get(p);
        int[] span = quoteSpan(text, finding.where().quote());
        if (span == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.start() < span[0] || m.end() > span[1]) {
                continue;
            }
            String figure = m.group();
            BigDecimal value = new BigDecimal(figure.replace(",", ""));
            if (value.compareTo(found) != 0) {
                continue;
            }
            String replacement = printedLike(figure, expected);
            if (replacement.equals(figure)) {
                return Optional.empty();
            }
            int occurrence = FigureText.occurrences(text, figure).indexOf(m.start());
            if (occurrence < 0) {
                continue;
            }
            Place.Narrative place = new Place.Narrative(s.heading(), p, figure, occurrence);
            int[] clause = clause(text, m.start(), m.end());
            String before = text.substring(clause[0], clause[1]).strip();
            String after = (text.substring(clause[0], m.start()) + replacement + text.substring(m.end(), clause[1]))
                    .strip();
            String description = "将说明“" + s.heading() + "”中的“" + before + "”改为“" + after + "”";
            return Optional.of(new FixProposal(finding, new Edit(place, figure, replacement), description));
        }
        return Optional.empty();
    }

    /** Where the quote stands in the paragraph, whitespace aside; the whole paragraph when no quote is given. */
    private static int[] quoteSpan(String text, String quote) {
        if (quote == null || quote.isBlank()) {
            return new int[] {0, text.length()};
        }
        int at = text.indexOf(quote);
        if (at >= 0) {
            return new int[] {at, at + quote.length()};
        }
        // the quote may have been taken with other spacing than the paragraph has
        String q = quote.replaceAll("\\s+", "");
        StringBuilder squeezed = new StringBuilder();
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                origin[squeezed.length()] = i;
                squeezed.append(text.charAt(i));
            }
        }
        int s = squeezed.indexOf(q);
        if (s < 0 || q.isEmpty()) {
            return null;
        }
        return new int[] {origin[s], origin[s + q.length() - 1] + 1};
    }

    /** The expected figure printed as the found one was: its decimals (more if the figure needs them), its commas. */
    static String printedLike(String figure, BigDecimal expected) {
        int dot = figure.indexOf('.');
        int scale = dot < 0 ? 0 : figure.length() - dot - 1;
        BigDecimal stripped = expected.stripTrailingZeros();
        scale = Math.max(scale, Math.max(0, stripped.scale()));
        BigDecimal v = expected.setScale(scale, RoundingMode.HALF_UP);
        if (figure.contains(",")) {
            DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale));
            return f.format(v);
        }
        return v.toPlainString();
    }

    /** The clause around a figure, for the description: back to the previous mark, on to its unit. */
    private static int[] clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 12 && "，。；：,;:".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < 3 && "，。；：,;:、".indexOf(text.charAt(to)) < 0
                && !Character.isDigit(text.charAt(to))) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean sameText(String a, String b) {
        return a != null && b != null && a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
    }

    private static String tableTitle(Document doc, TableType type) {
        return doc.table(type).map(t -> t.title()).filter(t -> t != null && !t.isBlank())
                .orElse(type.standardTitle());
    }

    private static Optional<BigDecimal> number(Object figure) {
        if (figure instanceof BigDecimal b) {
            return Optional.of(b);
        }
        if (figure instanceof Number n) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        return Optional.empty();
    }
}
