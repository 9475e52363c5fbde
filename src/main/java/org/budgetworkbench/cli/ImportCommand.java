package org.budgetworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.WorkbookWithPdf;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import FILE... [--db PATH]}: reads every file, and only when all of them read stores them together
 * and checks them. One bad file stores nothing, so the store never holds half of a batch.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "读取公开表文件并存入数据库（全部成功才写入），同时校验。")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要导入的文件（.xlsx / .xls / .pdf）")
    List<Path> files;

    @Mixin
    StoreOption.Creatable store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DisclosureExtractor extractor = new DisclosureExtractor();
        List<ExtractResult> results = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                ExtractResult r = extractor.extract(file);
                results.add(r);
                r.skipped().forEach(note -> err.println(file.getFileName() + "：" + note));
            } catch (DisclosureReadException e) {
                err.println("读取失败 " + e.getMessage());
                failed = true;
            } catch (RuntimeException e) {
                err.println("读取失败 " + file.getFileName() + "：" + FileProblems.reason(e, "程序未能处理此文件"));
                failed = true;
            }
        }
        if (failed) {
            err.println("未导入任何文件：请先修正上述文件。数据库内容未改变。");
            err.flush();
            return 1;
        }
        // a disclosure given as both its workbook and its PDF is stored once: tables from the one, text from the other
        List<WorkbookWithPdf.Combined> combined = WorkbookWithPdf.combine(results.stream()
                .map(r -> new WorkbookWithPdf.Read(r.file().toAbsolutePath().toString(), r.document())).toList());
        List<Document> docs = combined.stream().map(WorkbookWithPdf.Combined::document).toList();
        Validator validator = new Validator();
        List<List<Finding>> findings;
        try {
            findings = docs.stream().map(validator::validate).toList();
        } catch (LimitExceededException e) {
            err.println("校验失败：" + e.getMessage() + "。未导入任何文件，数据库内容未改变。");
            err.flush();
            return 1;
        }
        try (Store s = store.open()) {
            List<Long> ids = s.documents().saveAllChecked(docs,
                    combined.stream().map(WorkbookWithPdf.Combined::file).toList(), findings);
            for (int i = 0; i < ids.size(); i++) {
                WorkbookWithPdf.Combined c = combined.get(i);
                out.println("已导入 " + Path.of(c.file()).getFileName() + " → " + docs.get(i).displayTitle()
                        + "（" + docs.get(i).tables().size() + " 张表，编号 " + ids.get(i) + "）"
                        + (c.mergedFrom().isEmpty() ? "" : "，并入 " + c.mergedFrom().stream()
                                .map(f -> Path.of(f).getFileName().toString()).collect(Collectors.joining("、"))
                                + " 的情况说明"));
            }
        } catch (StoreException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
        out.flush();
        return 0;
    }
}
