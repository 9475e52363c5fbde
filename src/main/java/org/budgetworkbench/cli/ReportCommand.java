package org.budgetworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoreException;
import org.budgetworkbench.workflow.StoreExports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report --out FILE.xlsx [--department NAME] [--db PATH]}: the findings report (审核发现清单) of one
 * department's documents or of everything in the store, with each finding's status.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "导出审核发现清单（一个部门或数据库中的全部文档）。")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--department", paramLabel = "NAME", description = "只列出该部门（单位）的文档")
    String department;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.open()) {
            StoreExports.ReportCount n = new StoreExports(s).report(department, out);
            if (n.documents() == 0) {
                err.println(department == null ? "数据库中没有文档。" : "数据库中没有 " + department + " 的文档。");
                err.flush();
                return 1;
            }
            stdout.println("已导出审核发现清单 → " + out + "（" + n.documents() + " 份文档，" + n.findings() + " 条）");
        } catch (StoreException | IOException e) {
            err.println("导出失败：" + e.getMessage());
            err.flush();
            return 1;
        }
        stdout.flush();
        return 0;
    }
}
