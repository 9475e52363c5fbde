package org.budgetworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A store that cannot be opened is explained in a window, naming the file, rather than on a console nobody sees. */
@ExtendWith(ApplicationExtension.class)
class StoreProblemFxTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 320, 200));
        stage.show();
    }

    @Test
    void aDamagedStoreIsExplainedInChineseNamingTheFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("store.mv.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(file, garbage);
        StoreException problem = catchThrowableOfType(() -> Store.open(file), StoreException.class);

        robot.interact(() -> StoreProblem.alert(problem, Language.CHINESE.bundle()).show());
        WaitForAsyncUtils.waitForFxEvents();
        Label why = robot.lookup("#store-problem").queryAs(Label.class);
        assertThat(why.getText()).contains(file.toString()).contains("已损坏");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("无法打开数据库，工作台将关闭");
        assertThat(robot.lookup(".dialog-pane .button").queryButton().getText()).isEqualTo("确定");
        robot.interact(() -> Screenshot.save(why.getScene(), Path.of("target/ui-store-problem.png")));
    }
}
