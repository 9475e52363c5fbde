package org.budgetworkbench.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Every window of the application in the main window's font stack (字体): alerts and dialogs are windows of their
 * own, and without the stylesheet JavaFX draws them in its default family, which on many Linux machines has no
 * Chinese glyphs — the analyst sees boxes. Installed once; each window opened afterwards gets the stylesheet.
 */
public final class WindowFonts {
    private static boolean installed;

    private WindowFonts() {
    }

    /** Gives every window, open now or later, the stylesheet at {@code css} (the window's own). Call on the FX thread. */
    public static synchronized void install(String css) {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(w -> follow(w, css));
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> follow(w, css));
            }
        });
    }

    private static void follow(Window w, String css) {
        add(w.getScene(), css);
        w.sceneProperty().addListener((o, a, s) -> add(s, css));
    }

    private static void add(Scene s, String css) {
        if (s != null && !s.getStylesheets().contains(css)) {
            s.getStylesheets().add(css);
        }
    }
}
