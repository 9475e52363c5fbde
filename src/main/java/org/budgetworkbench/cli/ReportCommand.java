package org.budgetworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.budgetworkbench.core.export.FindingsReportWriter;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoreException;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.store.StoredFinding;
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
            List<FindingsReportWriter.Entry> entries = new ArrayList<>();
            int findings = 0;
            for (StoredDocument d : s.documents().list()) {
                if (department != null && !department.equals(d.department())) {
                    continue;
                }
                List<Finding> list = new ArrayList<>();
                Map<String, String> status = new LinkedHashMap<>();
                for (StoredFinding f : s.findings().list(d.id())) {
                    list.add(f.finding());
                    status.put(f.finding().fingerprint(), FindingStatus.chinese(f.status()));
                }
                findings += list.size();
                entries.add(new FindingsReportWriter.Entry(d.department(), d.year(), d.kind(), list, status));
            }
            if (entries.isEmpty()) {
                err.println(department == null ? "数据库中没有文档。" : "数据库中没有 " + department + " 的文档。");
                err.flush();
                return 1;
            }
            FindingsReportWriter writer = new FindingsReportWriter();
            if (entries.size() == 1) {
                writer.write(entries.get(0), out);
            } else {
                writer.write(entries, out);
            }
            stdout.println("已导出审核发现清单 → " + out + "（" + entries.size() + " 份文档，" + findings + " 条）");
        } catch (StoreException | IOException e) {
            err.println("导出失败：" + e.getMessage());
            err.flush();
            return 1;
        }
        stdout.flush();
        return 0;
    }
}
