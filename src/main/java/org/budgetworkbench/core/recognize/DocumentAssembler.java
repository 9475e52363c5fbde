package org.budgetworkbench.core.recognize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.UnreadRegion;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.TableType;

/**
 * 文档组装: Grids (from a workbook or from PDF pages) → one Document. Locates the tables, recognises their
 * type, reads them, joins a table continued over several regions, hands every other region to the
 * performance-form reader, and finds department, year, kind and scope. Knows nothing of where the Grids came from.
 */
public final class DocumentAssembler {
    private final TableLocator locator = new TableLocator();
    private final TableTypeRecognizer recognizer = new TableTypeRecognizer();
    private final TableReader tables = new TableReader();
    private final PerformanceFormReader forms = new PerformanceFormReader();

    /** A located region with its title block and the content its title names. */
    private record Candidate(GridRegion region, TitleBlock title, TableTypeRecognizer.Base base, String text) {
    }

    public ExtractResult assemble(Path file, List<Grid> grids, List<NarrativeSection> narrative)
            throws DisclosureReadException {
        DocumentFacts facts = new DocumentFacts();
        facts.fileName(file.getFileName().toString());
        coverAndParts(facts, narrative);
        List<Candidate> candidates = new ArrayList<>();
        for (Grid grid : grids) {
            if (grid.sheet() != null) {
                facts.weak(grid.sheet());
            }
            List<GridRegion> regions = locator.locate(grid);
            for (int i = 0; i < regions.size(); i++) {
                GridRegion region = regions.get(i);
                TitleBlock title = TitleBlock.of(region);
                String text = title.fullTitle();
                if (text.isEmpty() && i == 0 && grid.sheet() != null) {
                    text = grid.sheet(); // a sheet whose table has no title row: the sheet name is its title
                }
                TableTypeRecognizer.Base base = recognizer.base(text);
                if (base == null && text.contains("续") && !candidates.isEmpty()) {
                    base = candidates.get(candidates.size() - 1).base(); // 续表: the table above goes on
                }
                candidates.add(new Candidate(region, title, base, text));
                if (base != null) {
                    facts.title(text);
                    title.captions().forEach(facts::caption);
                    title.captions().forEach(facts::weak); // a year row, a part title (…2024年部门决算公开表)
                } else {
                    facts.weak(text.isEmpty() ? String.join("", grid.rowTexts(region.firstRow())) : text);
                }
            }
        }
        if (!grids.isEmpty() && grids.get(0).sheet() != null
                && candidates.stream().noneMatch(c -> c.region().grid() == grids.get(0) && c.base() != null)) {
            facts.cover(lines(grids.get(0))); // a workbook's first sheet with no table: its cover (封面)
        }
        DocumentKind kind = facts.kind();
        List<DisclosureTable> read = new ArrayList<>();
        List<GridRegion> unclaimed = new ArrayList<>();
        List<GridRegion> pieces = new ArrayList<>(); // the unclaimed regions before neighbours are joined
        List<UnreadRegion> unreadColumns = new ArrayList<>();
        for (Candidate c : candidates) {
            DisclosureTable t = null;
            GridRegion rest = null;
            if (c.base() != null) {
                DocumentKind own = TableKindWords.of(c.text());
                TableType type = TableTypeRecognizer.type(c.base(), own != null ? own : kind);
                TableReader.Result result = tables.read(type, c.region(), c.title());
                if (result != null) {
                    t = result.table();
                    rest = result.rest();
                    for (String label : result.unreadColumns()) {
                        unreadColumns.add(new UnreadRegion(describe(c.region()), t.title(),
                                "中的“" + label + "”列有数字，但不是该表的栏目，未读取"));
                    }
                }
            }
            if (t == null) {
                pieces.add(c.region());
                addUnclaimed(unclaimed, c.region());
            } else if (!read.isEmpty() && read.get(read.size() - 1).type() == t.type()) {
                DisclosureTable previous = read.remove(read.size() - 1);
                read.add(previous.continuedBy(t));
            } else {
                read.add(t);
            }
            if (rest != null) {
                pieces.add(rest);
                addUnclaimed(unclaimed, rest);
            }
        }
        PerformanceForms performance = forms.read(unclaimed);
        List<UnreadRegion> unread = new ArrayList<>(unreadColumns);
        for (GridRegion stretch : performance.unused()) {
            for (GridRegion r : piecesOf(stretch, pieces)) {
                UnreadRegion u = unreadRegion(r);
                if (u != null) {
                    unread.add(u);
                }
            }
        }
        if (read.isEmpty() && performance.targets().isEmpty() && performance.evaluations().isEmpty()) {
            throw new DisclosureReadException(file, refusal(unread));
        }
        String department = facts.department();
        Document doc = new Document(department == null ? "" : department, facts.year(), kind, facts.scope(),
                Document.UNIT, read, performance.targets(), performance.evaluations(), narrative, performance.fields());
        return ExtractResult.withUnread(file, doc, unread);
    }

    /** The regions, as located, that a joined stretch of unclaimed rows is made of (each has its own title). */
    private static List<GridRegion> piecesOf(GridRegion stretch, List<GridRegion> pieces) {
        List<GridRegion> out = new ArrayList<>();
        for (GridRegion p : pieces) {
            if (p.grid() == stretch.grid() && p.firstRow() >= stretch.firstRow() && p.lastRow() <= stretch.lastRow()) {
                out.add(p);
            }
        }
        return out.isEmpty() ? List.of(stretch) : out;
    }

    /** Why a file is refused: no table read, and what was there instead (the first few regions). */
    static String refusal(List<UnreadRegion> unread) {
        StringBuilder b = new StringBuilder("不是部门预决算公开表（未识别出任何公开表）");
        int shown = Math.min(unread.size(), 5);
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "：" : "；").append(unread.get(i).message());
        }
        if (unread.size() > shown) {
            b.append("；另有 ").append(unread.size() - shown).append(" 处");
        }
        return b.toString();
    }

    /** A region read as nothing, named with its title and why; null for a table of contents (目录), which is read. */
    private UnreadRegion unreadRegion(GridRegion r) {
        if (Contents.isContents(r)) {
            return null;
        }
        TitleBlock title = TitleBlock.of(r);
        String text = title.fullTitle();
        String reason;
        if (!text.isEmpty() && recognizer.base(text) != null) {
            reason = "标题是公开表，但未找到带金额列的表头，未读取";
        } else if (Contents.hasFigures(r)) {
            reason = "含有数字，但未识别为公开表或绩效表，未读取";
        } else {
            reason = "未识别为公开表，已跳过";
        }
        return new UnreadRegion(describe(r), text, reason);
    }

    /**
     * The narrative's first page of text is the cover (封面) when it has one; every heading and paragraph may
     * be a part title (第二部分 X2024年度部门决算表).
     */
    private static void coverAndParts(DocumentFacts facts, List<NarrativeSection> narrative) {
        if (narrative.isEmpty()) {
            return;
        }
        Integer first = narrative.get(0).page();
        List<String> cover = new ArrayList<>();
        for (NarrativeSection s : narrative) {
            boolean onCover = first != null && first.equals(s.page());
            if (onCover && !s.heading().isEmpty()) {
                cover.add(s.heading());
            }
            facts.partTitle(s.heading());
            for (String p : s.paragraphs()) {
                if (onCover) {
                    cover.add(p);
                }
                facts.partTitle(p);
            }
        }
        facts.cover(cover);
    }

    private static List<String> lines(Grid g) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < g.rowCount(); r++) {
            out.add(String.join("", g.rowTexts(r)));
        }
        return out;
    }

    /** Neighbouring unclaimed regions of one grid are one stretch (a form whose parts carry 表 titles). */
    private static void addUnclaimed(List<GridRegion> unclaimed, GridRegion region) {
        if (!unclaimed.isEmpty()) {
            GridRegion last = unclaimed.get(unclaimed.size() - 1);
            if (last.grid() == region.grid() && onlyBlankBetween(last, region)) {
                unclaimed.set(unclaimed.size() - 1, new GridRegion(last.grid(), last.firstRow(), region.lastRow()));
                return;
            }
        }
        unclaimed.add(region);
    }

    private static boolean onlyBlankBetween(GridRegion a, GridRegion b) {
        for (int r = a.lastRow() + 1; r < b.firstRow(); r++) {
            if (!a.grid().isRowEmpty(r)) {
                return false;
            }
        }
        return b.firstRow() > a.lastRow();
    }

    private static String describe(GridRegion r) {
        Grid g = r.grid();
        if (g.sheet() != null && isWholeSheet(r)) {
            return "工作表“" + g.sheet() + "”";
        }
        return r.describe();
    }

    private static boolean isWholeSheet(GridRegion r) {
        Grid g = r.grid();
        for (int i = 0; i < g.rowCount(); i++) {
            if ((i < r.firstRow() || i > r.lastRow()) && !g.isRowEmpty(i)) {
                return false;
            }
        }
        return true;
    }
}
