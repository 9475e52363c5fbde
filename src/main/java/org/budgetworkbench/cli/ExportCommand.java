package org.budgetworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.budgetworkbench.core.export.WriteBack;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentKind;
import org.budgetworkbench.model.DocumentScope;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoreException;
import org.budgetworkbench.workflow.StoreExports;
import org.budgetworkbench.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export --department NAME --year N --kind budget|final [--scope department|unit] --out FILE.xlsx [--into-original] [--db PATH]}:
 * the standard disclosure workbook, or the department's own workbook with the corrected figures written back.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "从数据库导出标准格式的部门预决算公开表工作簿。")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--department", required = true, paramLabel = "NAME", description = "部门（单位）名称")
    String department;

    @Option(names = "--year", required = true, paramLabel = "N", description = "年度")
    int year;

    @Option(names = "--kind", required = true, paramLabel = "budget|final", description = "budget（预算）或 final（决算）")
    String kind;

    @Option(names = "--scope", paramLabel = "department|unit", defaultValue = "department",
            description = "department（部门预算/决算，默认）或 unit（单位预算/决算）")
    String scope;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件")
    Path out;

    @Option(names = "--into-original", description = "写回部门自己的工作簿：保留其格式，只把修正后的数字写入原单元格")
    boolean intoOriginal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentKind documentKind;
        try {
            documentKind = DocumentKind.fromId(kind);
        } catch (IllegalArgumentException e) {
            err.println("--kind 只能是 budget 或 final，而不是 “" + kind + "”");
            err.flush();
            return 2;
        }
        if (!scope.equals(DocumentScope.DEPARTMENT.id()) && !scope.equals(DocumentScope.UNIT.id())) {
            err.println("--scope 只能是 department 或 unit，而不是 “" + scope + "”");
            err.flush();
            return 2;
        }
        DocumentScope documentScope = DocumentScope.fromId(scope);
        try (Store s = store.open()) {
            StoredDocument stored = s.documents().current(department, year, documentKind, documentScope).orElse(null);
            if (stored == null) {
                err.println("数据库中没有 " + department + " " + year + " 年" + documentScope.chinese()
                        + documentKind.chinese() + "。");
                err.flush();
                return 1;
            }
            StoreExports exports = new StoreExports(s);
            if (intoOriginal) {
                WriteBack.Result r = exports.intoOriginal(stored.id(), out);
                stdout.println("已写回 " + r.written().size() + " 个单元格 → " + out);
                r.written().forEach(c -> stdout.println("  " + c.sheet() + "!" + c.address()));
                r.skipped().forEach(note -> err.println("未写入：" + note));
                stdout.println("已导出 " + department + " " + year + " 年" + documentScope.chinese()
                        + documentKind.chinese() + " → " + out);
            } else {
                Document doc = exports.disclosure(stored.id(), out);
                stdout.println("已导出 " + doc.displayTitle() + " → " + out);
            }
        } catch (StoreException | IOException | IllegalArgumentException e) {
            err.println("导出失败：" + e.getMessage());
            err.flush();
            return 1;
        }
        stdout.flush();
        return 0;
    }
}
