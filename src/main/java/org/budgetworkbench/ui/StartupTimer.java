package org.budgetworkbench.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The start-up benchmark's stopwatch (启动计时): from the JVM's start to the first frame of the window being
 * laid out and the FX thread free to take input; prints {@code shown-after-ms=N} and exits.
 */
public final class StartupTimer {
    private StartupTimer() {
    }

    public static void exitWhenShown(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // queued behind the pulse: it runs once the frame is done and the FX thread takes events again
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("shown-after-ms=" + ms);
                System.out.flush();
                System.exit(0);
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
