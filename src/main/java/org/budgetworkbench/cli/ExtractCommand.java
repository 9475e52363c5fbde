package org.budgetworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.json.ExtractJson;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract FILE... [--json]}: reads each disclosure and prints extract@1 or a short summary. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "读取公开表文件（.xlsx / .xls / .pdf），输出提取结果。")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要读取的文件")
    List<Path> files;

    @Option(names = "--json", description = "输出 budget-workbench/extract@1 JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DisclosureExtractor extractor = new DisclosureExtractor();
        List<Document> documents = new ArrayList<>();
        int exit = 0;
        for (Path file : files) {
            try {
                ExtractResult result = extractor.extract(file);
                documents.add(result.document());
                List<String> notes = new ArrayList<>(result.skipped());
                if (!json) {
                    printSummary(out, result);
                    result.unread().forEach(u -> notes.remove(u.message())); // listed in the summary
                }
                notes.forEach(note -> err.println(file.getFileName() + "：" + note));
            } catch (DisclosureReadException e) {
                err.println("读取失败 " + e.getMessage());
                exit = 1;
            } catch (RuntimeException e) {
                err.println("读取失败 " + file.getFileName() + "：" + FileProblems.reason(e, "程序未能处理此文件"));
                exit = 1;
            }
        }
        if (json && !documents.isEmpty()) {
            out.println(ExtractJson.write(documents));
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static void printSummary(PrintWriter out, ExtractResult result) {
        Document d = result.document();
        out.println(result.file().getFileName() + "：" + d.displayTitle() + "，" + d.tables().size() + " 张公开表");
        for (DisclosureTable t : d.tables()) {
            out.println("  " + t.type().id() + "  " + t.title() + "  " + t.rows().size() + " 行");
        }
        if (!d.targets().isEmpty() || !d.evaluations().isEmpty()) {
            out.println("  绩效目标 " + d.targets().size() + " 个，绩效自评 " + d.evaluations().size() + " 个");
        }
        if (!result.unread().isEmpty()) {
            out.println("  未读取 " + result.unread().size() + " 处：");
            result.unread().forEach(u -> out.println("    " + u.message()));
        }
    }
}
