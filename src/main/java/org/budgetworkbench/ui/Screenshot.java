package org.budgetworkbench.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/** Saves a picture of a scene as PNG (截图), to check the layout on a machine without a person at it. */
public final class Screenshot {
    private Screenshot() {
    }

    /** Takes the picture once layout and the first imports settle, a moment after the window shows. */
    public static void later(Scene scene, Path file) {
        PauseTransition wait = new PauseTransition(Duration.seconds(2));
        wait.setOnFinished(e -> save(scene, file));
        wait.play();
    }

    public static void save(Scene scene, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            System.err.println("screenshot: " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("截图失败：" + file + "：" + e.getMessage());
        }
    }
}
