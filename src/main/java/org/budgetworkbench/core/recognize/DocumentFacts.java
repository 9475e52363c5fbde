package org.budgetworkbench.core.recognize;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;

/**
 * 文档要素: department, fiscal year, kind (预算/决算) and scope (部门/单位) gathered as votes. Department and
 * scope come from the cover, the title, the captions, the part titles and the file name, in that order of
 * trust: the first source that names one decides, and within a source the most frequent answer wins (a part
 * title copied from another department's document loses to the cover). Year and kind come from the titles of
 * recognised tables, then from weaker text (sheet names, other regions).
 */
final class DocumentFacts {
    /** Where a name or scope was printed, most trusted first. */
    enum Source { COVER, TITLE, CAPTION, PART_TITLE, FILE_NAME }

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年(?!\\d{1,2}月)");
    /** Table titles of a unit's document: 2025年预算单位…表, 2025年单位"三公"…表, …单位预算/决算…. */
    private static final Pattern UNIT_TITLE = Pattern.compile("预算单位|单位预算|单位决算|^(20\\d{2}年度?)?单位");
    /** Table titles of a department's document: 2025年部门…表, …部门预算/决算…. */
    private static final Pattern DEPARTMENT_TITLE = Pattern.compile("部门预算|部门决算|^(20\\d{2}年度?)?部门");
    /** 部门预算(支出)经济分类 is the name of a classification, printed in the 单位 tables too. */
    private static final Pattern CLASSIFICATION_NAME = Pattern.compile("部门预算(支出)?经济分类");

    private final Map<Source, Map<String, Integer>> departments = new EnumMap<>(Source.class);
    private final Map<Source, Map<DocumentScope, Integer>> scopes = new EnumMap<>(Source.class);
    private final Map<Integer, Integer> strongYears = new LinkedHashMap<>();
    private final Map<Integer, Integer> weakYears = new LinkedHashMap<>();
    private int finalVotes;
    private int budgetVotes;
    private int weakFinalVotes;
    private int weakBudgetVotes;

    /** The cover's lines, top down (a PDF's first page of text; a workbook's cover sheet). */
    void cover(List<String> lines) {
        vote(Source.COVER, DisclosureNames.cover(lines));
    }

    /** A caption of a recognised table (部门/单位：武汉市…, 编制单位：X). */
    void caption(String caption) {
        vote(Source.CAPTION, DisclosureNames.labelled(caption));
    }

    /** A recognised table's title: year, kind, and the name or scope it prints. */
    void title(String title) {
        years(title, strongYears);
        DocumentKind k = TableKindWords.of(title);
        if (k == DocumentKind.FINAL) {
            finalVotes++;
        } else if (k == DocumentKind.BUDGET) {
            budgetVotes++;
        }
        named(Source.TITLE, title);
        String f = CLASSIFICATION_NAME.matcher(DisclosureNames.fold(title)).replaceAll("");
        if (UNIT_TITLE.matcher(f).find()) {
            scopeVote(Source.TITLE, DocumentScope.UNIT);
        } else if (DEPARTMENT_TITLE.matcher(f).find()) {
            scopeVote(Source.TITLE, DocumentScope.DEPARTMENT);
        }
    }

    /** A sheet name, an unrecognised region's title or text: weaker evidence (a document title among them). */
    void weak(String text) {
        years(text, weakYears);
        DocumentKind k = TableKindWords.of(text);
        if (k == DocumentKind.FINAL) {
            weakFinalVotes++;
        } else if (k == DocumentKind.BUDGET) {
            weakBudgetVotes++;
        }
        named(Source.TITLE, text);
    }

    /** A heading or line of the narrative: part titles (第二部分 X2024年度部门决算表, 第一部分 X概况). */
    void partTitle(String line) {
        vote(Source.PART_TITLE, DisclosureNames.partTitle(line));
    }

    /** The file's name (XX局2024年部门预算.pdf). */
    void fileName(String name) {
        vote(Source.FILE_NAME, DisclosureNames.fileName(name));
    }

    /** A part title stacked over a table or a document title: 第X部分 read as a part title, else as a title. */
    private void named(Source source, String text) {
        DisclosureNames.Named part = DisclosureNames.partTitle(text);
        if (part != null) {
            vote(Source.PART_TITLE, part);
            return;
        }
        DisclosureNames.Named t = DisclosureNames.title(text);
        if (t != null && t.name() != null) {
            departments.computeIfAbsent(source, s -> new LinkedHashMap<>()).merge(t.name(), 1, Integer::sum);
        }
    }

    private void vote(Source source, DisclosureNames.Named named) {
        if (named == null) {
            return;
        }
        if (named.name() != null) {
            departments.computeIfAbsent(source, s -> new LinkedHashMap<>()).merge(named.name(), 1, Integer::sum);
        }
        if (named.scope() != null) {
            scopeVote(source, named.scope());
        }
    }

    private void scopeVote(Source source, DocumentScope scope) {
        scopes.computeIfAbsent(source, s -> new EnumMap<>(DocumentScope.class)).merge(scope, 1, Integer::sum);
    }

    private static void years(String text, Map<Integer, Integer> votes) {
        Matcher m = YEAR.matcher(DisclosureNames.fold(text));
        while (m.find()) {
            votes.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
    }

    /** The department named by the most trusted source that names one, or null. */
    String department() {
        for (Source s : Source.values()) {
            String best = best(departments.getOrDefault(s, Map.of()).entrySet());
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** 部门 or 单位 by the most trusted source that says; a department's document when nothing says. */
    DocumentScope scope() {
        for (Source s : Source.values()) {
            DocumentScope best = best(scopes.getOrDefault(s, Map.of()).entrySet());
            if (best != null) {
                return best;
            }
        }
        return DocumentScope.DEPARTMENT;
    }

    /** The fiscal year, or 0 when nothing printed one. */
    int year() {
        Integer y = best(strongYears.entrySet());
        if (y == null) {
            y = best(weakYears.entrySet());
        }
        return y == null ? 0 : y;
    }

    DocumentKind kind() {
        if (finalVotes != budgetVotes) {
            return finalVotes > budgetVotes ? DocumentKind.FINAL : DocumentKind.BUDGET;
        }
        return weakFinalVotes > weakBudgetVotes ? DocumentKind.FINAL : DocumentKind.BUDGET;
    }

    private static <T> T best(Collection<Map.Entry<T, Integer>> votes) {
        T best = null;
        int n = 0;
        for (Map.Entry<T, Integer> e : votes) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
