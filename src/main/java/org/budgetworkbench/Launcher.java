package org.budgetworkbench;

import org.budgetworkbench.cli.Main;
import org.budgetworkbench.ui.App;

/**
 * The one entry point of the jar (启动器): no arguments opens the window, any argument runs the command line.
 * Kept free of JavaFX types itself so that the command line never starts the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            Main.main(args);
        } else {
            App.launchApp(args);
        }
    }
}
