package org.budgetworkbench.ui;

import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * 确定 and 取消 in the window's language. JavaFX's own {@link ButtonType#OK} and {@link ButtonType#CANCEL} take
 * their words from the machine's locale once, so on an English system a Chinese window would say "Cancel".
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok(ResourceBundle bundle) {
        return new ButtonType(Texts.get(bundle, "dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel(ResourceBundle bundle) {
        return new ButtonType(Texts.get(bundle, "dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
