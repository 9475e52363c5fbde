package org.budgetworkbench.cli;

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
        return new CommandLine(new Main()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
