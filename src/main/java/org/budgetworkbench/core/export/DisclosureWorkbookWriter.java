package org.budgetworkbench.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.TableType;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetScope;

/**
 * 导出公开表: writes a document as the standard disclosure workbook — each table on its own sheet in the
 * standard order (表1 收支总表 … for a budget, 公开01-09表 for final accounts) with its 表号, title, captions and
 * the template's merged header, then the performance targets (预算) or self-evaluations (决算), one sheet each.
 * The file appears complete or not at all.
 */
public final class DisclosureWorkbookWriter {
    private final UnaryOperator<OutputStream> streamWrapper;

    public DisclosureWorkbookWriter() {
        this(UnaryOperator.identity());
    }

    /** For tests: wraps the file stream, e.g. in one that fails half-way. */
    DisclosureWorkbookWriter(UnaryOperator<OutputStream> streamWrapper) {
        this.streamWrapper = streamWrapper;
    }

    public void write(Document doc, Path out) throws IOException {
        if (doc.tables().isEmpty() && doc.targets().isEmpty() && doc.evaluations().isEmpty()) {
            throw new IllegalArgumentException("没有可导出的内容：" + doc.displayTitle() + " 既无公开表，也无绩效目标或自评表");
        }
        try (XSSFWorkbook wb = build(doc)) {
            AtomicFile.writeWorkbook(out, wb, streamWrapper);
        }
    }

    /** The workbook in memory; the caller closes it. */
    public XSSFWorkbook build(Document doc) {
        XSSFWorkbook wb = new XSSFWorkbook();
        SheetStyles styles = new SheetStyles(wb);
        SheetNames names = new SheetNames();
        List<DisclosureTable> tables = doc.tables().stream()
                .sorted(Comparator.comparingInt(t -> t.type().ordinal())).toList();
        int budgetNumber = 0;
        for (DisclosureTable t : tables) {
            String number = t.type().kind() == DocumentKind.FINAL
                    ? String.format("公开%02d表", TableType.of(DocumentKind.FINAL).indexOf(t.type()) + 1)
                    : "表" + (++budgetNumber);
            String sheetName = t.type().kind() == DocumentKind.FINAL ? number : number + " " + t.type().standardTitle();
            Sheet sheet = wb.createSheet(names.unique(sheetName));
            switch (t.type().rowShape()) {
                case ITEMS -> new SummaryTableSheet(styles).write(sheet, number, t, doc.department(), doc.year());
                default -> {
                    if (t.type() == TableType.FINAL_GPB_BASIC) {
                        new BasicExpenditureDetailSheet(styles).write(sheet, number, t, doc.department(), doc.year());
                    } else {
                        new CodedTableSheet(styles).write(sheet, number, t, doc.department(), doc.year());
                    }
                }
            }
            TableNotesBlock.write(sheet, styles, t.notes());
        }
        int project = 0;
        String lastProject = null;
        for (Target target : doc.targets()) {
            String prefix;
            if (target.scope() == TargetScope.PROJECT) {
                if (!java.util.Objects.equals(target.project(), lastProject)) {
                    project++;
                    lastProject = target.project();
                }
                prefix = "项目" + project + "绩效目标 ";
            } else {
                prefix = "部门整体绩效目标 ";
            }
            Sheet sheet = wb.createSheet(names.unique(prefix + (target.label() == null ? "" : target.label())));
            new TargetSheet(styles).write(sheet, target, doc.department());
        }
        int n = 0;
        for (Evaluation e : doc.evaluations()) {
            String name = e.scope() == TargetScope.PROJECT ? "项目自评" + (++n) + " " + e.project() : "部门整体绩效自评";
            Sheet sheet = wb.createSheet(names.unique(name));
            new EvaluationSheet(styles).write(sheet, e, doc.department());
        }
        return wb;
    }

    /** Sheet names Excel accepts: no []:*?/\, at most 31 characters, each used once. */
    private static final class SheetNames {
        private static final int MAX = 31;
        private final Set<String> used = new HashSet<>();

        String unique(String wanted) {
            String base = WorkbookUtil.createSafeSheetName(wanted.strip(), '_');
            String name = base;
            for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
                String suffix = "(" + i + ")";
                name = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
            }
            return name;
        }
    }
}
