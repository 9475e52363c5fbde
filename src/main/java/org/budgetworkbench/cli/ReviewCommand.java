package org.budgetworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.check.Validator;
import org.budgetworkbench.store.StoreException;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.workflow.CrossDocumentReview;
import org.budgetworkbench.workflow.FileOutcome;
import org.budgetworkbench.workflow.ImportProgress;
import org.budgetworkbench.workflow.ImportReport;
import org.budgetworkbench.workflow.ImportWorkflow;
import org.budgetworkbench.workflow.ReviewSheetExport;
import org.budgetworkbench.workflow.Reviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code review FOLDER --db PATH --out 审核检查表.xlsx}: a district at once — imports every workbook and PDF under
 * the folder (files the store already holds skipped), checks each, runs the checks across documents and writes
 * the review sheet. Findings are the result, not a failure: the exit code is non-zero only when it could not run.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "导入整个文件夹（按部门分文件夹），校验、跨文档核对，并导出审核检查表。发现问题不算失败。")
public final class ReviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FOLDER", description = "区级文件夹（其中按部门分文件夹存放工作簿和 PDF）")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "审核检查表输出文件")
    Path out;

    @Option(names = "--approved", paramLabel = "YYYY-MM-DD", description = "批复日期（用于判断及时性）")
    LocalDate approved;

    @Option(names = "--deadline-days", paramLabel = "N", description = "批复后多少日内须公开（如 20）")
    Integer days;

    @Mixin
    StoreOption.Creatable store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!java.nio.file.Files.isDirectory(folder)) {
            err.println("无法审核：" + folder + " 不是文件夹（review 读取整个文件夹；单个文件请用 import）。");
            err.flush();
            return 1;
        }
        DisclosureExtractor extractor = new DisclosureExtractor();
        Validator validator = new Validator();
        try (Store s = store.open()) {
            ImportReport r = new ImportWorkflow(extractor::extract, s, validator::validate).importFolder(folder,
                    new Progress(err));
            int read = 0;
            int partly = 0;
            int refused = 0;
            int skipped = 0;
            for (FileOutcome f : r.files()) {
                switch (f.result()) {
                    case READ -> {
                        if (f.partlyRead()) {
                            partly++;
                            out.println("部分读取 " + f.file() + "：" + String.join("；", f.skipped()));
                        } else {
                            read++;
                        }
                    }
                    case ALREADY_STORED -> skipped++;
                    case FAILED -> {
                        refused++;
                        out.println("未能读取 " + (f.reason().startsWith(f.file()) ? f.reason()
                                : f.file() + "：" + f.reason()));
                    }
                }
            }
            out.println("导入：读取 " + read + " 个文件，部分读取 " + partly + " 个，未能读取 " + refused + " 个，内容已在数据库中而跳过 "
                    + skipped + " 个；存入 " + r.stored().size() + " 份文档。");
            CrossDocumentReview.Result cross = new CrossDocumentReview(s).run();
            out.println("跨文档核对：" + cross.documents() + " 份文档，" + cross.pairs() + " 组对照，" + cross.findings()
                    + " 条发现。");
            ReviewSheetExport.Result sheet = new ReviewSheetExport(s).write(new Reviews.Deadline(approved, days), null,
                    this.out);
            if (sheet.documents() == 0) {
                out.println("数据库中没有文档，未生成审核检查表。");
            } else {
                out.println("已写出审核检查表 " + this.out + "：" + sheet.departments() + " 个部门，" + sheet.documents()
                        + " 份文档，" + sheet.failingRows() + " 项不符合要求。");
            }
        } catch (StoreException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("无法写出审核检查表 " + this.out + "：" + e.getMessage());
            err.flush();
            return 1;
        }
        out.flush();
        return 0;
    }

    /** A line on stderr every tenth file, so a long run shows it is alive without flooding the terminal. */
    private record Progress(PrintWriter err) implements ImportProgress {
        @Override
        public void reading(int index, int total, Path file) {
            if (index % 10 == 0 || index == total - 1) {
                err.println("读取 " + (index + 1) + "/" + total + "：" + file.getFileName());
                err.flush();
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
