package org.budgetworkbench;

import org.budgetworkbench.cli.Main;

/**
 * The jar's entry point: with arguments it runs the command line; without, the window (wired in by the UI;
 * until then the usage is printed).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Main.run(args));
        }
        Main.run("--help");
    }
}
