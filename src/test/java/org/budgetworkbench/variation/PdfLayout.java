package org.budgetworkbench.variation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * PDF 版式: how a producer prints the tables of a workbook layout ({@link Layout}) on pages — with ruling lines or
 * none, one table per page or tables following each other, the header repeated on a continuation page or not,
 * landscape or portrait pages (where a table breaks), long names wrapped over two lines in their cell, page numbers
 * at the foot, rows one line high (行高不足) so that a wrapped text spills over the rows above and below. One field per
 * variation of the PDF catalogue (docs/variations.md, "PDF renderings").
 */
public record PdfLayout(Rules rules, boolean pagePerTable, boolean repeatHeader, boolean portrait, boolean wrapNames,
                        boolean pageNumbers, boolean shortRows) {

    /** Ruling lines around every cell, or none (some producers print the grid only on screen). */
    public enum Rules { RULED, UNRULED }

    /** How the dev PDFs print: ruled, a table per page, the header repeated, landscape, no wrapping, numbered. */
    public static PdfLayout standard() {
        return new PdfLayout(Rules.RULED, true, true, false, false, true, false);
    }

    /**
     * The standard and, for each variation, the standard with only that one changed. Short rows are not among them:
     * every workbook layout is printed with them on its own ({@code PdfVariationTest}, {@code FormVariationsTest}).
     */
    public static List<PdfLayout> singleVariations() {
        PdfLayout s = standard();
        List<PdfLayout> out = new ArrayList<>();
        out.add(s);
        out.add(new PdfLayout(Rules.UNRULED, s.pagePerTable, s.repeatHeader, s.portrait, s.wrapNames, s.pageNumbers,
                s.shortRows));
        out.add(new PdfLayout(s.rules, false, s.repeatHeader, s.portrait, s.wrapNames, s.pageNumbers, s.shortRows));
        out.add(new PdfLayout(s.rules, s.pagePerTable, false, s.portrait, s.wrapNames, s.pageNumbers, s.shortRows));
        out.add(new PdfLayout(s.rules, s.pagePerTable, s.repeatHeader, true, s.wrapNames, s.pageNumbers, s.shortRows));
        out.add(new PdfLayout(s.rules, s.pagePerTable, s.repeatHeader, s.portrait, true, s.pageNumbers, s.shortRows));
        out.add(new PdfLayout(s.rules, s.pagePerTable, s.repeatHeader, s.portrait, s.wrapNames, false, s.shortRows));
        return out;
    }

    /**
     * The same layout printed with rows one line high: names wrap at their cell's width (short rows only show with
     * wrapped text) and a cell's lines spill over the rows above and below, onto their text.
     */
    public PdfLayout withShortRows() {
        return new PdfLayout(rules, pagePerTable, repeatHeader, portrait, true, pageNumbers, true);
    }

    /** A combination drawn at random (seeded: the same seed gives the same variant). */
    public static PdfLayout random(Random r) {
        return new PdfLayout(r.nextBoolean() ? Rules.RULED : Rules.UNRULED, r.nextBoolean(), r.nextBoolean(),
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), false);
    }

    /** The same layout with ruling lines or without. */
    public PdfLayout withRules(Rules r) {
        return new PdfLayout(r, pagePerTable, repeatHeader, portrait, wrapNames, pageNumbers, shortRows);
    }

    @Override
    public String toString() {
        return "pdf " + rules + (pagePerTable ? " page-per-table" : " flowing")
                + (repeatHeader ? " header-repeated" : " header-once") + (portrait ? " portrait" : " landscape")
                + (wrapNames ? " wrapped-names" : "") + (pageNumbers ? " page-numbers" : "")
                + (shortRows ? " short-rows" : "");
    }
}
