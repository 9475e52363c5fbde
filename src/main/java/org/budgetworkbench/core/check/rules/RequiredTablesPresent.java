package org.budgetworkbench.core.check.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.budgetworkbench.core.recognize.TableTypeRecognizer;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.NarrativeSection;
import org.budgetworkbench.model.Severity;
import org.budgetworkbench.model.TableType;

/**
 * The tables a disclosure must publish are there (公开表齐全): the budget's 收支总表 … 项目支出表, the nine
 * 公开01-09表 of final accounts. 政府性基金 / 国有资本经营 tables may be replaced by a sentence saying there is
 * no such spending. Where the document prints its own 目录, the tables it lists are the ones required: templates
 * differ (a Shanghai budget has nine tables and no 项目支出表), and a table the contents promise but the pages do not
 * carry is the fault a reviewer means.
 */
public final class RequiredTablesPresent implements Rule {
    private static final List<TableType> BUDGET = List.of(TableType.BUDGET_SUMMARY, TableType.BUDGET_INCOME,
            TableType.BUDGET_EXPENDITURE, TableType.BUDGET_FISCAL_SUMMARY, TableType.BUDGET_GPB_EXPENDITURE,
            TableType.BUDGET_GPB_BASIC, TableType.BUDGET_THREE_PUBLIC, TableType.BUDGET_GOV_FUND,
            TableType.BUDGET_STATE_CAPITAL, TableType.BUDGET_PROJECTS);
    private static final List<TableType> FINAL = List.of(TableType.FINAL_SUMMARY, TableType.FINAL_INCOME,
            TableType.FINAL_EXPENDITURE, TableType.FINAL_FISCAL_SUMMARY, TableType.FINAL_GPB_EXPENDITURE,
            TableType.FINAL_GPB_BASIC, TableType.FINAL_GOV_FUND, TableType.FINAL_STATE_CAPITAL,
            TableType.FINAL_THREE_PUBLIC);

    /** The tables a disclosure of this kind must publish (or say it has no such spending). */
    public static List<TableType> required(DocumentKind kind) {
        return kind == DocumentKind.BUDGET ? BUDGET : FINAL;
    }

    /**
     * The tables this document must publish: those its own 目录 lists where it lists three or more (its
     * template's set), else the standard set of its kind.
     */
    public static List<TableType> required(Document doc) {
        Set<TableType> listed = listedInContents(doc);
        return listed.size() >= 3 ? List.copyOf(listed) : required(doc.kind());
    }

    @Override
    public String id() {
        return "table.missing";
    }

    @Override
    public List<Finding> check(Document doc) {
        // a document with none of its tables (only forms or text were read) lacks every one of them: saying
        // nothing would let it pass as checked
        List<Finding> out = new ArrayList<>();
        String prose = String.join("", doc.narrative().stream().map(NarrativeSection::paragraphs)
                .flatMap(List::stream).toList());
        Set<TableType> listed = listedInContents(doc);
        boolean byContents = listed.size() >= 3;
        for (TableType t : byContents ? List.copyOf(listed) : required(doc.kind())) {
            if (doc.table(t).isPresent() || saysNone(t, prose)) {
                continue;
            }
            out.add(new Finding(id(), FindingKind.MISSING_TABLE, Severity.ERROR,
                    FindingPlace.cell(t.id(), null, null), null, t.standardTitle(),
                    byContents ? "目录列有" + t.standardTitle() + "，文档中未见该表" : "缺少" + t.standardTitle()));
        }
        return out;
    }

    /**
     * The tables the document's own 目录 lists: the headings and lines after a 目录 line, up to the first sentence
     * of prose, that end in 表 once numbering, dot leaders and page numbers are taken off.
     */
    static Set<TableType> listedInContents(Document doc) {
        Set<TableType> out = EnumSet.noneOf(TableType.class);
        TableTypeRecognizer recognizer = new TableTypeRecognizer();
        boolean inContents = false;
        for (NarrativeSection s : doc.narrative()) {
            List<String> lines = new ArrayList<>();
            lines.add(s.heading() == null ? "" : s.heading());
            lines.addAll(s.paragraphs());
            for (String raw : lines) {
                String line = raw.replaceAll("\\s+", "");
                if (line.equals("目录")) {
                    inContents = true;
                    continue;
                }
                if (!inContents) {
                    continue;
                }
                if (line.contains("。")) {
                    return out; // the contents end where prose begins
                }
                for (String entry : line.split("[…·.．]{2,}\\d*")) {
                    String title = entry.replaceAll("^(?:[0-9]+[.、．]|[一二三四五六七八九十]+、|[（(][0-9一二三四五六七八九十]+[）)])", "")
                            .replaceAll("\\d+$", "");
                    if (title.endsWith("表") && !title.contains("部分")) {
                        TableType t = recognizer.recognise(title, doc.kind());
                        if (t != null && t.kind() == doc.kind()) {
                            out.add(t);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean saysNone(TableType t, String prose) {
        String fund = switch (t) {
            case BUDGET_GOV_FUND, FINAL_GOV_FUND -> "政府性基金";
            case BUDGET_STATE_CAPITAL, FINAL_STATE_CAPITAL -> "国有资本经营";
            default -> null;
        };
        return fund != null && prose.matches("(?s).*(无|没有|未安排)[^。]{0,20}" + fund + ".*");
    }
}
