package org.budgetworkbench.cli;

/** PLACEHOLDER (ui branch) so the Launcher compiles; the cli helper's picocli Main replaces it at merge. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("命令行尚未接入：" + String.join(" ", args));
        System.exit(2);
    }
}
