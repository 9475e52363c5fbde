package org.budgetworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.json.FindingsJson;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.limits.ProcessingDeadline;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE... [--json]}: reads and checks each file; prints findings@1 or a readable list. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "读取并校验公开表文件（勾稽关系、说明与表格、单位、编码、绩效目标）。")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要校验的文件")
    List<Path> files;

    @Option(names = "--json", description = "输出 budget-workbench/findings@1 JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DisclosureExtractor extractor = new DisclosureExtractor();
        Validator validator = new Validator();
        Map<Document, List<Finding>> all = new LinkedHashMap<>();
        int exit = 0;
        for (Path file : files) {
            try {
                // reading and checking one file share one deadline
                Map.Entry<Document, List<Finding>> checked = ProcessingDeadline.run(() -> {
                    Document d = extractor.extract(file).document();
                    return Map.entry(d, validator.validate(d));
                });
                Document doc = checked.getKey();
                List<Finding> findings = checked.getValue();
                all.put(doc, findings);
                if (!json) {
                    out.println(file.getFileName() + "：" + doc.displayTitle() + "，" + findings.size() + " 条审核发现");
                    for (Finding f : findings) {
                        out.println("  [" + f.severity().chinese() + "] " + f.message());
                    }
                }
            } catch (DisclosureReadException e) {
                err.println("读取失败 " + e.getMessage());
                exit = 1;
            } catch (RuntimeException e) {
                err.println("校验失败 " + file.getFileName() + "：" + FileProblems.reason(e, "程序未能处理此文件"));
                exit = 1;
            }
        }
        if (json && !all.isEmpty()) {
            out.println(FindingsJson.write(all));
        }
        out.flush();
        err.flush();
        return exit;
    }
}
