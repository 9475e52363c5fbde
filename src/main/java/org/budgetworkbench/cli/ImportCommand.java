package org.budgetworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.core.limits.LimitExceededException;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoreException;
import org.budgetworkbench.workflow.FileOutcome;
import org.budgetworkbench.workflow.ImportReport;
import org.budgetworkbench.workflow.ImportWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import FILE... [--db PATH]}: reads every file, and only when all of them read stores them together
 * and checks them (the window's import, {@link ImportWorkflow}). One bad file stores nothing, so the store never
 * holds half of a batch.
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
        Validator validator = new Validator();
        try (Store s = store.open()) {
            ImportReport r;
            try {
                r = new ImportWorkflow(extractor::extract, s, validator::validate).importFiles(files);
            } catch (LimitExceededException e) {
                // a document too large to check within its limits is not stored half-checked
                err.println("校验失败：" + e.getMessage() + "。未导入任何文件，数据库内容未改变。");
                err.flush();
                return 1;
            }
            for (FileOutcome f : r.files()) {
                f.skipped().stream().filter(note -> !note.startsWith(FileOutcome.MERGED))
                        .forEach(note -> err.println(f.file() + "：" + note));
            }
            if (r.discarded()) {
                r.failures().forEach(f -> err.println("读取失败 " + f));
                err.println("未导入任何文件：请先修正上述文件。数据库内容未改变。");
                err.flush();
                return 1;
            }
            for (ImportReport.StoredOutcome d : r.stored()) {
                out.println("已导入 " + Path.of(d.file()).getFileName() + " → " + d.title()
                        + "（" + d.tables() + " 张表，编号 " + d.id() + "）"
                        + (d.mergedFrom().isEmpty() ? "" : "，并入 " + d.mergedFrom().stream()
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
