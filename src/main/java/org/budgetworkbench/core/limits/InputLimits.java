package org.budgetworkbench.core.limits;

/**
 * 输入上限: the most of everything a file controls that the workbench will read, each checked before the work
 * it bounds, so a hostile or broken file is refused in seconds instead of exhausting memory or time. The bounds
 * come from what published disclosures need — a department's workbook has a few dozen sheets of at most a few
 * hundred rows and thirty-odd columns; its PDF a few hundred pages — with generous headroom above that.
 */
public final class InputLimits {
    /** A workbook file larger than this is no disclosure (the largest seen are a few MB). */
    public static final long MAX_WORKBOOK_BYTES = 64L * 1024 * 1024;
    /** A PDF larger than this is refused before it is parsed (published disclosures are well under 50 MB). */
    public static final long MAX_PDF_BYTES = 256L * 1024 * 1024;
    /** Sheets per workbook: a disclosure has 10–40. */
    public static final int MAX_SHEETS = 256;
    /** Rows read per sheet: the longest disclosure table (支出功能分类 to 项) has about 1,500. */
    public static final int MAX_ROWS = 20_000;
    /** Columns read per sheet: the widest disclosure table has about 30 (Excel allows 16,384). */
    public static final int MAX_COLUMNS = 256;
    /** Cells with content per sheet, the product that bounds memory: rows × columns read. */
    public static final int MAX_CELLS_PER_SHEET = 500_000;
    /** Cells with content in the whole workbook. */
    public static final int MAX_CELLS_PER_WORKBOOK = 2_000_000;
    /** Merged regions per sheet: a disclosure sheet has a few dozen, a stacked sheet a few hundred. */
    public static final int MAX_MERGES_PER_SHEET = 10_000;
    /** Characters in one cell: Excel's own limit, so no workbook made by Excel exceeds it. */
    public static final int MAX_CELL_TEXT = 32_767;
    /** Pages per PDF: a department's disclosure runs to 20–150 pages. */
    public static final int MAX_PDF_PAGES = 1_000;
    /** Printed characters on one PDF page: a dense A4 table page has about 5,000. */
    public static final int MAX_GLYPHS_PER_PAGE = 40_000;
    /** Line segments on one PDF page: a table drawn cell border by cell border has a few thousand. */
    public static final int MAX_RULINGS_PER_PAGE = 20_000;
    /** Cells one page's ruling lines enclose (rows × columns): a disclosure table page has at most a few thousand. */
    public static final int MAX_RULED_CELLS = 20_000;
    /** Characters of narrative in one section of 情况说明 (the longest runs to a few thousand). */
    public static final int MAX_NARRATIVE_SECTION = 100_000;
    /** A zip entry (one sheet's XML) larger than this unpacked is refused; a real sheet is a few MB. */
    public static final long MAX_ZIP_ENTRY_BYTES = 256L * 1024 * 1024;
    /** Compressed/uncompressed ratio below which a zip entry is a bomb (POI's default is 1 %). */
    public static final double MIN_INFLATE_RATIO = 0.005;
    /** Coded rows per document the validator checks (a disclosure has at most a few thousand). */
    public static final int MAX_ROWS_PER_DOCUMENT = 20_000;

    private InputLimits() {
    }

    /** "20,000" — counts in messages are grouped as an analyst reads them. */
    public static String count(long n) {
        return String.format("%,d", n);
    }
}
