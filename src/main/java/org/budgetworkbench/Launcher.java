package org.budgetworkbench;

import org.budgetworkbench.cli.Main;
import org.budgetworkbench.ui.App;
import org.budgetworkbench.ui.WindowStart;

/**
 * The one entry point of the jar (启动器): no arguments (or only {@code --db PATH}) opens the window, any other
 * arguments run the command line.
 * Kept free of JavaFX types itself so that the command line never starts the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (WindowStart.opensWindow(args)) {
            App.launchApp(args);
        } else {
            Main.main(args);
        }
    }
}
