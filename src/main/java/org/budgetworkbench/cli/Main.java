package org.budgetworkbench.cli;

import org.budgetworkbench.LogSetup;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** 命令行: {@code budget-workbench <command>}; each command is its own class. */
@Command(name = "budget-workbench", mixinStandardHelpOptions = true, version = "budget-workbench 0.1.0",
        description = "预决算公开工作台：读取、校验、导出部门预决算公开表。",
        subcommands = {ExtractCommand.class, ValidateCommand.class, ImportCommand.class, ExportCommand.class, ReportCommand.class,
                ReviewCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::unexpected);
        return cl.execute(args);
    }

    /**
     * What no command caught: said in words on stderr, the details in the log — never picocli's stack trace,
     * which would show the analyst class names.
     */
    private static int unexpected(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        String what = e instanceof StoreException ? e.getMessage() : FileProblems.reason(e, "程序出错，未能完成");
        cl.getErr().println(what + "（详情见日志文件 " + LogSetup.logFile() + "）");
        cl.getErr().flush();
        return 1;
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = run(args);
        } catch (Error e) {
            // outside the bounded reading of a file (which answers these itself): still a sentence, not a trace
            System.err.println(FileProblems.reason(e, "程序出错，未能完成") + "（详情见日志文件 " + LogSetup.logFile() + "）");
            exit = 1;
        }
        System.exit(exit);
    }
}
